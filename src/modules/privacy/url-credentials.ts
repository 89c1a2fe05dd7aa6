import { maskValue } from './mask-value';
import type { SecretDetector, SecretFinding } from './secret-kind';

// `postgres://app:S3cret@db:5432/app`, `https://user:pass@host`; the user name stays visible.
// Unbounded on purpose: a bound would let masking (which shortens text) bring a match into range on
// the second pass. The scan stays linear because a user or password part cannot run past a `/`.
const URL_USERINFO = /(?<!\*\*\*\*)(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/[^\s/?#@:]*:(?<password>[^\s/?#@]+)@/g;

// `curl -u user:pass`, `--user=user:pass`. An empty password (`-u sk_test_…:`, Stripe's style) has
// nothing to hide here; the key itself is caught by provider-tokens.ts.
const CURL_USER = /(?<!\S)(?:-u|--user)(?:[ \t]+|=)["']?[^\s:"']*:(?<password>[^\s"']+)/g;

/** Detects passwords embedded in URLs and in curl's `-u user:password`. */
export const urlCredentials: SecretDetector = {
  name: 'url credentials',
  find(text) {
    const findings: SecretFinding[] = [];
    for (const pattern of [URL_USERINFO, CURL_USER]) {
      for (const match of text.matchAll(pattern)) {
        const password = match.groups!.password;
        // The password is the last group before the pattern's closing `@` (URL) or the end (curl).
        const end = match.index + match[0].length - (pattern === URL_USERINFO ? 1 : 0);
        findings.push({ kind: 'password', start: end - password.length, end, replacement: maskValue(password) });
      }
    }
    return findings;
  },
};
