import { SECRET_MARKER } from './mask-value';
import type { SecretDetector, SecretFinding } from './secret-kind';

// RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP … private keys; public keys and certificates are not secret.
const PEM_MARKER = /-----(BEGIN|END) (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g;

// A key pasted inside JSON (a Google service account file) has literal `\n` escapes, not newlines.
function lineBreakLength(text: string, i: number): number {
  if (text[i] === '\n') return 1;
  if (text[i] === '\r' && text[i + 1] === '\n') return 2;
  if (text[i] === '\\' && (text[i + 1] === 'n' || text[i + 1] === 'r')) return 2;
  return 0;
}

function blankLength(text: string, i: number): number {
  return lineBreakLength(text, i) || (/\s/.test(text[i] ?? '') ? 1 : 0);
}

/**
 * Where the body of a key whose END line never came (a truncated paste) stops, so the customer's own
 * words after the key stay readable: key material is base64 in chunks too long to be words (lines
 * are 64 characters); a shorter chunk can only be the last line, and a blank line ends the key.
 */
function unterminatedBodyEnd(text: string, from: number, limit: number): number {
  let end = from;
  let p = from;
  while (p < limit) {
    let lineBreaks = 0;
    let blank: number;
    while (p < limit && (blank = blankLength(text, p))) {
      if (lineBreakLength(text, p) > 0) lineBreaks++;
      p += blank;
    }
    if (end > from && lineBreaks > 1) break;
    let q = p;
    while (q < limit && /[A-Za-z0-9+/=]/.test(text[q])) q++;
    if (q === p) break;
    const endsLine = q >= limit || lineBreakLength(text, q) > 0;
    const isShort = q - p < 40;
    if (isShort && !endsLine) break;
    if (!endsLine && blankLength(text, q) === 0) break;
    end = q;
    p = q;
    if (isShort) break;
  }
  return end;
}

/** Replaces the body of a key with the marker, keeping its line breaks so the block still reads as one. */
function maskBody(text: string, start: number, end: number): SecretFinding | undefined {
  let coreStart = start;
  let blank: number;
  while (coreStart < end && (blank = blankLength(text, coreStart))) coreStart += blank;
  let coreEnd = end;
  while (coreEnd > coreStart && blankBefore(text, coreEnd) > 0) coreEnd -= blankBefore(text, coreEnd);
  if (coreEnd <= coreStart) return undefined;
  return {
    kind: 'private_key',
    start,
    end,
    replacement: text.slice(start, coreStart) + SECRET_MARKER + text.slice(coreEnd, end),
  };
}

function blankBefore(text: string, i: number): number {
  if (text[i - 2] === '\\' && (text[i - 1] === 'n' || text[i - 1] === 'r')) return 2;
  return /\s/.test(text[i - 1] ?? '') ? 1 : 0;
}

/**
 * Detects PEM private key blocks and hides their whole body: no part of a private key is safe to
 * show, unlike API keys whose ends help a customer recognise which one they pasted.
 */
export const privateKeys: SecretDetector = {
  name: 'private keys',
  find(text) {
    const findings: SecretFinding[] = [];
    let bodyStart: number | undefined;
    const closeUnterminated = (limit: number) => {
      if (bodyStart === undefined) return;
      const finding = maskBody(text, bodyStart, unterminatedBodyEnd(text, bodyStart, limit));
      if (finding) findings.push(finding);
    };
    for (const marker of text.matchAll(PEM_MARKER)) {
      if (marker[1] === 'BEGIN') {
        closeUnterminated(marker.index);
        bodyStart = marker.index + marker[0].length;
      } else if (bodyStart !== undefined) {
        const finding = maskBody(text, bodyStart, marker.index);
        if (finding) findings.push(finding);
        bodyStart = undefined;
      }
    }
    closeUnterminated(text.length);
    return findings;
  },
};
