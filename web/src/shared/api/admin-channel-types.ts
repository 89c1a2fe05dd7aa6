// Types of the admin's automation-rule and channel screens, as the v1 API answers them
// (src/modules/automations/automation-rule.schemas.ts, src/modules/channel-settings/channel-settings.schemas.ts).

/** The events a rule reacts to. */
export const ruleEvents = ['tickets.created', 'tickets.updated', 'messages.created', 'sla.warning', 'sla.breached'] as const;
export type RuleEvent = (typeof ruleEvents)[number];

/** Ticket and message fields a condition can look at. */
export const conditionFields = [
  'subject', 'body', 'status', 'priority', 'severity', 'availability', 'environment', 'channel', 'categoryId',
  'teamId', 'assigneeId', 'organizationId', 'plan', 'language', 'level', 'requesterEmail', 'messageAuthorRole', 'messageInternal',
] as const;
export type ConditionField = (typeof conditionFields)[number];

export const conditionOps = ['eq', 'neq', 'in', 'not_in', 'contains', 'not_contains', 'matches', 'changed'] as const;
export type ConditionOp = (typeof conditionOps)[number];

export interface RuleCondition {
  field: ConditionField;
  op: ConditionOp;
  value?: unknown;
}

export type RuleAction =
  | { type: 'set_priority'; priority: 'low' | 'medium' | 'high' | 'urgent' }
  | { type: 'set_team'; teamId: string }
  | { type: 'assign'; assigneeId: string }
  | { type: 'set_level'; level: 1 | 2 }
  | { type: 'set_status'; status: 'open' | 'pending' | 'on_hold' | 'resolved' | 'closed' }
  | { type: 'add_note'; body: string }
  | { type: 'notify_team'; message: string };

export const actionTypes = ['set_priority', 'set_team', 'assign', 'set_level', 'set_status', 'add_note', 'notify_team'] as const;
export type ActionType = (typeof actionTypes)[number];

export interface AutomationRule {
  id: string;
  name: string;
  event: RuleEvent;
  conditions: RuleCondition[];
  actions: RuleAction[];
  position: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What POST /automation-rules takes (PATCH takes any subset). */
export interface AutomationRuleBody {
  name: string;
  event: RuleEvent;
  conditions: RuleCondition[];
  actions: RuleAction[];
  position: number;
  active: boolean;
}

export interface MailboxStatus {
  label: string;
  host: string;
  port: number;
  secure: boolean;
  user: string;
  /** Always masked. */
  password: string;
  folder: string;
  moveTo: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
}

/** GET /admin/channels */
export interface ChannelSettings {
  email: {
    supportAddress: string;
    senderName: string;
    inbound: {
      listening: boolean;
      port: number | null;
      host: string;
      acceptDomains: string[];
      authRequired: boolean;
      starttls: boolean;
      maxBytes: number;
      rateLimitPerHour: number;
    };
    mailboxes: MailboxStatus[];
    pollSeconds: number;
    outbound: { mode: 'smtp' | 'outbox_only'; server: string | null; maxAttempts: number };
  };
  chat: {
    widget: { scriptUrl: string; embedSnippet: string; identitySecretSet: boolean; bundleBuilt: boolean };
    autoCloseAfter: string;
    entitlements: { organizations: number; withChat: number; withoutContract: number };
    hours: Array<{ teamId: string; teamName: string; triage: boolean; calendarId: string | null; calendarName: string | null; openNow: boolean }>;
    flows: Array<{ key: string; categoryName: string | null; updatedAt: string }>;
  };
}

/** GET|PUT /chat-flows/:categoryId */
export interface ChatFlowView {
  key: string;
  isDefault: boolean;
  flow: Record<string, unknown>;
  updatedAt: string | null;
}
