import type { Localized } from './flow.schemas';

// The bot's and the chat's own sentences in the five languages of R31. Placeholders in braces are
// filled by `say`.

const t = (en: string, ptBR: string, es: string, de: string, ru: string) => ({ en, 'pt-BR': ptBR, es, de, ru });

export const botTexts = {
  welcome: t('Hi {name}! I will gather a few details so the right person can help.', 'Olá, {name}! Vou reunir alguns detalhes para a pessoa certa ajudar.', '¡Hola, {name}! Reuniré algunos datos para que le ayude la persona adecuada.', 'Hallo {name}! Ich sammle ein paar Angaben, damit die richtige Person helfen kann.', 'Здравствуйте, {name}! Я соберу несколько деталей, чтобы вам помог нужный специалист.'),
  product: t('Which product is it about?', 'Sobre qual produto?', '¿Sobre qué producto?', 'Um welches Produkt geht es?', 'О каком продукте речь?'),
  document: t('Which part of {product}?', 'Qual parte de {product}?', '¿Qué parte de {product}?', 'Welcher Teil von {product}?', 'Какая часть {product}?'),
  pickOne: t('Please pick one of the options.', 'Escolha uma das opções, por favor.', 'Elija una de las opciones, por favor.', 'Bitte wählen Sie eine der Optionen.', 'Пожалуйста, выберите один из вариантов.'),
  skip: t('Skip', 'Pular', 'Omitir', 'Überspringen', 'Пропустить'),
  yes: t('Yes, solved', 'Sim, resolveu', 'Sí, resuelto', 'Ja, gelöst', 'Да, помогло'),
  no: t('No', 'Não', 'No', 'Nein', 'Нет'),
  noArticles: t('I found no article for that; let us go on.', 'Não encontrei artigos sobre isso; vamos continuar.', 'No encontré artículos sobre eso; sigamos.', 'Dazu habe ich keinen Artikel gefunden; machen wir weiter.', 'Статей об этом не нашлось; продолжим.'),
  solved: t('Glad it helped! This chat is now closed; open the widget again any time.', 'Que bom que ajudou! Este chat foi encerrado; abra o widget quando quiser.', '¡Me alegro de que ayudara! Este chat se ha cerrado; vuelva cuando quiera.', 'Schön, dass es geholfen hat! Dieser Chat ist beendet; öffnen Sie das Widget jederzeit wieder.', 'Рады, что помогло! Чат закрыт; открывайте виджет в любое время.'),
  handoff: t('Thanks. Shall I open a ticket, or would you rather talk to an agent now?', 'Obrigado. Abro um chamado ou prefere falar com um atendente agora?', 'Gracias. ¿Abro un ticket o prefiere hablar ahora con un agente?', 'Danke. Soll ich ein Ticket eröffnen, oder möchten Sie jetzt mit jemandem sprechen?', 'Спасибо. Открыть заявку или вы хотите поговорить с оператором сейчас?'),
  offHours: t('Our team is offline right now (outside business hours). I can open a ticket and we will answer as soon as we are back.', 'Nossa equipe está fora do horário de atendimento agora. Posso abrir um chamado e responderemos assim que voltarmos.', 'Nuestro equipo está fuera del horario de atención. Puedo abrir un ticket y responderemos en cuanto volvamos.', 'Unser Team ist gerade außerhalb der Geschäftszeiten. Ich kann ein Ticket eröffnen; wir antworten, sobald wir zurück sind.', 'Сейчас нерабочее время. Я могу открыть заявку, и мы ответим, как только вернёмся.'),
  openTicket: t('Open a ticket', 'Abrir chamado', 'Abrir un ticket', 'Ticket eröffnen', 'Открыть заявку'),
  talkToAgent: t('Talk to an agent', 'Falar com atendente', 'Hablar con un agente', 'Mit jemandem sprechen', 'Поговорить с оператором'),
  ticketOpened: t('Ticket #{number} is open. We will answer by {due}. You will get the updates by email.', 'O chamado #{number} foi aberto. Responderemos até {due}. Você receberá as atualizações por e-mail.', 'Se abrió el ticket #{number}. Responderemos antes de {due}. Recibirá las novedades por correo.', 'Ticket #{number} ist eröffnet. Wir antworten bis {due}. Updates erhalten Sie per E-Mail.', 'Заявка #{number} открыта. Мы ответим до {due}. Обновления придут на почту.'),
  ticketOpenedNoDue: t('Ticket #{number} is open. You will get the updates by email.', 'O chamado #{number} foi aberto. Você receberá as atualizações por e-mail.', 'Se abrió el ticket #{number}. Recibirá las novedades por correo.', 'Ticket #{number} ist eröffnet. Updates erhalten Sie per E-Mail.', 'Заявка #{number} открыта. Обновления придут на почту.'),
  queued: t('You are number {position} in the queue; an agent will join shortly.', 'Você é o número {position} na fila; um atendente entrará em breve.', 'Es el número {position} en la cola; un agente se unirá en breve.', 'Sie sind Nummer {position} in der Warteschlange; gleich meldet sich jemand.', 'Вы {position}-й в очереди; оператор скоро подключится.'),
  queuedOffHours: t('You are number {position} in the queue. We are outside business hours, so an answer may take a while; you can also leave a ticket.', 'Você é o número {position} na fila. Estamos fora do horário de atendimento, a resposta pode demorar; você também pode abrir um chamado.', 'Es el número {position} en la cola. Estamos fuera de horario, la respuesta puede tardar; también puede dejar un ticket.', 'Sie sind Nummer {position} in der Warteschlange. Wir sind außerhalb der Geschäftszeiten; die Antwort kann dauern, Sie können auch ein Ticket eröffnen.', 'Вы {position}-й в очереди. Сейчас нерабочее время, ответ может задержаться; можно также оставить заявку.'),
  joined: t('{agent} joined the chat.', '{agent} entrou no chat.', '{agent} se unió al chat.', '{agent} ist dem Chat beigetreten.', '{agent} подключился к чату.'),
  transferredTeam: t('You are being transferred to another team; please hold on.', 'Você está sendo transferido para outra equipe; aguarde, por favor.', 'Le estamos transfiriendo a otro equipo; espere, por favor.', 'Sie werden an ein anderes Team weitergeleitet; bitte warten Sie.', 'Вас переводят в другую команду; пожалуйста, подождите.'),
  closed: t('The chat was closed.', 'O chat foi encerrado.', 'El chat se cerró.', 'Der Chat wurde beendet.', 'Чат закрыт.'),
  closedInactive: t('The chat was closed after a long wait for your answer. Open the widget again to reopen it.', 'O chat foi encerrado após muito tempo sem sua resposta. Abra o widget para reabri-lo.', 'El chat se cerró tras una larga espera sin su respuesta. Abra el widget para reabrirlo.', 'Der Chat wurde nach langer Wartezeit auf Ihre Antwort beendet. Öffnen Sie das Widget, um ihn fortzusetzen.', 'Чат закрыт после долгого ожидания вашего ответа. Откройте виджет, чтобы возобновить его.'),
  converted: t('Your conversation continues as ticket #{number}; you will get the updates by email.', 'Sua conversa continua no chamado #{number}; você receberá as atualizações por e-mail.', 'Su conversación continúa en el ticket #{number}; recibirá las novedades por correo.', 'Ihr Gespräch geht als Ticket #{number} weiter; Updates erhalten Sie per E-Mail.', 'Разговор продолжится в заявке #{number}; обновления придут на почту.'),
  reopened: t('The chat was reopened.', 'O chat foi reaberto.', 'El chat se reabrió.', 'Der Chat wurde wieder geöffnet.', 'Чат снова открыт.'),
} satisfies Record<string, Localized>;

export type BotTextKey = keyof typeof botTexts;

/** A localized text in the language asked for: exact tag, then its base language, then English. */
export function localize(text: Localized, language: string | null | undefined): string {
  if (typeof text === 'string') return text;
  const lang = language ?? 'en';
  const base = lang.split('-')[0];
  const byBase = Object.keys(text).find((k) => k.split('-')[0] === base);
  return text[lang] ?? (byBase ? text[byBase] : undefined) ?? text.en ?? Object.values(text)[0];
}

/** A built-in sentence in a language, with `{placeholders}` filled. */
export function say(key: BotTextKey, language: string | null | undefined, values: Record<string, string | number> = {}): string {
  return localize(botTexts[key], language).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
