/**
 * The job that processes one stored inbound message. Its handler lives with the email channel
 * (`src/channels/email/inbound-mail-job.ts`); the name is here so receiving can enqueue it.
 */
export const PROCESS_INBOUND_MAIL_JOB = 'inbound-mail.process';

/** Processing attempts before a message is kept as failed; a broken mail is never retried in a loop. */
export const MAX_INBOUND_ATTEMPTS = 3;
