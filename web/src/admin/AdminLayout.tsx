import type { ComponentType, ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession, useSignOut } from '../shared/auth/session';
import { LanguageSwitcher } from '../shared/ui/LanguageSwitcher';
import { OrganizationsPage } from './pages/OrganizationsPage';
import { PeoplePage } from './pages/PeoplePage';
import { TeamsPage } from './pages/TeamsPage';
import { CategoriesPage } from './pages/CategoriesPage';
import { CalendarsPage } from './pages/CalendarsPage';
import { SlaPoliciesPage } from './pages/SlaPoliciesPage';
import { TemplatesPage } from './pages/TemplatesPage';
import { MacrosPage } from './pages/MacrosPage';
import { SettingsPage } from './pages/SettingsPage';
import { TokensPage } from './pages/TokensPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { AuditPage } from './pages/AuditPage';
import { AutomationRulesPage } from './pages/AutomationRulesPage';
import { ChannelsPage } from './pages/ChannelsPage';
import './admin.css';

/** Every admin screen: its path under /admin and its page. */
export const sections: Array<{ path: string; key: string; Page: ComponentType }> = [
  { path: 'organizations', key: 'organizations', Page: OrganizationsPage },
  { path: 'people', key: 'people', Page: PeoplePage },
  { path: 'teams', key: 'teams', Page: TeamsPage },
  { path: 'categories', key: 'categories', Page: CategoriesPage },
  { path: 'calendars', key: 'calendars', Page: CalendarsPage },
  { path: 'sla-policies', key: 'sla', Page: SlaPoliciesPage },
  { path: 'templates', key: 'templates', Page: TemplatesPage },
  { path: 'macros', key: 'macros', Page: MacrosPage },
  { path: 'automation-rules', key: 'automations', Page: AutomationRulesPage },
  { path: 'channels', key: 'channels', Page: ChannelsPage },
  { path: 'settings', key: 'settings', Page: SettingsPage },
  { path: 'tokens', key: 'tokens', Page: TokensPage },
  { path: 'notifications', key: 'notifications', Page: NotificationsPage },
  { path: 'audit', key: 'audit', Page: AuditPage },
];

export function AdminLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation('admin');
  const me = useSession().data!;
  const signOut = useSignOut();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common:skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('brand')}</span>
        <a href="/agent/">{t('agentLink')}</a>
        <span className="spacer" />
        <LanguageSwitcher />
        <span className="small">{me.name}</span>
        <button type="button" className="link" onClick={() => signOut.mutate()}>
          {t('common:signOut')}
        </button>
      </header>
      <div className="admin">
        <nav aria-label={t('nav.label')} className="admin-nav">
          <ul>
            {sections.map((s) => (
              <li key={s.path}>
                <NavLink to={`/${s.path}`}>{t(`nav.${s.key}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="admin-main">
          {children}
        </main>
      </div>
    </>
  );
}
