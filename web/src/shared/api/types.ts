/** The v1 API's shapes as the web app reads them (API.md; GET /api/v1/openapi.json). */
export type Role = 'customer' | 'agent' | 'admin';
export type TicketStatus = 'new' | 'open' | 'pending' | 'on_hold' | 'resolved' | 'closed';
export type Priority = 'low' | 'medium' | 'high' | 'urgent';
export type Availability = 'unavailable' | 'partial' | 'available';
export type Environment = 'production' | 'homologation';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Me {
  id: string;
  name: string;
  role: Role;
  email: string | null;
  emails: string[];
  organizationId: string | null;
  teamIds: string[];
  languages: string[];
}

export interface Sla {
  policyId: string | null;
  firstResponseDueAt: string | null;
  nextResponseDueAt: string | null;
  resolutionDueAt: string | null;
  callbackDueAt?: string | null;
  pausedAt?: string | null;
  waitingForTicketId?: string;
  breaches: Array<{ target: string; at: string }>;
}

export interface Ticket {
  id: string;
  number: number;
  subject: string;
  status: TicketStatus;
  priority: Priority;
  severity: number | null;
  availability: Availability | null;
  environment: Environment | null;
  channel: string;
  categoryId: string | null;
  teamId: string | null;
  assigneeId: string | null;
  requesterId: string;
  organizationId: string | null;
  cc: string[];
  level: number;
  eta: string | null;
  language: string | null;
  intake: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  lastActivityAt: string;
  mergedIntoId: string | null;
  sla: Sla;
}

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  url: string;
}

export interface Message {
  id: string;
  ticketId: string;
  authorId: string;
  internal: boolean;
  kind: 'public' | 'internal' | 'system';
  channel: string;
  body: string;
  bodyHtml: string | null;
  createdAt: string;
  attachments: Attachment[];
}

export interface TicketEvent {
  id: string;
  type: string;
  actorId: string | null;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface Person {
  id: string;
  name: string;
  email: string | null;
  emails: string[];
  role: Role;
  organizationId: string | null;
  teamIds: string[];
  languages: string[];
  phone: string | null;
  active: boolean;
  createdAt: string;
}

export interface Organization {
  id: string;
  name: string;
  plan: string | null;
  contractActive: boolean;
  entitlements: { chat: boolean; whatsapp: boolean; email: boolean };
  language: string | null;
  calendarId: string | null;
  createdAt: string;
}

export interface Team {
  id: string;
  name: string;
  calendarId: string | null;
  isTriage: boolean;
  memberIds: string[];
}

export interface IntakeField {
  key: string;
  label: string;
  type: 'text' | 'textarea' | 'select' | 'datetime' | 'file' | 'url';
  required?: boolean;
  options?: string[];
}

export interface Category {
  id: string;
  name: string;
  parentId: string | null;
  teamId: string;
  asksEnvironment: boolean;
  intakeFields: IntakeField[];
}

export type Interval = [string, string];
export type WeekHours = '24/7' | Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Interval[] | string>>;

export interface Calendar {
  id: string;
  name: string;
  timezone: string;
  hours: WeekHours;
  holidays: { country?: string; region?: string; dates?: string[] } | null;
  overrides: Record<string, Interval[]> | null;
  version: number;
}

export interface SlaTarget {
  minutes?: number;
  hours?: number;
  businessDays?: number;
  calendarDays?: number;
  calendarId?: string;
}

export interface SlaPolicy {
  id: string;
  name: string;
  position: number;
  conditions: Record<string, unknown>;
  targets: Partial<Record<'firstResponse' | 'nextResponse' | 'resolution' | 'callback', SlaTarget>>;
  active: boolean;
}

export interface Notification {
  id: string;
  ticketId: string | null;
  channel: string;
  kind: string;
  recipient: string;
  subject: string | null;
  status: string;
  attempts: number;
  error: string | null;
  sentAt: string | null;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, unknown>;
  createdAt: string;
}

export interface ApiToken {
  id: string;
  personId: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
  token?: string;
}

export interface Template {
  id: string;
  name: string;
  kind: string;
  body: string;
  language: string | null;
  teamId: string | null;
}

export interface ArticleSuggestion {
  id: string;
  title: string;
  snippet: string;
  score: number;
}
