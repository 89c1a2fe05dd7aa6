import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** R31: English first, then Brazilian Portuguese, Spanish, German and Russian. */
export const languages = ['en', 'pt-BR', 'es', 'de', 'ru'] as const;
export type Language = (typeof languages)[number];
export const languageNames: Record<Language, string> = { en: 'English', 'pt-BR': 'Português (Brasil)', es: 'Español', de: 'Deutsch', ru: 'Русский' };

const STORAGE_KEY = 'atende.language';

// Each language and namespace is its own small chunk, fetched when first needed.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = loaders[`./locales/${language}/${namespace}.json`];
    if (!load) return callback(null, {});
    load().then(
      (module) => callback(null, module.default),
      (err: Error) => callback(err, null),
    );
  },
};

/** The supported language closest to a tag: "pt", "pt-PT" → pt-BR; "de-AT" → de; else null. */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const exact = languages.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return languages.find((l) => l.toLowerCase().split('-')[0] === base) ?? null;
}

function chosenLanguage(): Language | null {
  try {
    return matchLanguage(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

function browserLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return 'en';
}

/**
 * The language to show: the one picked on this device, else the person's profile (GET /me
 * `languages`, in order), else the browser's, else English.
 */
export function pickLanguage(profile: string[] = []): Language {
  return chosenLanguage() ?? profile.map(matchLanguage).find((l): l is Language => l !== null) ?? browserLanguage();
}

/** Remembers a language picked in the switcher on this device. */
export function chooseLanguage(language: Language): Promise<unknown> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  return i18next.changeLanguage(language);
}

/**
 * Namespaces that come with an app's own: the agent workspace's chat console keeps its texts in
 * "chat", loaded with "agent" so the console never waits on a second fetch when opened.
 */
const companions: Record<string, string[]> = { agent: ['chat'] };

/** Starts i18next with the namespaces an app uses, their companions, and "common". */
export function initI18n(namespaces: string[]): Promise<unknown> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: pickLanguage(),
      fallbackLng: 'en',
      supportedLngs: [...languages],
      load: 'currentOnly',
      ns: [...namespaces, ...namespaces.flatMap((ns) => companions[ns] ?? []), 'common'],
      defaultNS: namespaces[0],
      fallbackNS: 'common',
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });
}
