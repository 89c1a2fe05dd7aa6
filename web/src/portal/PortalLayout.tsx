import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession, useSignOut } from '../shared/auth/session';
import { LiveProvider } from '../shared/realtime/live-context';
import { LanguageSwitcher } from '../shared/ui/LanguageSwitcher';
import { LiveIndicator } from '../shared/ui/LiveIndicator';

/** The portal's frame: top bar with navigation, language and sign-out; the live socket. */
export function PortalLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation('portal');
  const session = useSession();
  const signOut = useSignOut();
  return (
    <LiveProvider enabled={Boolean(session.data)} rooms={['tickets']}>
      <a className="skip-link" href="#main">
        {t('common:skipToContent')}
      </a>
      <header className="topbar">
        <Link className="brand" to="/">
          {t('brand')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <NavLink to="/" end>
            {t('nav.myTickets')}
          </NavLink>
          <NavLink to="/new">{t('nav.newRequest')}</NavLink>
        </nav>
        <span className="spacer" />
        <LiveIndicator quiet />
        <LanguageSwitcher />
        <span className="small">{session.data?.name}</span>
        <button type="button" className="link" onClick={() => signOut.mutate()}>
          {t('common:signOut')}
        </button>
      </header>
      <main id="main" className="page">
        {children}
      </main>
    </LiveProvider>
  );
}
