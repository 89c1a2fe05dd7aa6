import { Api, ApiError, Socket, type Chat, type Frame, type Message, type Option } from './api';
import { h } from './dom';
import { strings } from './i18n';
import { memory } from './store';
import { View, type PendingLine } from './view';

// The Atende chat widget: one <script src="https://desk/widget.js" data-atende> tag on a customer's
// site. Optional attributes: data-user-email + data-user-hash (HMAC identity from the host, else the
// widget asks for the email and a code), data-user-name, data-language, data-category-id,
// data-accent (a CSS colour), data-open (start opened).

const script = (document.currentScript ?? document.querySelector('script[data-atende]')) as HTMLScriptElement | null;

function boot(tag: HTMLScriptElement): void {
  const desk = new URL(tag.src, location.href).origin;
  const data = tag.dataset;
  const language = data.language || navigator.language || 'en';
  const t = strings(language);
  const view = new View(t, data.accent ?? null);
  const api = new Api(desk);
  const remembered = memory(desk);
  let chat: Chat | null = null;
  let messages: Message[] = [];
  const pending = new Map<string, PendingLine>();
  let lastRead = '';
  let typingTimer = 0;
  let lastTypingSent = 0;

  const socket = new Socket(
    () => `${desk.replace(/^http/, 'ws')}/api/v1/chats/socket?token=${encodeURIComponent(api.token ?? '')}`,
    (frame) => onFrame(frame),
    (online) => (online ? showStatus() : view.setStatus(t('offline'))),
  );

  const fail = (err: unknown) => {
    if (err instanceof ApiError && err.code === 'chat_not_entitled') return view.showRefused(err.message, err.details);
    if (err instanceof ApiError && err.status === 401 && api.token) {
      // The remembered sign-in expired: sign in again (once; the session call reports its own errors).
      remembered.saveSession(null, null);
      api.token = null;
      return void signIn().catch((again) => view.setStatus(again instanceof ApiError ? again.message : t('error')));
    }
    view.setStatus(err instanceof ApiError ? err.message : t('error'));
  };

  function showStatus(): void {
    if (!chat) return view.setStatus('');
    const line =
      chat.status === 'closed' ? t('closed')
      : chat.status === 'waiting' && chat.queuePosition ? t('queued', { n: chat.queuePosition })
      : chat.status === 'active' && chat.assigneeName ? t('withAgent', { name: chat.assigneeName })
      : chat.status === 'bot' ? t('bot') : '';
    view.setStatus([line, chat.offHours ? chat.notice : null].filter(Boolean).join(' '));
  }

  function render(): void {
    if (!chat) return;
    view.setChatId(chat.publicId);
    showStatus();
    view.renderChat(chat, messages, [...pending.values()], {
      pick: (o: Option) => send(o.label, o.value),
      retry: (p) => (p.file ? attach(p.file, p.clientId) : send(p.text, undefined, p.clientId)),
      file: (a) => api.file(a),
    });
    markRead();
  }

  // Read receipts: what the customer has on screen is seen (only while the panel is open).
  function markRead(): void {
    const last = [...messages].reverse().find((m) => m.kind !== 'customer');
    if (!chat || !last || last.id <= lastRead || !view.visible || document.visibilityState !== 'visible') return;
    if (socket.send({ type: 'read', chatId: chat.id, messageId: last.id })) lastRead = last.id;
  }

  function merge(incoming: Message[]): void {
    const byId = new Map(messages.map((m) => [m.id, m]));
    for (const m of incoming) {
      byId.set(m.id, m);
      if (m.clientId) pending.delete(m.clientId);
    }
    messages = [...byId.values()].filter((m) => m.kind !== 'note').sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  function onFrame(frame: Frame): void {
    if (!chat || (frame.chatId && frame.chatId !== chat.id)) return;
    switch (frame.type) {
      case 'joined':
        chat = frame.chat;
        merge(frame.messages);
        for (const p of pending.values()) if (!p.failed && !p.file) socket.send({ type: 'message', chatId: chat!.id, text: p.text, clientId: p.clientId });
        return showChat();
      case 'ack':
        merge([frame.message]);
        return render();
      case 'error':
        if (frame.clientId && pending.has(frame.clientId)) pending.get(frame.clientId)!.failed = true;
        view.setStatus(frame.message);
        return render();
      case 'chats.message_created':
        merge([frame.data.message]);
        view.setTyping('');
        return render();
      case 'chats.typing':
        view.setTyping(frame.data.typing ? t('typing', { name: frame.data.name }) : '');
        clearTimeout(typingTimer);
        typingTimer = window.setTimeout(() => view.setTyping(''), 6000);
        return;
      case 'chats.read':
        if (frame.data.by === 'agent') chat.agentReadId = frame.data.messageId;
        return render();
      default:
        // Status changes (queued, accepted, transferred, closed, converted, reopened, queue moved):
        // the chat is read again, so the queue position and the agent's name are current.
        if (frame.type.startsWith('chats.')) refresh().catch(fail);
    }
  }

  async function refresh(): Promise<void> {
    if (!chat) return;
    const wasClosed = chat.status === 'closed';
    chat = await api.call<Chat>('GET', `/chats/${chat.id}`);
    if ((chat.status === 'closed') !== wasClosed) showChat();
    else render();
  }

  function showChat(): void {
    if (!chat) return;
    if (chat.status === 'closed') view.showClosedActions(() => reopen().catch(fail), () => startNew().catch(fail));
    else view.showComposer((text) => send(text), typing, () => end().catch(fail), (file) => attach(file));
    render();
  }

  function typing(): void {
    if (!chat || Date.now() - lastTypingSent < 3000) return;
    lastTypingSent = Date.now();
    socket.send({ type: 'typing', chatId: chat.id, typing: true });
  }

  // A line is shown at once as pending and is resent with the same client id until acknowledged,
  // so a flaky connection neither loses it nor stores it twice.
  function send(text: string, choice?: string, clientId = `w-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`): void {
    if (!chat) return;
    pending.set(clientId, { clientId, text, failed: false });
    lastTypingSent = 0;
    render();
    const frame = { type: 'message', chatId: chat.id, text, clientId, ...(choice ? { choice } : {}) };
    if (socket.send(frame)) return;
    api
      .call<Message>('POST', `/chats/${chat.id}/messages`, { text, clientId, ...(choice ? { choice } : {}) })
      .then(async (m) => {
        merge([m, ...(await api.call<{ items: Message[] }>('GET', `/chats/${chat!.id}/messages`)).items]);
        render();
      })
      .catch(() => {
        pending.get(clientId)!.failed = true;
        render();
      });
  }

  // A file goes over REST (the socket carries text only); like a line, it shows at once as pending
  // and a retry reuses its client id, so it is stored once. The agent hears it over the socket.
  function attach(file: File, clientId = `w-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`): void {
    if (!chat) return;
    pending.set(clientId, { clientId, text: file.name, failed: false, file });
    render();
    const form = new FormData();
    form.append('clientId', clientId);
    form.append('file', file, file.name);
    api
      .call<Message>('POST', `/chats/${chat.id}/attachments`, form)
      .then((m) => {
        merge([m]);
        render();
      })
      .catch((err) => {
        pending.get(clientId)!.failed = true;
        // A file over the limit would fail again: say so and drop it instead of offering a retry.
        const tooLarge = err instanceof ApiError && err.status === 413;
        if (tooLarge) pending.delete(clientId);
        render();
        if (tooLarge) view.setStatus(t('tooLarge'));
      });
  }

  async function open(found: Chat): Promise<void> {
    chat = found;
    remembered.saveChat(found.id);
    messages = [];
    merge((await api.call<{ items: Message[] }>('GET', `/chats/${found.id}/messages`)).items);
    showChat();
    if (socket.chatId === null && !socket.open) {
      socket.chatId = found.id;
      socket.connect();
    } else socket.join(found.id);
  }

  async function startNew(): Promise<void> {
    remembered.saveChat(null);
    const body = { intake: true, ...(language ? { language } : {}), ...(data.categoryId ? { categoryId: data.categoryId } : {}) };
    await open(await api.call<Chat>('POST', '/chats', body));
  }

  async function reopen(): Promise<void> {
    await open(await api.call<Chat>('POST', `/chats/${chat!.id}/reopen`));
  }

  async function end(): Promise<void> {
    chat = await api.call<Chat>('POST', `/chats/${chat!.id}/close`);
    showChat();
  }

  // R5: the chat remembered on this device comes back as it was; otherwise the server gives back
  // the customer's unfinished chat (200) or starts one with the intake bot.
  async function resume(): Promise<void> {
    const known = remembered.chatId();
    if (known) {
      try {
        return await open(await api.call<Chat>('GET', `/chats/${known}`));
      } catch (err) {
        if (!(err instanceof ApiError) || err.status !== 404) throw err;
      }
    }
    await startNew();
  }

  async function signIn(): Promise<void> {
    const email = data.userEmail?.trim().toLowerCase() ?? null;
    const stored = remembered.token();
    if (stored && (!email || remembered.email() === email)) {
      api.token = stored;
      return resume().catch(fail);
    }
    if (email && data.userHash) {
      try {
        const session = await api.call<{ token: string }>('POST', '/chats/widget-session', { email, hash: data.userHash, ...(data.userName ? { name: data.userName } : {}) });
        return await useSession(session.token, email);
      } catch (err) {
        // A host whose hash the desk refuses (a wrong secret): the customer can still prove their email.
        if (err instanceof ApiError && err.status === 401) return askEmail(err.message);
        throw err;
      }
    }
    askEmail();
  }

  function askEmail(error?: string): void {
    const input = h('input', { type: 'email', autocomplete: 'email', required: true });
    view.showForm(t('emailPrompt'), input, t('emailButton'), (email) => {
      api.call('POST', '/chats/widget-session/code', { email }).then(() => askCode(email), fail);
    }, error);
  }

  function askCode(email: string, error?: string): void {
    const input = h('input', { inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6', pattern: '\\d{6}' });
    view.showForm(t('codePrompt'), input, t('codeButton'), (code) => {
      api.call<{ token: string }>('POST', '/chats/widget-session', { email, code }).then((s) => useSession(s.token, email), () => askCode(email, t('wrongCode')));
    }, error);
  }

  async function useSession(token: string, email: string): Promise<void> {
    api.token = token;
    remembered.saveSession(token, email);
    await resume();
  }

  let started = false;
  const show = () => {
    view.show();
    if (!started) {
      started = true;
      signIn().catch(fail);
    } else render();
  };
  view.launcher.addEventListener('click', show);
  document.addEventListener('visibilitychange', markRead);
  // The launcher resumes the chat remembered on this device, as the customer left it (R5).
  if (data.open !== undefined) show();
}

if (script) boot(script);
