import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../shared/auth/session';
import { PasswordSignIn } from '../shared/auth/PasswordSignIn';
import { ErrorState, Loading } from '../shared/ui/states';
import { AgentLayout } from './AgentLayout';
import { Workspace } from './Workspace';
import { ChatConsole } from './chat/ChatConsole';

function Gate() {
  const { t } = useTranslation('agent');
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorState error={session.error} retry={() => void session.refetch()} />;
  if (!session.data) return <PasswordSignIn title={t('signInTitle')} />;
  if (session.data.role === 'customer') {
    return (
      <main id="main" className="page">
        <p>{t('customersGoToPortal')}</p>
        <a href="/portal/">{t('openPortal')}</a>
      </main>
    );
  }
  return (
    <AgentLayout>
      <Routes>
        <Route index element={<Navigate to="/queue/team" replace />} />
        <Route path="queue/:queue" element={<Workspace />} />
        <Route path="queue/:queue/:ticketId" element={<Workspace />} />
        <Route path="chats" element={<ChatConsole />} />
        <Route path="chats/:chatId" element={<ChatConsole />} />
        <Route path="*" element={<Navigate to="/queue/team" replace />} />
      </Routes>
    </AgentLayout>
  );
}

/** The agent workspace: queues, the ticket, the composer — kept live over the realtime socket. */
export function AgentApp() {
  return (
    <BrowserRouter basename="/agent">
      <Gate />
    </BrowserRouter>
  );
}
