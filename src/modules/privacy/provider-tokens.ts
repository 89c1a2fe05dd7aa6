import { maskValue } from './mask-value';
import type { SecretDetector, SecretFinding, SecretKind } from './secret-kind';

interface TokenPattern {
  kind: SecretKind;
  /**
   * Global regex for the whole token. Each starts with a look-behind on its own body characters, so
   * it can only begin where a token could begin; that keeps the scan linear on long runs.
   */
  pattern: RegExp;
  /** Prefixes that also begin ordinary words (`sk-`, `xoxb-`) need a body mixing letters and digits. */
  mustMixLettersAndDigits?: boolean;
}

/**
 * API keys and tokens whose provider gives them a recognisable shape, so they are found anywhere —
 * no label needed. Stripe publishable keys (`pk_live_`, `pk_test_`) are deliberately absent: they
 * are public by design, shipped in every checkout page, and masking them would only hide the one
 * clue an agent needs to tell which Stripe account a customer means.
 */
const TOKEN_PATTERNS: readonly TokenPattern[] = [
  // Secret and restricted keys, and webhook signing secrets.
  { kind: 'stripe_key', pattern: /(?<!\*\*\*\*)(?<![A-Za-z0-9_])(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9]{20,})/g },
  // Access key ids (long-lived AKIA, temporary ASIA); the secret half has no prefix, see credential-labels.ts.
  { kind: 'aws_access_key', pattern: /(?<!\*\*\*\*)(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g },
  { kind: 'github_token', pattern: /(?<!\*\*\*\*)(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g },
  { kind: 'slack_token', pattern: /(?<!\*\*\*\*)(?<![A-Za-z0-9_-])(?:xox[abposr]|xapp)-[A-Za-z0-9-]{10,}/g, mustMixLettersAndDigits: true },
  { kind: 'anthropic_key', pattern: /(?<!\*\*\*\*)(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,}/g },
  // Legacy `sk-…`, project `sk-proj-…`, service-account `sk-svcacct-…` keys.
  { kind: 'openai_key', pattern: /(?<!\*\*\*\*)(?<![A-Za-z0-9_-])sk-(?!ant-)[A-Za-z0-9_-]{20,}/g, mustMixLettersAndDigits: true },
  { kind: 'google_api_key', pattern: /(?<!\*\*\*\*)(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{30,}/g },
  { kind: 'sendgrid_key', pattern: /(?<!\*\*\*\*)(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g },
  // API key SIDs (SK) and account SIDs (AC) are 32 lowercase hex digits; auth tokens have no prefix.
  { kind: 'twilio_key', pattern: /(?<!\*\*\*\*)(?<![A-Za-z0-9])(?:SK|AC)[0-9a-f]{32}(?![A-Za-z0-9])/g },
  // WhatsApp Cloud API and other Graph API access tokens.
  { kind: 'meta_access_token', pattern: /(?<!\*\*\*\*)(?<![A-Za-z0-9])EAA[A-Za-z0-9]{30,}/g, mustMixLettersAndDigits: true },
  // Header and payload are base64url JSON objects, so both begin with `eyJ` (`{"`).
  { kind: 'jwt', pattern: /(?<!\*\*\*\*)(?<![A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g },
];

function mixesLettersAndDigits(token: string): boolean {
  return /[0-9]/.test(token) && /[A-Za-z]/.test(token);
}

/** Detects provider-shaped keys and tokens (Stripe, AWS, GitHub, Slack, OpenAI, Google, …) anywhere in a text. */
export const providerTokens: SecretDetector = {
  name: 'provider tokens',
  find(text) {
    const findings: SecretFinding[] = [];
    for (const { kind, pattern, mustMixLettersAndDigits } of TOKEN_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const token = match[0];
        if (mustMixLettersAndDigits && !mixesLettersAndDigits(token)) continue;
        findings.push({ kind, start: match.index, end: match.index + token.length, replacement: maskValue(token) });
      }
    }
    return findings;
  },
};
