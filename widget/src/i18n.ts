// The widget's own words in the five languages of R31; the bot's questions come from the server in
// the chat's language.

const en = {
  title: 'Support',
  open: 'Chat with support',
  close: 'Close',
  chatId: 'Chat ID',
  send: 'Send',
  placeholder: 'Write a message…',
  emailPrompt: 'Your email, so we can find your account:',
  emailButton: 'Send me a code',
  codePrompt: 'We emailed you a 6-digit code. Type it here:',
  codeButton: 'Start chat',
  wrongCode: 'That code did not work; check it or ask for a new one.',
  queued: 'You are number {n} in the queue.',
  withAgent: 'You are talking to {name}.',
  bot: 'Answer a few questions and we will route you.',
  closed: 'This chat is closed.',
  reopen: 'Reopen chat',
  newChat: 'New chat',
  endChat: 'End chat',
  typing: '{name} is typing…',
  seen: 'Seen',
  sending: 'Sending…',
  failed: 'Not sent — tap to retry',
  offline: 'Reconnecting…',
  refusedTitle: 'Chat is not available for your account',
  ticketForm: 'Open a ticket instead',
  emailUs: 'Or email us at {email}',
  error: 'Something went wrong; please try again.',
  attach: 'Attach a file',
  tooLarge: 'That file is too large to send.',
};

type Strings = typeof en;

const pt: Strings = {
  title: 'Suporte', open: 'Falar com o suporte', close: 'Fechar', chatId: 'ID do chat', send: 'Enviar', placeholder: 'Escreva uma mensagem…',
  emailPrompt: 'Seu e-mail, para encontrarmos sua conta:', emailButton: 'Enviar código', codePrompt: 'Enviamos um código de 6 dígitos por e-mail. Digite-o aqui:',
  codeButton: 'Iniciar chat', wrongCode: 'Código inválido; confira ou peça outro.', queued: 'Você é o número {n} na fila.', withAgent: 'Você está falando com {name}.',
  bot: 'Responda algumas perguntas para direcionarmos seu atendimento.', closed: 'Este chat foi encerrado.', reopen: 'Reabrir chat', newChat: 'Novo chat', endChat: 'Encerrar chat',
  typing: '{name} está digitando…', seen: 'Visto', sending: 'Enviando…', failed: 'Não enviado — toque para tentar de novo', offline: 'Reconectando…',
  refusedTitle: 'O chat não está disponível para sua conta', ticketForm: 'Abrir um chamado', emailUs: 'Ou escreva para {email}', error: 'Algo deu errado; tente novamente.',
  attach: 'Anexar arquivo', tooLarge: 'Esse arquivo é grande demais para enviar.',
};

const es: Strings = {
  title: 'Soporte', open: 'Hablar con soporte', close: 'Cerrar', chatId: 'ID del chat', send: 'Enviar', placeholder: 'Escriba un mensaje…',
  emailPrompt: 'Su correo, para encontrar su cuenta:', emailButton: 'Enviarme un código', codePrompt: 'Le enviamos un código de 6 dígitos. Escríbalo aquí:',
  codeButton: 'Iniciar chat', wrongCode: 'El código no es válido; revíselo o pida otro.', queued: 'Es el número {n} en la cola.', withAgent: 'Está hablando con {name}.',
  bot: 'Responda unas preguntas y le derivaremos.', closed: 'Este chat está cerrado.', reopen: 'Reabrir chat', newChat: 'Nuevo chat', endChat: 'Terminar chat',
  typing: '{name} está escribiendo…', seen: 'Visto', sending: 'Enviando…', failed: 'No enviado — toque para reintentar', offline: 'Reconectando…',
  refusedTitle: 'El chat no está disponible para su cuenta', ticketForm: 'Abrir un ticket', emailUs: 'O escríbanos a {email}', error: 'Algo salió mal; inténtelo de nuevo.',
  attach: 'Adjuntar archivo', tooLarge: 'El archivo es demasiado grande para enviarlo.',
};

const de: Strings = {
  title: 'Support', open: 'Mit dem Support chatten', close: 'Schließen', chatId: 'Chat-ID', send: 'Senden', placeholder: 'Nachricht schreiben…',
  emailPrompt: 'Ihre E-Mail-Adresse, damit wir Ihr Konto finden:', emailButton: 'Code senden', codePrompt: 'Wir haben Ihnen einen 6-stelligen Code gemailt. Geben Sie ihn hier ein:',
  codeButton: 'Chat starten', wrongCode: 'Der Code stimmt nicht; prüfen Sie ihn oder fordern Sie einen neuen an.', queued: 'Sie sind Nummer {n} in der Warteschlange.', withAgent: 'Sie sprechen mit {name}.',
  bot: 'Beantworten Sie ein paar Fragen, dann leiten wir Sie weiter.', closed: 'Dieser Chat ist beendet.', reopen: 'Chat wieder öffnen', newChat: 'Neuer Chat', endChat: 'Chat beenden',
  typing: '{name} schreibt…', seen: 'Gesehen', sending: 'Wird gesendet…', failed: 'Nicht gesendet — zum Wiederholen tippen', offline: 'Verbindung wird hergestellt…',
  refusedTitle: 'Der Chat ist für Ihr Konto nicht verfügbar', ticketForm: 'Stattdessen ein Ticket eröffnen', emailUs: 'Oder schreiben Sie an {email}', error: 'Etwas ist schiefgelaufen; bitte erneut versuchen.',
  attach: 'Datei anhängen', tooLarge: 'Die Datei ist zu groß zum Senden.',
};

const ru: Strings = {
  title: 'Поддержка', open: 'Чат с поддержкой', close: 'Закрыть', chatId: 'ID чата', send: 'Отправить', placeholder: 'Напишите сообщение…',
  emailPrompt: 'Ваш e-mail, чтобы найти ваш аккаунт:', emailButton: 'Прислать код', codePrompt: 'Мы отправили вам 6-значный код. Введите его:',
  codeButton: 'Начать чат', wrongCode: 'Код не подошёл; проверьте его или запросите новый.', queued: 'Вы {n}-й в очереди.', withAgent: 'Вы общаетесь с {name}.',
  bot: 'Ответьте на несколько вопросов, и мы направим вас к нужному специалисту.', closed: 'Чат закрыт.', reopen: 'Открыть снова', newChat: 'Новый чат', endChat: 'Завершить чат',
  typing: '{name} печатает…', seen: 'Просмотрено', sending: 'Отправка…', failed: 'Не отправлено — нажмите, чтобы повторить', offline: 'Переподключение…',
  refusedTitle: 'Чат недоступен для вашего аккаунта', ticketForm: 'Открыть заявку', emailUs: 'Или напишите нам: {email}', error: 'Что-то пошло не так; попробуйте ещё раз.',
  attach: 'Прикрепить файл', tooLarge: 'Файл слишком большой для отправки.',
};

const byLanguage: Record<string, Strings> = { en, pt, es, de, ru };

export type StringKey = keyof Strings;

/** The widget's texts for a language tag (pt-BR → pt), English when unknown. */
export function strings(language: string): (key: StringKey, values?: Record<string, string | number>) => string {
  const table = byLanguage[language.split('-')[0].toLowerCase()] ?? en;
  return (key, values = {}) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
