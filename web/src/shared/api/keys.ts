/** Query keys; invalidating a prefix (e.g. ['ticket', id]) refreshes everything under it. */
export const keys = {
  session: ['session'] as const,
  tickets: (filter: Record<string, unknown>) => ['tickets', filter] as const,
  allTickets: ['tickets'] as const,
  ticket: (id: string) => ['ticket', id] as const,
  messages: (id: string) => ['ticket', id, 'messages'] as const,
  events: (id: string) => ['ticket', id, 'events'] as const,
  notifications: (id: string) => ['ticket', id, 'notifications'] as const,
  person: (id: string) => ['person', id] as const,
  organization: (id: string) => ['organization', id] as const,
  list: (resource: string, params: Record<string, unknown> = {}) => ['list', resource, params] as const,
};
