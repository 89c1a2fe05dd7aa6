import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The identity token a host product puts on the widget tag (`data-user-hash`): HMAC-SHA256 of the
 * customer's lower-cased, trimmed email with the desk's WIDGET_SECRET, in hex. The host computes it
 * on its server, so a visitor cannot claim someone else's email.
 */
export function widgetIdentityHash(secret: string, email: string): string {
  return createHmac('sha256', secret).update(email.trim().toLowerCase()).digest('hex');
}

/** Whether a hash vouches for an email; constant-time, and false when no secret is configured. */
export function verifyWidgetIdentity(secret: string | undefined, email: string, hash: string): boolean {
  if (!secret || !/^[0-9a-fA-F]{64}$/.test(hash)) return false;
  const expected = Buffer.from(widgetIdentityHash(secret, email), 'hex');
  return timingSafeEqual(expected, Buffer.from(hash.toLowerCase(), 'hex'));
}
