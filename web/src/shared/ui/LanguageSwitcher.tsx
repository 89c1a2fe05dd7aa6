import { useTranslation } from 'react-i18next';
import { chooseLanguage, languageNames, languages, matchLanguage, type Language } from '../i18n/i18n';

/** Picks the interface language on this device (R31). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const current = matchLanguage(i18n.language) ?? 'en';
  return (
    <label className="row small" style={{ gap: '0.35rem', margin: 0, fontWeight: 400 }}>
      <span>{t('language')}</span>
      <select value={current} onChange={(e) => void chooseLanguage(e.target.value as Language)} style={{ width: 'auto' }}>
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
