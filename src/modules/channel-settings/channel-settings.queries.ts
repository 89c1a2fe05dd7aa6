import { sql } from 'drizzle-orm';
import { stat } from 'node:fs/promises';
import type { AppContext } from '../../server/context';
import { rows } from '../../db/rows';
import { iso } from '../../contracts/common';
import { requireAdmin, type Actor } from '../auth/actor';
import { SECRET_MARKER } from '../privacy/mask-value';
import { resolveSettings } from '../settings/settings.queries';
import { loadTeamHours } from '../chat/chat-hours';
import { parseImapUrls } from '../../channels/email/imap-mailbox-url';
import { acceptedDomains } from '../../channels/email/smtp-listener';
import { WIDGET_BUNDLE } from '../../channels/widget/widget.routes';
import type { ChannelSettingsView, MailboxStatus } from './channel-settings.schemas';
import { inboundListenerOf } from './inbound-listener-state';

/** A URL with its password replaced by the marker; credentials on the page help nobody. */
function maskUrlPassword(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = SECRET_MARKER;
    return url.toString();
  } catch {
    // Config validation accepted it as a URL, so this is unreachable; hide it whole rather than guess.
    return SECRET_MARKER;
  }
}

type PollRow = { mailbox: string; last_polled_at: Date | string; last_success_at: Date | string | null; last_error: string | null; last_error_at: Date | string | null };
type TeamRow = { id: string; name: string; is_triage: boolean; calendar_id: string | null; calendar_name: string | null };
type FlowRow = { key: string; category_name: string | null; updated_at: Date | string };
type CountRow = { organizations: number; with_chat: number; without_contract: number };

const when = (value: Date | string | null) => (value === null ? null : iso(new Date(value)));

/**
 * What each channel is set to, for the admin's channel page (admin only): email from the
 * environment, chat from the database, every secret masked or reduced to "is set".
 */
export async function getChannelSettings(ctx: AppContext, input: { actor: Actor }): Promise<ChannelSettingsView> {
  requireAdmin(input.actor);
  const { config } = ctx;
  const mailboxes = parseImapUrls(config.IMAP_URLS);
  const labels = mailboxes.map((m) => m.label);
  const [polls, teams, flows, [counts], settings, bundleBuilt] = await Promise.all([
    labels.length ? rows<PollRow>(ctx.db, sql`SELECT * FROM mailbox_polls WHERE mailbox IN (${sql.join(labels.map((l) => sql`${l}`), sql`, `)})`) : Promise.resolve([]),
    rows<TeamRow>(ctx.db, sql`SELECT t.id, t.name, t.is_triage, c.id AS calendar_id, c.name AS calendar_name
      FROM teams t LEFT JOIN calendars c ON c.id = t.calendar_id ORDER BY t.is_triage DESC, t.name`),
    rows<FlowRow>(ctx.db, sql`SELECT f.key, c.name AS category_name, f.updated_at
      FROM chat_flows f LEFT JOIN categories c ON f.key <> 'default' AND c.id::text = f.key ORDER BY f.key = 'default' DESC, c.name`),
    rows<CountRow>(ctx.db, sql`SELECT count(*)::int AS organizations,
      count(*) FILTER (WHERE contract_active AND (entitlements->>'chat')::boolean)::int AS with_chat,
      count(*) FILTER (WHERE NOT contract_active)::int AS without_contract FROM organizations`),
    resolveSettings(ctx.db),
    stat(WIDGET_BUNDLE).then(() => true, () => false),
  ]);
  const hours = await loadTeamHours(ctx.db);
  const now = ctx.clock.now();
  const pollOf = new Map(polls.map((p) => [p.mailbox, p]));
  const listener = inboundListenerOf(ctx);
  const configuredPort = config.SMTP_LISTEN_PORT === 'off' ? null : config.SMTP_LISTEN_PORT;
  const domains = acceptedDomains(ctx);
  const scriptUrl = `${config.PUBLIC_URL}/widget.js`;
  return {
    email: {
      supportAddress: config.SUPPORT_EMAIL,
      senderName: config.SUPPORT_NAME,
      inbound: {
        listening: listener ? listener.port !== null : false,
        port: listener?.port ?? configuredPort,
        host: config.SMTP_LISTEN_HOST,
        acceptDomains: domains ? [...domains] : ['*'],
        authRequired: Boolean(config.SMTP_AUTH_USER),
        starttls: Boolean(config.SMTP_TLS_KEY && config.SMTP_TLS_CERT),
        maxBytes: config.SMTP_MAX_BYTES,
        rateLimitPerHour: config.INBOUND_RATE_LIMIT_PER_HOUR,
      },
      mailboxes: mailboxes.map((m): MailboxStatus => {
        const poll = pollOf.get(m.label);
        return {
          label: m.label,
          host: m.host,
          port: m.port,
          secure: m.secure,
          user: m.user,
          password: m.password ? SECRET_MARKER : '',
          folder: m.path,
          moveTo: m.moveTo,
          lastPolledAt: when(poll?.last_polled_at ?? null),
          lastSuccessAt: when(poll?.last_success_at ?? null),
          lastError: poll?.last_error ?? null,
          lastErrorAt: when(poll?.last_error_at ?? null),
        };
      }),
      pollSeconds: config.IMAP_POLL_SECONDS,
      outbound: {
        mode: config.SMTP_URL ? 'smtp' : 'outbox_only',
        server: config.SMTP_URL ? maskUrlPassword(config.SMTP_URL) : null,
        maxAttempts: config.EMAIL_MAX_ATTEMPTS,
      },
    },
    chat: {
      widget: {
        scriptUrl,
        embedSnippet: `<script src="${scriptUrl}" data-atende async></script>`,
        identitySecretSet: Boolean(config.WIDGET_SECRET),
        bundleBuilt,
      },
      autoCloseAfter: settings.lifecycle.pendingAutoCloseAfter ?? 'PT48H',
      entitlements: { organizations: counts?.organizations ?? 0, withChat: counts?.with_chat ?? 0, withoutContract: counts?.without_contract ?? 0 },
      hours: teams.map((t) => ({
        teamId: t.id,
        teamName: t.name,
        triage: t.is_triage,
        calendarId: t.calendar_id,
        calendarName: t.calendar_name,
        openNow: hours(t.id, now),
      })),
      flows: flows.map((f) => ({ key: f.key, categoryName: f.category_name, updatedAt: iso(new Date(f.updated_at)) })),
    },
  };
}
