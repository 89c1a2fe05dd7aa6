import { useQuery } from '@tanstack/react-query';
import { api, query } from './client';
import { keys } from './keys';
import type { Category, Organization, Page, Person, Team } from './types';

/** One person (staff see anyone, a customer only themselves); cached for every row that shows them. */
export function usePerson(id: string | null | undefined) {
  return useQuery({
    queryKey: keys.person(id ?? ''),
    queryFn: ({ signal }) => api<Person>(`/people/${id}`, { signal }),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

export function useOrganization(id: string | null | undefined) {
  return useQuery({
    queryKey: keys.organization(id ?? ''),
    queryFn: ({ signal }) => api<Organization>(`/organizations/${id}`, { signal }),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

/** Reads every page of a list endpoint (directories are small: teams, categories, calendars). */
export async function fetchAll<T>(path: string, params: Record<string, string | undefined> = {}, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await api<Page<T>>(`${path}${query({ ...params, limit: 200, cursor: cursor ?? undefined })}`, { signal });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export function useTeams(enabled = true) {
  return useQuery({ queryKey: keys.list('teams'), queryFn: ({ signal }) => fetchAll<Team>('/teams', {}, signal), enabled, staleTime: 5 * 60_000 });
}

export function useCategories() {
  return useQuery({ queryKey: keys.list('categories'), queryFn: ({ signal }) => fetchAll<Category>('/categories', {}, signal), staleTime: 5 * 60_000 });
}

/** The agents of a team, for the assignee picker. */
export function useTeamAgents(teamId: string | null | undefined) {
  return useQuery({
    queryKey: keys.list('people', { teamId }),
    queryFn: ({ signal }) => fetchAll<Person>('/people', { teamId: teamId ?? undefined }, signal),
    enabled: Boolean(teamId),
    staleTime: 60_000,
  });
}
