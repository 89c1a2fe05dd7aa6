import { maskValue } from './mask-value';
import type { SecretDetector, SecretFinding, SecretKind } from './secret-kind';

// Token characters of RFC 6750 (Bearer) and base64 (Basic), plus the marker so that an already
// masked credential is read whole, not cut short at its hidden middle.
const CREDENTIAL = String.raw`[A-Za-z0-9._~+/=*-]+`;

// `Authorization: Bearer x`, `-H 'authorization: Basic x'`, `"Authorization": "Token x"`, `authorization=x`.
// The scheme stays visible: it tells an agent how the customer authenticates without revealing anything.
const AUTHORIZATION_HEADER = new RegExp(
  String.raw`(?<!\*\*\*\*)(?<![A-Za-z0-9])authorization\\?["']?[ \t]*[:=][ \t]*\\?["']?[ \t]*(?:(?<scheme>bearer|basic|token|bot)[ \t]+)?(?<credential>${CREDENTIAL})`,
  'gi',
);

// A bearer token outside a header ("I call it with Bearer eyJ…"): only when it looks generated,
// since "bearer" is also an English word ("the bearer of this card").
const LOOSE_BEARER = new RegExp(String.raw`(?<!\*\*\*\*)(?<![A-Za-z0-9])bearer[ \t]+(?<credential>${CREDENTIAL})`, 'gi');

const SCHEMES = new Set(['bearer', 'basic', 'token', 'bot']);

function kindOfScheme(scheme: string | undefined): SecretKind {
  if (scheme === undefined) return 'api_key';
  return scheme.toLowerCase() === 'basic' ? 'basic_auth' : 'bearer_token';
}

function finding(match: RegExpMatchArray, kind: SecretKind): SecretFinding {
  const credential = match.groups!.credential;
  const end = match.index! + match[0].length;
  return { kind, start: end - credential.length, end, replacement: maskValue(credential) };
}

/**
 * Detects credentials in Authorization headers (any scheme; a bare `Basic` word in prose is left
 * alone because "Basic plan" is not a header) and bearer tokens quoted outside one.
 */
export const authorizationHeaders: SecretDetector = {
  name: 'authorization headers',
  find(text) {
    const findings: SecretFinding[] = [];
    for (const match of text.matchAll(AUTHORIZATION_HEADER)) {
      const { scheme, credential } = match.groups!;
      // `Authorization: Bearer $TOKEN` backtracks to read the scheme itself as the credential, and
      // "Authorization: pending approval" is prose: without a scheme, only a generated-looking value counts.
      if (scheme === undefined && (SCHEMES.has(credential.toLowerCase()) || credential.length < 8 || !/[0-9]/.test(credential))) continue;
      findings.push(finding(match, kindOfScheme(scheme)));
    }
    for (const match of text.matchAll(LOOSE_BEARER)) {
      const credential = match.groups!.credential;
      if (credential.length < 16 || !/[0-9]/.test(credential) || !/[A-Za-z]/.test(credential)) continue;
      findings.push(finding(match, 'bearer_token'));
    }
    return findings;
  },
};
