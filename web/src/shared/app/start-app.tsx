import { StrictMode, Suspense, useEffect, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { createQueryClient } from '../api/query-client';
import { initI18n, pickLanguage } from '../i18n/i18n';
import { syncServerClock } from '../time/server-clock';
import { useSession } from '../auth/session';
import { Loading } from '../ui/states';
import '../ui/styles.css';

/** Follows the signed-in person's profile language unless one was picked on this device. */
function LanguageFromProfile() {
  const session = useSession();
  const profile = session.data?.languages;
  useEffect(() => {
    if (!profile) return;
    const language = pickLanguage(profile);
    if (language !== i18next.language) void i18next.changeLanguage(language);
  }, [profile]);
  return null;
}

/** Boots one of the three apps: the desk's clock, translations, the query cache, then React. */
export async function startApp(options: { namespaces: string[]; App: ComponentType }): Promise<void> {
  await Promise.all([syncServerClock(), initI18n(options.namespaces)]);
  const { App } = options;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <Suspense fallback={<Loading label="…" />}>
          <LanguageFromProfile />
          <App />
        </Suspense>
      </QueryClientProvider>
    </StrictMode>,
  );
}
