import { z } from 'zod';
import { exponentialBackoff, type JobDefinition } from '../../jobs/job-types';
import { CHAT_AUTO_CLOSE_JOB } from './chat-auto-close';
import { autoCloseChat } from './commands/auto-close-chat';

/** Closes a chat that waited too long for the customer (R40), unless they answered meanwhile. */
export const chatAutoCloseJob: JobDefinition = {
  name: CHAT_AUTO_CLOSE_JOB,
  payload: z.object({ chatId: z.string().uuid() }),
  maxAttempts: 5,
  backoffMs: exponentialBackoff(30_000),
  handle: (ctx, payload) => autoCloseChat(ctx, payload as { chatId: string }),
};
