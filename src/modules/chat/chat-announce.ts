import type { AppContext } from '../../server/context';

/** A chat event just committed, as the socket gateway takes it. */
export interface AnnouncedChatEvent {
  id: string;
  type: string;
  actorId: string | null;
  ticketId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

const announcers = new WeakMap<AppContext, (event: AnnouncedChatEvent) => void>();

/** The socket gateway listens here for events announced right after their commit. */
export function onChatAnnounced(ctx: AppContext, listener: (event: AnnouncedChatEvent) => void): void {
  announcers.set(ctx, listener);
}

/**
 * The fast lane of the hottest write (a customer's line): the command hands its committed event to
 * this process's sockets at once instead of waiting for the event dispatcher, which serves every
 * subscriber in turn. The event row stays the source of truth — the dispatcher still carries it, and
 * the gateway drops what it already sent — so a crash right after commit loses nothing. Without a
 * gateway in this process (a jobs-only node) it does nothing and answers false.
 */
export function announceChatEvent(ctx: AppContext, event: AnnouncedChatEvent): boolean {
  const announce = announcers.get(ctx);
  announce?.(event);
  return Boolean(announce);
}
