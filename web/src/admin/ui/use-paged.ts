import { useInfiniteQuery } from '@tanstack/react-query';
import { api, query } from '../../shared/api/client';
import type { Page } from '../../shared/api/types';

/** A newest-first log read a page at a time ("Load more"), keyed by its filters. */
export function usePaged<T>(resource: string, path: string, params: Record<string, string | undefined>) {
  return useInfiniteQuery({
    queryKey: ['list', resource, params],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => api<Page<T>>(`${path}${query({ ...params, limit: 50, cursor: pageParam })}`, { signal }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
