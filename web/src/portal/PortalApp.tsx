import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from '../shared/auth/session';
import { ErrorState, Loading } from '../shared/ui/states';
import { PortalLayout } from './PortalLayout';
import { SignInPage } from './SignInPage';
import { MyTicketsPage } from './MyTicketsPage';
import { TicketPage } from './TicketPage';
import { NewRequestPage } from './new-request/NewRequestPage';

function SignedInRoutes() {
  return (
    <PortalLayout>
      <Routes>
        <Route index element={<MyTicketsPage />} />
        <Route path="tickets/:id" element={<TicketPage />} />
        <Route path="new" element={<NewRequestPage />} />
        <Route path="sign-in" element={<Navigate to="/" replace />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </PortalLayout>
  );
}

function Gate() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorState error={session.error} retry={() => void session.refetch()} />;
  // A magic link is redeemed even by someone already signed in (it may be another account).
  const redeeming = location.pathname === '/sign-in' && new URLSearchParams(location.search).has('token');
  if (!session.data || redeeming) return <SignInPage />;
  return <SignedInRoutes />;
}

/** The customer portal (R6): sign in, my tickets, a ticket's conversation, a new request. */
export function PortalApp() {
  return (
    <BrowserRouter basename="/portal">
      <Gate />
    </BrowserRouter>
  );
}
