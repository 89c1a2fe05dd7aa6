import { hash, verify } from '@node-rs/argon2';

/** Hashes a password with argon2id (the library's defaults follow OWASP's current advice). */
export const hashPassword = (password: string): Promise<string> => hash(password);

// A fixed hash to verify against when the person is unknown, so timing does not reveal who exists.
let decoy: Promise<string> | null = null;

/** Checks a password against a stored hash; an absent hash still costs one verification. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    decoy ??= hash('decoy-password-for-unknown-people');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
