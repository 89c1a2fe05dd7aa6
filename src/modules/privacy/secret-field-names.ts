import { credentialKind } from './credential-labels';
import type { SecretKind } from './secret-kind';

const PASSWORD_WORDS = new Set(['password', 'passwd', 'passphrase', 'passwort', 'kennwort', 'pwd', 'pass', 'senha', 'contraseña', 'contrasena', 'clave', 'пароль']);
// A confirmation field holds the same password as the field it confirms.
const CONFIRMATION_WORDS = new Set(['confirmation', 'confirm', 'again', 'repeat', 'confirmacao', 'confirmação']);
const CREDENTIAL_ENDINGS = [
  'api key', 'apikey', 'api secret', 'api token', 'access token', 'auth token', 'refresh token', 'bot token',
  'session token', 'secret access key', 'secret key', 'client secret', 'app secret', 'webhook secret',
  'consumer secret', 'secret', 'token', 'authorization',
];

/** `DB_PASSWORD`, `newPassword`, `x-api-key`, `XApiKey` → `db password`, `new password`, `x api key`, `x api key`. */
function wordsOf(name: string): string[] {
  return name
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The kind of secret a form or JSON field holds, judged by its name alone, or undefined for an
 * ordinary field. An intake field named `senha` or `api_key` is secret whatever its value looks like:
 * there is no label inside the value for the text rules to see.
 */
export function secretKindForFieldName(name: string): SecretKind | undefined {
  const words = wordsOf(name);
  const last = words.at(-1);
  if (last === undefined) return undefined;
  if (PASSWORD_WORDS.has(last)) return 'password';
  if (words.length > 1 && CONFIRMATION_WORDS.has(last) && PASSWORD_WORDS.has(words.at(-2)!)) return 'password';
  const phrase = words.join(' ');
  if (phrase === 'authorization' || phrase.endsWith(' authorization')) return 'bearer_token';
  for (const ending of CREDENTIAL_ENDINGS) {
    if (phrase === ending || phrase.endsWith(` ${ending}`)) return credentialKind(phrase);
  }
  return undefined;
}
