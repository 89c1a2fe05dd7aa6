import { labelledValues } from './labelled-values';
import type { SecretKind } from './secret-kind';

/**
 * Labels that announce an API key, token or secret in headers (`x-api-key:`), query strings
 * (`?access_token=`), JSON (`"apiKey":`), env files (`OPENAI_API_KEY=`) and prose in the five
 * languages. A prefix is allowed (`STRIPE_SECRET_KEY`, `x-api-key`), a suffix is not
 * (`token_type`, `api_key_id` name things that are not secret).
 */
export const CREDENTIAL_LABELS = [
  String.raw`d360[ _-]?api[ _-]?key`,
  String.raw`(?:aws[ _-]?)?secret[ _-]?access[ _-]?key`,
  String.raw`aws[ _-]?secret[ _-]?key`,
  String.raw`(?:aws[ _-]?)?session[ _-]?token`,
  String.raw`api[ _-]?(?:key|secret|token|schlüssel|ключ|токен)`,
  String.raw`(?:access|auth|refresh|bot)[ _-]?token`,
  String.raw`(?:client|app|webhook|consumer)[ _-]?secret`,
  String.raw`secret[ _-]?key`,
  String.raw`chave(?:[ \t]+d[ae])?[ \t]+api`,
  String.raw`clave(?:[ \t]+de)?(?:[ \t]+la)?[ \t]+api`,
  String.raw`(?:ключ|токен)(?:[ \t]+api)?`,
  String.raw`secret`,
  String.raw`token`,
].join('|');

/** The kind announced by a credential label: 360dialog and AWS secrets get their own, the rest are API keys. */
export function credentialKind(label: string): SecretKind {
  const normalised = label.toLowerCase().replace(/[ _-]/g, '');
  if (normalised.startsWith('d360')) return 'd360_api_key';
  if (normalised.startsWith('aws') || normalised.includes('secretaccesskey')) return 'aws_secret_key';
  return 'api_key';
}

/**
 * Detects the value after an API key or token label. This is the only way to find secrets without a
 * recognisable shape: the AWS secret access key, 360dialog's D360-API-KEY, Twilio auth tokens.
 */
export const credentialLabels = labelledValues({
  name: 'credential labels',
  labels: CREDENTIAL_LABELS,
  kindOf: credentialKind,
});
