/**
 * The vocabulary of secret masking: which kinds of secret the desk recognises, what a detector
 * reports, and the contract every detector keeps.
 */

/** Every kind of secret the desk masks; recorded next to the masked text so audits can count them. */
export type SecretKind =
  | 'private_key'
  | 'stripe_key'
  | 'aws_access_key'
  | 'aws_secret_key'
  | 'github_token'
  | 'slack_token'
  | 'openai_key'
  | 'anthropic_key'
  | 'google_api_key'
  | 'sendgrid_key'
  | 'twilio_key'
  | 'meta_access_token'
  | 'd360_api_key'
  | 'jwt'
  | 'bearer_token'
  | 'basic_auth'
  | 'api_key'
  | 'password'
  | 'card_number';

/** One secret found in a text: the span [start, end) to replace, and what replaces it. */
export interface SecretFinding {
  kind: SecretKind;
  start: number;
  end: number;
  replacement: string;
}

/**
 * Finds one family of secrets in a text.
 *
 * To add a family: write a module exporting a `SecretDetector` and list it in `secret-detectors.ts`.
 * A detector must
 * - run in linear time on any input: every regex starts where its own token cannot continue (a
 *   look-behind on its body characters), so the engine never re-scans a long run from each of its
 *   characters, and every other scan stops at a character its value cannot contain;
 * - report only the secret value, never its label (`senha: ` stays readable);
 * - report values even when they are already masked: `maskSecrets` leaves a stretch in masked form
 *   as it is, but the masked value must still claim its place, or a shorter overlapping finding
 *   that lost to it the first time would win the second time;
 * - never start right after the marker (`(?<!\*\*\*\*)`): what follows it is the kept tail of a
 *   masked secret, which can read as a label or a token once its original neighbours are gone.
 * Both keep masking twice equal to masking once.
 */
export interface SecretDetector {
  name: string;
  find(text: string): SecretFinding[];
}
