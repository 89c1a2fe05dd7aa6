import { h, safeUrl } from './dom';
import { css } from './styles';
import type { StringKey } from './i18n';
import type { Attachment, Chat, Message, Option } from './api';

type T = (key: StringKey, values?: Record<string, string | number>) => string;

/** A line waiting for the server's acknowledgement (or failed), shown at the end of the log. */
export interface PendingLine {
  clientId: string;
  text: string;
  failed: boolean;
  /** A file being uploaded (its name is the line's text). */
  file?: File;
}

/** A paperclip drawn as SVG: an emoji may be missing from the customer's fonts. */
function paperclip(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5');
  svg.append(path);
  return svg;
}

/** The widget's DOM inside a shadow root: launcher, panel, and the screens the controller shows. */
export class View {
  readonly launcher: HTMLButtonElement;
  readonly panel: HTMLElement;
  private readonly chatIdLine: HTMLElement;
  private readonly status: HTMLElement;
  private readonly body: HTMLElement;
  private readonly typing: HTMLElement;
  private readonly footer: HTMLElement;
  private log: HTMLElement | null = null;

  constructor(private readonly t: T, accent: string | null) {
    const host = h('div', { 'data-atende-widget': true });
    if (accent) host.style.setProperty('--atende-accent', accent);
    const root = host.attachShadow({ mode: 'open' });
    this.launcher = h('button', { class: 'launcher', type: 'button', 'aria-label': t('open') }, t('open'));
    this.chatIdLine = h('div', { class: 'id' });
    const close = h('button', { type: 'button', 'aria-label': t('close'), onclick: () => this.hide() }, '×');
    this.status = h('div', { class: 'status', role: 'status' });
    this.body = h('div', { class: 'log', 'aria-live': 'polite' });
    this.typing = h('div', { class: 'typing' });
    this.footer = h('div');
    this.panel = h('section', { class: 'panel', hidden: true, role: 'dialog', 'aria-label': t('title') },
      h('header', {}, h('div', { class: 't' }, h('h2', {}, t('title')), this.chatIdLine), close),
      this.status, this.body, this.typing, this.footer);
    root.append(h('style', {}, css), this.launcher, this.panel);
    document.body.append(host);
  }

  show(): void {
    this.panel.hidden = false;
    this.launcher.hidden = true;
  }

  hide(): void {
    this.panel.hidden = true;
    this.launcher.hidden = false;
  }

  get visible(): boolean {
    return !this.panel.hidden;
  }

