import { randomInt } from 'node:crypto';

// Letters and digits a customer can read aloud or copy from a phone without doubt: no 0/O, 1/I/L.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 6;

/** A new short chat id for the widget (R35): 31^6 ≈ 887 million values; the table keeps them unique. */
export function newPublicChatId(): string {
  let id = '';
  for (let i = 0; i < LENGTH; i++) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
}

/** Whether a text has the shape of a public chat id (before asking the database). */
export const isPublicChatId = (value: string): boolean => new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(value);
