import { z } from 'zod';
import { timestamp } from '../../contracts/common';

// GET /api/v1/admin/channels: what an admin needs to see of each channel. Email is configured by
// environment variables, so this is a read-only report of them (secrets masked, never returned);
// what lives in the database (chat flows, lifecycle settings) is edited through its own API.

export const mailboxStatus = z.object({
  label: z.string().describe('user@host:port/folder; names the mailbox in logs and here, never with the password'),
  host: z.string(),
  port: z.number().int(),
  secure: z.boolean().describe('imaps:// (TLS from the start)'),
  user: z.string(),
  password: z.string().describe('Always masked; empty when the URL carries none'),
  folder: z.string(),
  moveTo: z.string().nullable().describe('Processed mail is moved here; null = flagged \\Seen'),
  lastPolledAt: timestamp.nullable().describe('The last pass or failed attempt; null when never polled'),
  lastSuccessAt: timestamp.nullable().describe('The last pass that read the mailbox'),
  lastError: z.string().nullable().describe('Why the last failed attempt failed (kept until the next failure)'),
  lastErrorAt: timestamp.nullable(),
});

export const channelSettingsView = z.object({
  email: z.object({
    supportAddress: z.string().describe('SUPPORT_EMAIL: where customers write, and the sender of replies'),
    senderName: z.string().describe('SUPPORT_NAME: display name on outgoing mail'),
    inbound: z.object({
      listening: z.boolean().describe('Whether this process runs the inbound SMTP listener'),
      port: z.number().int().nullable().describe('The port it listens on (configured port when not started); null when off'),
      host: z.string(),
      acceptDomains: z.array(z.string()).describe('Recipient domains accepted; ["*"] = any'),
      authRequired: z.boolean().describe('Senders must AUTH (SMTP_AUTH_USER)'),
      starttls: z.boolean().describe('A certificate is configured for STARTTLS'),
      maxBytes: z.number().int(),
      rateLimitPerHour: z.number().int().describe('Mails per sender per hour before rate_limited'),
    }),
    mailboxes: z.array(mailboxStatus).describe('IMAP mailboxes polled (IMAP_URLS)'),
    pollSeconds: z.number().int(),
    outbound: z.object({
      mode: z.enum(['smtp', 'outbox_only']).describe('outbox_only: no SMTP_URL, mail stays queued in the notification outbox'),
      server: z.string().nullable().describe('SMTP_URL with its password masked'),
      maxAttempts: z.number().int(),
    }),
  }),
  chat: z.object({
    widget: z.object({
      scriptUrl: z.string().describe('Where customers\' sites load the widget from'),
      embedSnippet: z.string().describe('The tag to paste into a site'),
      identitySecretSet: z.boolean().describe('WIDGET_SECRET is set, so host products can vouch for identities (data-user-hash); its value is never shown'),
      bundleBuilt: z.boolean().describe('The widget bundle exists; otherwise /widget.js answers 503'),
    }),
    autoCloseAfter: z.string().describe('A chat waiting for the customer this long closes (settings lifecycle.pendingAutoCloseAfter, else PT48H; R40)'),
    entitlements: z.object({
      organizations: z.number().int(),
      withChat: z.number().int().describe('Active contract and chat in the plan (R2, R29)'),
      withoutContract: z.number().int(),
    }),
    hours: z
      .array(
        z.object({
          teamId: z.string(),
          teamName: z.string(),
          triage: z.boolean(),
          calendarId: z.string().nullable().describe('null = 24/7'),
          calendarName: z.string().nullable(),
          openNow: z.boolean(),
        }),
      )
      .describe('Chat hours are the taking team\'s calendar (R8)'),
    flows: z
      .array(
        z.object({
          key: z.string().describe('"default" or a category id'),
          categoryName: z.string().nullable(),
          updatedAt: timestamp,
        }),
      )
      .describe('Stored intake flows; edit them through /chat-flows/:categoryId'),
  }),
});

export type ChannelSettingsView = z.infer<typeof channelSettingsView>;
export type MailboxStatus = z.infer<typeof mailboxStatus>;
