import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../shared/auth/session';
import { PasswordSignIn } from '../shared/auth/PasswordSignIn';
import { ErrorState, Loading } from '../shared/ui/states';
import { AdminLayout, sections } from './AdminLayout';

function Gate() {
  const { t } = useTranslation('admin');
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorState error={session.error} retry={() => void session.refetch()} />;
  if (!session.data) return <PasswordSignIn title={t('signInTitle')} />;
  if (session.data.role !== 'admin') {
    return (
      <main id="main" className="page">
        <p>{t('adminsOnly')}</p>
        <a href={session.data.role === 'agent' ? '/agent/' : '/portal/'}>{t('goBack')}</a>
      </main>
    );
  }
  return (
    <AdminLayout>
      <Routes>
        <Route index element={<Navigate to="/organizations" replace />} />
        {sections.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        <Route path="*" element={<Navigate to="/organizations" replace />} />
      </Routes>
    </AdminLayout>
  );
}

/** The admin: directory, calendars and SLAs, settings, tokens, the outbox and the audit log. */
export function AdminApp() {
  return (
    <BrowserRouter basename="/admin">
      <Gate />
    </BrowserRouter>
  );
}
