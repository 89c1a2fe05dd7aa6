import { z } from 'zod';
import { phone } from '../people/person.schemas';

const note = z.string().trim().min(1).max(2000);

/** POST /tickets/:id/callback: an agent promises to phone the customer (R11). */
export const requestCallbackBody = z.strictObject({
  phone: phone.optional().describe("The number to call; the requester's phone when left out"),
  note: note.optional().describe('What the call must find out; kept in the ticket history, which customers do not see'),
});

/** POST /tickets/:id/callback/done: the call was made. */
export const completeCallbackBody = z.strictObject({
  note: note.optional().describe('What the call found out; kept in the ticket history, which customers do not see'),
});

/** The call-back as the ticket's `sla.callback` shows it; null when none was ever requested. */
export const callbackView = z
  .object({
    requestedAt: z.string().describe('When the call-back was requested (ISO 8601 UTC)'),
    requestedById: z.string().describe('The agent who requested it'),
    phone: z.string().describe('The number to call, digits and an optional leading +'),
    completedAt: z.string().nullable().describe('When an agent recorded the call; null while it is still to be made'),
    completedById: z.string().nullable().describe('The agent who recorded the call'),
  })
  .nullable();

export type RequestCallback = z.infer<typeof requestCallbackBody>;
export type CompleteCallback = z.infer<typeof completeCallbackBody>;
