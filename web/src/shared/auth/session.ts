import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { Me } from '../api/types';

/**
 * Switches the cache to another person: the session query is updated in place (its observers stay
 * subscribed) and everything read as the previous person is dropped.
 */
function switchPerson(client: QueryClient, me: Me | null): void {
  client.setQueryData(keys.session, me);
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== keys.session[0] });
}

/** Who is signed in (null when nobody); GET /auth/session never answers 401. */
export function useSession() {
  return useQuery({
    queryKey: keys.session,
    queryFn: ({ signal }) => api<{ person: Me | null }>('/auth/session', { signal }).then((r) => r.person),
    staleTime: Infinity,
  });
}

/** Signs in with email and password; the session cookie is set by the server. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => api<Me>('/auth/login', { method: 'POST', body: input }),
    onSuccess: (me) => switchPerson(client, me),
  });
}

/** Trades an emailed link's token for a session (R6). */
export function useRedeemMagicLink() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api<Me>('/auth/magic-link/redeem', { method: 'POST', body: { token } }),
    onSuccess: (me) => switchPerson(client, me),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/auth/logout', { method: 'POST', body: {} }),
    onSuccess: () => switchPerson(client, null),
  });
}
