import type { AddressObject, EmailAddress } from 'mailparser';

export interface Mailbox {
  address: string;
  name: string;
}

// Deliberately loose: one @, something on each side, a dot in the domain, no spaces or brackets.
const plausible = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

/** A lower-cased address, or null when it cannot be one. */
export function normalizeAddress(value: string | null | undefined): string | null {
  const address = (value ?? '').trim().replace(/^<|>$/g, '').toLowerCase();
  return address.length <= 320 && plausible.test(address) ? address : null;
}

/** Every mailbox of an address header (groups flattened), with normalized addresses. */
export function mailboxesOf(header: AddressObject | AddressObject[] | undefined): Mailbox[] {
  const objects = header ? (Array.isArray(header) ? header : [header]) : [];
  const out: Mailbox[] = [];
  const visit = (entry: EmailAddress) => {
    if (entry.group) entry.group.forEach(visit);
    const address = normalizeAddress(entry.address);
    if (address) out.push({ address, name: entry.name ?? '' });
  };
  for (const object of objects) object.value.forEach(visit);
  return out;
}

/** The addresses that are the desk's own: SUPPORT_EMAIL and the envelope recipients of this mail. */
export function ownAddresses(supportEmail: string, envelopeTo: string[]): Set<string> {
  const own = new Set<string>();
  for (const a of [supportEmail, ...envelopeTo]) {
    const normalized = normalizeAddress(a);
    if (normalized) own.add(normalized);
  }
  return own;
}
