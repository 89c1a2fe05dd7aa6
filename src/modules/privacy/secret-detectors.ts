import { authorizationHeaders } from './authorization-headers';
import { cardNumbers } from './card-numbers';
import { credentialLabels } from './credential-labels';
import { passwordLabels } from './password-labels';
import { privateKeys } from './private-keys';
import { providerTokens } from './provider-tokens';
import type { SecretDetector } from './secret-kind';
import { urlCredentials } from './url-credentials';

/**
 * Every detector the desk runs, most specific first. Where two find the very same span
 * (`"apiKey": "sk_live_…"` is both a labelled value and a Stripe key) the earlier one names it.
 */
export const SECRET_DETECTORS: readonly SecretDetector[] = [
  privateKeys,
  providerTokens,
  cardNumbers,
  authorizationHeaders,
  urlCredentials,
  credentialLabels,
  passwordLabels,
];
