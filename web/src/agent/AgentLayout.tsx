import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession, useSignOut } from '../shared/auth/session';
import { LiveProvider } from '../shared/realtime/live-context';
import { LanguageSwitcher } from '../shared/ui/LanguageSwitcher';
import { LiveIndicator } from '../shared/ui/LiveIndicator';
import { NewTicketToast } from './NewTicketToast';
import './agent.css';

/** The workspace frame: top bar (live state, language, admin link, sign-out) and the socket. */
export function AgentLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation('agent');
  const me = useSession().data!;
  const signOut = useSignOut();
  const onChats = useLocation().pathname.startsWith('/chats');
  return (
    <LiveProvider enabled rooms={['tickets']}>
      <a className="skip-link" href="#main">
        {t('common:skipToContent')}
      </a>
      <header className="topbar">
        <Link className="brand" to="/queue/team">
          {t('brand')}
        </Link>
        <nav aria-label={t('chat:nav.label')}>
          <Link to="/queue/team" aria-current={onChats ? undefined : 'page'}>
            {t('chat:nav.tickets')}
          </Link>
          <Link to="/chats" aria-current={onChats ? 'page' : undefined}>
            {t('chat:nav.chats')}
          </Link>
        </nav>
        <LiveIndicator />
        <span className="spacer" />
        <button type="button" className="link small" onClick={() => window.dispatchEvent(new CustomEvent('atende:shortcuts'))}>
          {t('shortcuts.open')}
        </button>
        {me.role === 'admin' && <a href="/admin/">{t('adminLink')}</a>}
        <LanguageSwitcher />
        <span className="small">{me.name}</span>
        <button type="button" className="link" onClick={() => signOut.mutate()}>
          {t('common:signOut')}
        </button>
      </header>
      {children}
      <NewTicketToast />
    </LiveProvider>
  );
}
