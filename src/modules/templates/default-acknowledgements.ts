/** Built-in acknowledgements (R4), used until a desk writes its own, in the five desk languages (R31). */
const texts: Record<string, { subject: string; opened: string; due: string; follow: string; hello: string }> = {
  en: {
    subject: '[#{{ticket.number}}] We received your request: {{ticket.subject}}',
    hello: 'Hello {{customer.name}},',
    opened: 'we received your request and opened ticket #{{ticket.number}}, "{{ticket.subject}}".',
    due: 'It is due by {{ticket.dueAt}}.',
    follow: 'You can follow it and add information at {{portal.url}}.',
  },
  pt: {
    subject: '[#{{ticket.number}}] Recebemos sua solicitação: {{ticket.subject}}',
    hello: 'Olá {{customer.name}},',
    opened: 'recebemos sua solicitação e abrimos o ticket #{{ticket.number}}, "{{ticket.subject}}".',
    due: 'O prazo de atendimento é {{ticket.dueAt}}.',
    follow: 'Acompanhe e envie mais informações em {{portal.url}}.',
  },
  es: {
    subject: '[#{{ticket.number}}] Recibimos su solicitud: {{ticket.subject}}',
    hello: 'Hola {{customer.name}}:',
    opened: 'recibimos su solicitud y abrimos el ticket #{{ticket.number}}, "{{ticket.subject}}".',
    due: 'El plazo de atención vence el {{ticket.dueAt}}.',
    follow: 'Puede seguirlo y añadir información en {{portal.url}}.',
  },
  de: {
    subject: '[#{{ticket.number}}] Wir haben Ihre Anfrage erhalten: {{ticket.subject}}',
    hello: 'Hallo {{customer.name}},',
    opened: 'wir haben Ihre Anfrage erhalten und das Ticket #{{ticket.number}} „{{ticket.subject}}“ eröffnet.',
    due: 'Es ist fällig bis {{ticket.dueAt}}.',
    follow: 'Sie können es unter {{portal.url}} verfolgen und ergänzen.',
  },
  ru: {
    subject: '[#{{ticket.number}}] Мы получили ваш запрос: {{ticket.subject}}',
    hello: 'Здравствуйте, {{customer.name}}!',
    opened: 'Мы получили ваш запрос и открыли заявку #{{ticket.number}} «{{ticket.subject}}».',
    due: 'Срок выполнения: {{ticket.dueAt}}.',
    follow: 'Следить за заявкой и добавить сведения можно здесь: {{portal.url}}.',
  },
};

/** The built-in acknowledgement for a language (primary subtag), English when unknown. */
export function defaultAcknowledgement(language: string | null, hasDue: boolean): { subject: string; body: string } {
  const t = texts[(language ?? 'en').toLowerCase().split('-')[0]] ?? texts.en;
  const lines = [t.hello, '', t.opened, ...(hasDue ? [t.due] : []), '', t.follow];
  return { subject: t.subject, body: lines.join('\n') };
}