  setChatId(publicId: string | null): void {
    this.chatIdLine.textContent = publicId ? `${this.t('chatId')}: ${publicId}` : '';
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  setTyping(text: string): void {
    this.typing.textContent = text;
  }

  /** A form of one field (email or code): the sign-in screens. */
  showForm(prompt: string, input: HTMLInputElement, button: string, onSubmit: (value: string) => void, error?: string): void {
    this.log = null;
    this.setChatId(null);
    const form = h('form', { class: 'stack' }, h('label', {}, prompt), input, error ? h('p', { class: 'error' }, error) : null, h('button', { type: 'submit' }, button));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (input.value.trim()) onSubmit(input.value.trim());
    });
    this.body.replaceChildren(form);
    this.footer.replaceChildren();
    input.focus();
  }

  /** The clear answer when the customer may not chat (R2, R29), with the way to a ticket. */
  showRefused(message: string, details: { ticketFormUrl?: string; supportEmail?: string | null; allowedChannels?: string[] }): void {
    this.log = null;
    const url = details.ticketFormUrl && details.allowedChannels?.includes('web') ? safeUrl(details.ticketFormUrl) : null;
    this.body.replaceChildren(
      h('div', { class: 'refused' }, h('strong', {}, this.t('refusedTitle')), h('p', {}, message),
        url ? h('p', {}, h('a', { href: url, target: '_blank', rel: 'noopener' }, this.t('ticketForm'))) : null,
        details.supportEmail ? h('p', {}, this.t('emailUs', { email: details.supportEmail })) : null),
    );
    this.footer.replaceChildren();
  }

  /** The transcript, the current bot options, and pending lines; keeps the reader at the bottom. */
  renderChat(chat: Chat, messages: Message[], pending: PendingLine[], handlers: { pick(o: Option): void; retry(p: PendingLine): void; file(a: Attachment): Promise<string> }): void {
    const log = this.log ?? h('div', {});
    if (!this.log) {
      this.body.replaceChildren(log);
      this.log = log;
    }
    const atBottom = this.body.scrollHeight - this.body.scrollTop - this.body.clientHeight < 40;
    const lastBot = [...messages].reverse().find((m) => m.kind === 'bot');
    const lastCustomer = [...messages].reverse().find((m) => m.kind === 'customer');
    const nodes: Node[] = [];
    for (const m of messages) {
      const who = m.kind === 'agent' || m.kind === 'bot' ? h('span', { class: 'who' }, m.authorName ?? '') : null;
      nodes.push(h('div', { class: `msg ${m.kind}`, 'data-id': m.id }, who, m.text, ...(m.attachments ?? []).map((a) => this.file(a, handlers.file))));
      if (m.articles?.length) {
        nodes.push(h('ul', { class: 'articles' }, ...m.articles.map((a) => h('li', {}, safeUrl(a.url) ? h('a', { href: a.url, target: '_blank', rel: 'noopener' }, a.title) : a.title))));
      }
      if (m === lastCustomer && chat.agentReadId && chat.agentReadId >= m.id) nodes.push(h('div', { class: 'meta' }, this.t('seen')));
      if (m === lastBot && chat.status === 'bot' && m.options?.length && messages[messages.length - 1] === m) {
        nodes.push(h('div', { class: 'options' }, ...m.options.map((o) => h('button', { type: 'button', onclick: () => handlers.pick(o) }, o.label))));
      }
    }
    for (const p of pending) {
      const line = h('div', { class: `msg customer ${p.failed ? 'failed' : 'pending'}`, title: p.failed ? this.t('failed') : this.t('sending') }, p.text);
      if (p.failed) line.addEventListener('click', () => handlers.retry(p));
      nodes.push(line);
    }
    log.replaceChildren(...nodes);
    log.style.display = 'contents';
    if (atBottom || pending.length) this.body.scrollTop = this.body.scrollHeight;
  }

  /**
   * A file in a line: an image as a thumbnail (opens full size), anything else as a link. Both point
   * at a local copy fetched with the widget token (`load`), filled in when it arrives.
   */
  private file(a: Attachment, load: (a: Attachment) => Promise<string>): HTMLElement {
    const image = /^image\/(png|jpeg|gif|webp)$/.test(a.contentType);
    const link = h('a', { class: 'file', target: '_blank', rel: 'noopener', download: image ? undefined : a.filename }, image ? h('img', { alt: a.filename }) : a.filename);
    load(a).then((url) => {
      link.setAttribute('href', url);
      link.querySelector('img')?.setAttribute('src', url);
    }, () => undefined);
    return link;
  }

  /** The composer while a chat is open; Enter sends, Shift+Enter breaks the line; the paperclip sends a file. */
  showComposer(onSend: (text: string) => void, onTyping: () => void, onEnd: () => void, onFile: (file: File) => void): void {
    const input = h('textarea', { rows: '1', placeholder: this.t('placeholder'), 'aria-label': this.t('placeholder') });
    const picker = h('input', { type: 'file', hidden: true });
    picker.addEventListener('change', () => {
      const file = picker.files?.[0];
      picker.value = '';
      if (file) onFile(file);
    });
    const clip = h('button', { type: 'button', class: 'clip', title: this.t('attach'), 'aria-label': this.t('attach'), onclick: () => picker.click() }, paperclip());
    const form = h('form', {}, clip, picker, input, h('button', { type: 'submit' }, this.t('send')));
    const submit = () => {
      const text = input.value.trim();
      if (!text) return;
      input.value = '';
      onSend(text);
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submit();
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        submit();
      }
    });
    input.addEventListener('input', onTyping);
    const end = h('button', { type: 'button', class: 'plain', onclick: onEnd }, this.t('endChat'));
    this.footer.replaceChildren(form, h('div', { class: 'actions' }, end));
  }

  /** The footer of a closed chat: reopen it (R5) or start another. */
  showClosedActions(onReopen: () => void, onNew: () => void): void {
    this.footer.replaceChildren(
      h('div', { class: 'actions' }, h('button', { type: 'button', onclick: onReopen }, this.t('reopen')), h('button', { type: 'button', class: 'plain', onclick: onNew }, this.t('newChat'))),
    );
  }
}
