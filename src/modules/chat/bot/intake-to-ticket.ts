import type { CreateTicket } from '../../tickets/ticket.schemas';
import type { BotState } from './intake-bot';

// Answers that become the ticket's own fields; every other answer goes to its intake (R41).
const FIELD_KEYS = new Set(['question', 'description', 'environment', 'availability', 'severity', 'handoff', 'articles']);
const environments = ['production', 'homologation'] as const;
const availabilities = ['unavailable', 'partial', 'available'] as const;

/** The ticket fields the bot's answers set: environment (R15), availability (R7), severity (R33), intake. */
export function ticketFieldsFromAnswers(chat: { id: string; publicId: string }, answers: Record<string, string>) {
  const intake: Record<string, unknown> = { chatId: chat.id, chatPublicId: chat.publicId };
  for (const [key, value] of Object.entries(answers)) if (!FIELD_KEYS.has(key) && value !== '') intake[key] = value;
  const environment = environments.find((e) => e === answers.environment);
  const availability = availabilities.find((v) => v === answers.availability);
  const severity = ['1', '2', '3'].includes(answers.severity) ? (Number(answers.severity) as 1 | 2 | 3) : undefined;
  return { intake, ...(environment ? { environment } : {}), ...(availability ? { availability } : {}), ...(severity ? { severity } : {}) };
}

/** The ticket an intake describes (R4): the customer's words, the answers, then the transcript. */
export function ticketFromIntake(
  chat: { id: string; publicId: string; language: string | null },
  state: BotState,
  transcript: string,
): CreateTicket {
  const text = (state.answers.description || state.answers.question || '').trim();
  const subject = (text.split('\n')[0] || `Chat ${chat.publicId}`).slice(0, 120);
  const fields = ticketFieldsFromAnswers(chat, state.answers);
  const details = Object.entries(fields.intake)
    .filter(([k]) => k !== 'chatId')
    .map(([k, v]) => `${k}: ${String(v)}`);
  return {
    subject,
    body: [text || '(no description)', '', ...details, '', transcript].join('\n'),
    channel: 'chat',
    ...fields,
    ...(state.categoryId ? { categoryId: state.categoryId } : {}),
    ...(chat.language ? { language: chat.language } : {}),
  };
}
