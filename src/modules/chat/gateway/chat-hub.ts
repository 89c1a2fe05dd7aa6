import type { Logger } from 'pino';
import { isStaff, type Actor } from '../../auth/actor';
import { canSeeChat, type ChatAccess } from '../chat.policy';
import type { ChatMessageView, ChatView } from '../chat.schemas';
import type { ChatBusEvent, ChatBusMessage, ChatBusTyping } from './chat-bus';
import type { ChatClient } from './chat-client';
import { accessOf, customerFrame, movesQueue, staffFrame } from './chat-frames';

/** What the hub asks of the desk: the chat commands a socket may run, and a few reads. */
export interface ChatHubOptions {
  logger: Logger;
  join(actor: Actor, chatId: string): Promise<{ chat: ChatView; messages: ChatMessageView[] }>;
  post(actor: Actor, chatId: string, message: Record<string, unknown>): Promise<ChatMessageView>;
  read(actor: Actor, chatId: string, messageId: string): Promise<void>;
  publishTyping(typing: ChatBusTyping): Promise<void>;
  /** An event too large for NOTIFY, read back from the events table. */
  loadEvent(id: string): Promise<ChatBusEvent | null>;
  /** Reads a socket's person again (sessions expire, teams change); null when signed out. */
  reloadActor(client: ChatClient): Promise<Actor | null>;
  /** Of these widget tokens, those that still hold (one query for every connected widget). */
  validWidgetTokens(tokens: string[]): Promise<Set<string>>;
}

const accessFromView = (chat: ChatView): ChatAccess => ({
  chatId: chat.id,
  publicId: chat.publicId,
  customerId: chat.customerId,
  teamId: chat.teamId,
  assigneeId: chat.assigneeId,
  agentIds: chat.agentIds,
  status: chat.status,
});

const RECENT_EVENTS = 10_000;
const REFRESH_BATCH = 8;

type Incoming = { type?: unknown; chatId?: unknown; ref?: unknown; [k: string]: unknown };

const errorOf = (err: unknown) => {
  const e = err as { code?: string; message?: string; details?: unknown; validation?: unknown; issues?: unknown };
  if (e?.issues) return { code: 'invalid_request', message: 'The frame has invalid fields.', details: { issues: e.issues } };
  return { code: typeof e?.code === 'string' ? e.code : 'internal_error', message: e?.message ?? 'Failed.', details: e?.details ?? {} };
};

/**
 * The chat sockets of this process. `deliver` gets every chat event committed by any process (and
 * typing) and sends each socket what its person may see: a customer hears their own chats; staff the
 * chats they joined, or every chat they may see while they follow the queue — by the same rule as
 * the REST API (`canSeeChat`). Internal notes go to staff only.
 */
export class ChatHub {
  readonly clients = new Set<ChatClient>();
  private readonly byChat = new Map<string, Set<ChatClient>>();
  private readonly byCustomer = new Map<string, Set<ChatClient>>();
  private readonly queueWatchers = new Set<ChatClient>();
  /** Recently delivered event ids: two drains (or two nodes) may dispatch one event twice. */
  private readonly recent = new Set<string>();
  /** Last known access of the chats sockets joined here (typing needs it; queue moves use it). */
  private readonly known = new Map<string, ChatAccess>();

  constructor(private readonly options: ChatHubOptions) {}

  add(client: ChatClient): void {
    this.clients.add(client);
    if (!isStaff(client.actor)) index(this.byCustomer, client.actor.id, client);
  }

  remove(client: ChatClient): void {
    this.clients.delete(client);
    this.queueWatchers.delete(client);
    unindex(this.byCustomer, client.actor.id, client);
    for (const chatId of client.chats) this.leave(client, chatId);
  }

  private leave(client: ChatClient, chatId: string): void {
    client.chats.delete(chatId);
    unindex(this.byChat, chatId, client);
    if (!this.byChat.has(chatId)) this.known.delete(chatId);
  }

  /** Handles one frame from a socket: join, leave, queue, message, typing, read or ping. */
  async receive(client: ChatClient, text: string): Promise<void> {
    let m: Incoming;
    try {
      m = JSON.parse(text);
    } catch {
      return client.send({ type: 'error', code: 'invalid_json', message: 'Frames are JSON objects.' });
    }
    const ref = typeof m.ref === 'string' || typeof m.ref === 'number' ? m.ref : undefined;
    const chatId = typeof m.chatId === 'string' ? m.chatId : '';
    try {
      switch (m.type) {
        case 'ping':
          return client.send({ type: 'pong', ref });
        case 'join': {
          const { chat, messages } = await this.options.join(client.actor, chatId);
          this.known.set(chat.id, accessFromView(chat));
          client.chats.add(chat.id);
          index(this.byChat, chat.id, client);
          return client.send({ type: 'joined', ref, chatId: chat.id, chat, messages });
        }
        case 'leave':
          this.leave(client, chatId);
          return client.send({ type: 'left', ref, chatId });
        case 'queue':
          if (!isStaff(client.actor)) return client.send({ type: 'error', ref, code: 'staff_only', message: 'Only agents follow the queue.' });
          if (m.on === false) this.queueWatchers.delete(client);
          else this.queueWatchers.add(client);
          return client.send({ type: 'queue', ref, on: m.on !== false });
        case 'message': {
          const clientId = typeof m.clientId === 'string' ? m.clientId : null;
          if (clientId) client.sending.add(clientId);
          try {
            const message = await this.options.post(client.actor, chatId, m);
            return client.send({ type: 'ack', ref, chatId, clientId: message.clientId, message });
          } finally {
            if (clientId) client.sending.delete(clientId);
          }
        }
        case 'typing':
          return await this.typing(client, chatId, m.typing !== false);
        case 'read':
          await this.options.read(client.actor, chatId, String(m.messageId ?? ''));
          return client.send({ type: 'read_ack', ref, chatId });
        default:
          return client.send({ type: 'error', ref, code: 'unknown_type', message: 'Send join, leave, queue, message, typing, read or ping.' });
      }
    } catch (err) {
      const { code, message, details } = errorOf(err);
      if (code === 'internal_error') this.options.logger.error({ err }, 'chat socket: frame failed');
      client.send({ type: 'error', ref, chatId: chatId || undefined, clientId: m.clientId, code, message, details });
    }
  }

