import { z } from 'zod';
import { listQueryBase, page, timestamp } from '../../contracts/common';
import { languageCode } from '../organizations/organization.schemas';
import { email } from '../auth/auth.schemas';
import { attachmentView } from '../messages/message.schemas';

// Request and response schemas of the live-chat API (API.md "Live chat"); the widget and the agent
// console share them. Responses are plain JSON without transforms (the serializer uses them).

export const chatStatus = z.enum(['bot', 'waiting', 'active', 'closed']).describe('bot: intake bot; waiting: in the queue; active: an agent joined; closed');

export const startChatBody = z.strictObject({
  language: languageCode.optional().describe('The customer\'s language (default: their profile\'s, then their organization\'s)'),
  categoryId: z.string().uuid().optional().describe('Product or document the chat is about; skips that question of the bot (R13)'),
  intake: z.boolean().default(false).describe('Start with the intake bot (R4) instead of going straight to the queue; the widget sets it'),
});

export const chatMessageBody = z.strictObject({
  text: z.string().trim().min(1, 'must not be empty').max(4000).describe('The message; secrets are masked before storage (R45)'),
  choice: z.string().min(1).max(100).optional().describe('The value of the bot option the customer picked (text then holds its label)'),
  internal: z.boolean().default(false).describe('Agents only: an internal note, never shown to the customer'),
  clientId: z.string().min(1).max(100).optional().describe('The sender\'s id for this message; a resend with the same id is stored once'),
});

/**
 * The text parts of a file upload in a chat (POST /chats/:id/attachments, multipart/form-data with
 * one file part named `file`); values arrive as strings.
 */
export const chatAttachmentForm = z.strictObject({
  text: z.string().trim().max(4000).default('').describe('A caption for the file; secrets are masked before storage (R45)'),
  clientId: z.string().min(1).max(100).optional().describe('The sender\'s id for this upload; a resend with the same id is stored once'),
});

export const listChatsQuery = z.object({
  ...listQueryBase,
  status: z
    .string()
    .regex(/^(bot|waiting|active|closed)(,(bot|waiting|active|closed))*$/, 'must be statuses separated by commas')
    .optional()
    .describe('One status or several separated by commas; waiting chats come in arrival order'),
  teamId: z.string().uuid().optional().describe('Only this team\'s chats'),
  assigneeId: z.union([z.string().uuid(), z.literal('me')]).optional().describe('Only chats handled by this agent, or "me"'),
});

export const transferChatBody = z
  .strictObject({
    teamId: z.string().uuid().optional().describe('Move the chat to this team\'s queue'),
    agentId: z.string().uuid().optional().describe('Hand the chat to this agent'),
  })
  .refine((v) => Boolean(v.teamId) !== Boolean(v.agentId), 'name either teamId or agentId');

export const convertChatBody = z.strictObject({
  subject: z.string().trim().min(1).max(500).optional().describe('Default: "Chat <publicId>: " and the customer\'s first words'),
  categoryId: z.string().uuid().optional(),
  teamId: z.string().uuid().optional().describe('Default: the chat\'s team'),
  assigneeId: z.string().uuid().optional(),
  priority: z.enum(['low', 'medium', 'high', 'urgent']).optional(),
});

export const readChatBody = z.strictObject({
  messageId: z.string().uuid().describe('The newest message the reader has seen'),
});

export const widgetSessionBody = z
  .strictObject({
    email: email.describe('The customer\'s email'),
    hash: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex digits').optional().describe('HMAC-SHA256 of the lower-cased email with WIDGET_SECRET, from the host product'),
    code: z.string().regex(/^\d{6}$/, 'must be 6 digits').optional().describe('The code emailed by POST /chats/widget-session/code'),
    name: z.string().trim().min(1).max(200).optional().describe('Display name for a customer met for the first time (hash only)'),
  })
  .refine((v) => Boolean(v.hash) !== Boolean(v.code), 'send either hash or code');

export const widgetCodeBody = z.strictObject({ email: email.describe('Where to send a 6-digit sign-in code') });

const option = z.object({ value: z.string(), label: z.string() });
const article = z.object({ id: z.string(), title: z.string(), url: z.string() });

export const chatMessageView = z.object({
  id: z.string(),
  chatId: z.string(),
  kind: z.enum(['customer', 'agent', 'bot', 'system', 'note']).describe('note = internal, agents only'),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  text: z.string(),
  options: z.array(option).nullable().describe('Bot prompts: the answers to pick from'),
  input: z.enum(['choice', 'text', 'none']).nullable().describe('Bot prompts: what kind of answer is expected'),
  articles: z.array(article).nullable().describe('Bot prompts: suggested help-center articles (R14)'),
  clientId: z.string().nullable(),
  attachments: z.array(attachmentView).describe('Files sent with the line (images, logs); empty for most lines'),
  createdAt: timestamp,
});

export const chatView = z.object({
  id: z.string(),
  publicId: z.string().describe('The short chat ID shown to the customer (R35)'),
  status: chatStatus,
  queuePosition: z.number().int().nullable().describe('1 = next; null unless waiting'),
  customerId: z.string(),
  customerName: z.string().nullable(),
  organizationId: z.string().nullable(),
  teamId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  agentIds: z.array(z.string()).describe('Every agent who joined'),
  language: z.string().nullable(),
  categoryId: z.string().nullable(),
  ticketId: z.string().nullable().describe('The ticket the chat became (bot or convert)'),
  botStep: z.string().nullable().describe('The intake question the bot waits on (R5)'),
  intake: z.record(z.string(), z.string()).describe('Answers collected by the bot'),
  closeReason: z.string().nullable(),
  offHours: z.boolean().describe('The chat team is outside business hours now (R8)'),
  notice: z.string().nullable().describe('A message to show with the chat, e.g. the off-hours offer of a ticket'),
  customerReadId: z.string().nullable(),
  agentReadId: z.string().nullable(),
  createdAt: timestamp,
  queuedAt: timestamp.nullable(),
  acceptedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  lastMessageAt: timestamp,
});

export const chatPage = page(chatView);
export const chatMessagesView = z.object({ items: z.array(chatMessageView) });

export const widgetSessionView = z.object({
  token: z.string().describe('Send as X-Atende-Widget-Token, or ?token= on the chat socket; chat API only'),
  expiresAt: timestamp,
  person: z.object({ id: z.string(), name: z.string() }),
});

export type StartChat = z.infer<typeof startChatBody>;
export type ChatMessageInput = z.infer<typeof chatMessageBody>;
export type ChatAttachmentForm = z.infer<typeof chatAttachmentForm>;
export type ListChats = z.infer<typeof listChatsQuery>;
export type TransferChat = z.infer<typeof transferChatBody>;
export type ConvertChat = z.infer<typeof convertChatBody>;
export type ChatView = z.infer<typeof chatView>;
export type ChatMessageView = z.infer<typeof chatMessageView>;
