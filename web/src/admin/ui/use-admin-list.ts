import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import { fetchAll } from '../../shared/api/directory';
import { keys } from '../../shared/api/keys';

/** Every item of a small admin list (teams, categories, calendars, policies…). */
export function useAdminList<T>(resource: string, path: string, params: Record<string, string | undefined> = {}) {
  return useQuery({ queryKey: keys.list(resource, params), queryFn: ({ signal }) => fetchAll<T>(path, params, signal) });
}

/** POST a new item or PATCH an existing one, then refresh that resource's lists. */
export function useSave<T>(resource: string, path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: unknown }) => api<T>(id ? `${path}/${id}` : path, { method: id ? 'PATCH' : 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['list', resource] }),
  });
}

/** DELETE an item, then refresh that resource's lists. */
export function useRemove(resource: string, path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`${path}/${id}`, { method: 'DELETE' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['list', resource] }),
  });
}