  private async typing(client: ChatClient, chatId: string, typing: boolean): Promise<void> {
    const access = this.known.get(chatId);
    if (!access || !client.chats.has(chatId)) return client.send({ type: 'error', code: 'not_joined', message: 'Join the chat first.', chatId });
    const by = isStaff(client.actor) ? 'agent' : 'customer';
    await this.options.publishTyping({ kind: 'typing', chat: access, by, personId: client.actor.id, name: client.actor.name, typing });
  }

  /** Sends one bus message (an event from any process, or typing) to the local sockets it concerns. */
  async deliver(message: ChatBusMessage): Promise<void> {
    if (message.kind === 'typing') return this.deliverTyping(message);
    if (this.recent.has(message.id)) return;
    this.recent.add(message.id);
    if (this.recent.size > RECENT_EVENTS) this.recent.delete(this.recent.values().next().value as string);
    const event = message.data ? message : await this.options.loadEvent(message.id);
    const access = event && accessOf(event);
    if (!event || !access) return;
    if (this.known.has(access.chatId)) this.known.set(access.chatId, access);
    const ownLine = (event.data?.message as { clientId?: string | null } | undefined)?.clientId;
    for (const client of this.byCustomer.get(access.customerId) ?? []) {
      // The socket that sent the line gets it in its ack; its other tabs get the frame.
      if (ownLine && client.sending.has(ownLine)) continue;
      const frame = customerFrame(event, access);
      if (frame) client.send({ ...frame });
    }
    const staff = new Set([...(this.byChat.get(access.chatId) ?? [])].filter((c) => isStaff(c.actor)));
    for (const watcher of this.queueWatchers) staff.add(watcher);
    const from = event.data?.from as { teamId?: string | null; assigneeId?: string | null } | undefined;
    const before = event.type === 'chats.transferred' && from ? { ...access, teamId: from.teamId ?? null, assigneeId: from.assigneeId ?? null } : null;
    for (const client of staff) {
      if (ownLine && client.sending.has(ownLine)) continue;
      if (canSeeChat(client.actor, access)) client.send({ ...staffFrame(event, access) });
      else if (before && canSeeChat(client.actor, before)) client.send({ type: 'chats.left_view', chatId: access.chatId, data: {}, id: event.id, at: event.at });
    }
    if (movesQueue(event.type)) this.tellQueueMoved(access, before?.teamId);
  }

  // Waiting customers of the team learn their place may have changed; the widget refetches it.
  private tellQueueMoved(access: ChatAccess, previousTeamId: string | null | undefined): void {
    for (const [chatId, other] of this.known) {
      if (other.status !== 'waiting' || chatId === access.chatId) continue;
      if (other.teamId !== access.teamId && other.teamId !== previousTeamId) continue;
      for (const client of this.byCustomer.get(other.customerId) ?? []) client.send({ type: 'chats.queue_moved', chatId, data: {} });
    }
  }

  private deliverTyping(typing: ChatBusTyping): void {
    const { chat } = typing;
    for (const client of this.byChat.get(chat.chatId) ?? []) {
      if (client.actor.id === typing.personId) continue;
      const staff = isStaff(client.actor);
      if (staff ? !canSeeChat(client.actor, chat) : typing.by !== 'agent' || client.actor.id !== chat.customerId) continue;
      client.send({ type: 'chats.typing', chatId: chat.chatId, data: { by: typing.by, name: typing.name, typing: typing.typing } });
    }
  }

  /**
   * Reloads every connected person; closes the sockets of those now signed out. Widgets (most of the
   * sockets) are checked together in one query; the others a few at a time, so a thousand reloads
   * never queue the chat lines behind them.
   */
  async refreshAll(): Promise<void> {
    const widgets = [...this.clients].filter((c) => c.credential?.kind === 'widget');
    try {
      const valid = await this.options.validWidgetTokens(widgets.map((c) => c.credential!.value));
      for (const client of widgets) if (!valid.has(client.credential!.value)) this.signOut(client);
    } catch (err) {
      this.options.logger.warn({ err }, 'chat: could not check the connected widgets');
    }
    const others = [...this.clients].filter((c) => c.credential?.kind !== 'widget');
    for (let i = 0; i < others.length; i += REFRESH_BATCH) {
      await Promise.all(others.slice(i, i + REFRESH_BATCH).map((client) => this.refresh(client)));
    }
  }

  private signOut(client: ChatClient): void {
    client.socket.close(4401, 'signed out');
    this.remove(client);
  }

  private async refresh(client: ChatClient): Promise<void> {
    try {
      const actor = await this.options.reloadActor(client);
      if (!actor) this.signOut(client);
      else client.actor = actor;
    } catch (err) {
      this.options.logger.warn({ err }, 'chat: could not reload a connected person');
    }
  }
}

function index<K>(map: Map<K, Set<ChatClient>>, key: K, client: ChatClient): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(client);
}

function unindex<K>(map: Map<K, Set<ChatClient>>, key: K, client: ChatClient): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(client);
  if (set.size === 0) map.delete(key);
}
