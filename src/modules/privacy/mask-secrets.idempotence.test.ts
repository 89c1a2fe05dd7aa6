import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSecrets } from './mask-secrets';
import * as fakes from './fake-secrets.fixture';

const SECRETS = Object.values(fakes);
const CARDS = ['4111 1111 1111 1111', '5555-5555-5555-4444', '378282246310005', '2200 1234 5678 9019'];
const LABELS = [
  'password', 'senha', 'Passwort', 'пароль', 'contraseña', 'clave', 'pwd', 'pass', 'api_key', 'x-api-key',
  '"apiKey"', 'token', 'access_token', 'D360-API-KEY', 'aws_secret_access_key', 'Authorization', 'Bearer',
  'Basic', 'https://user', 'postgres://', 'curl -u admin', '-----BEGIN RSA PRIVATE KEY-----',
  '-----END RSA PRIVATE KEY-----', 'chave da API', 'ist', 'é', 'es', 'is', '—',
];
const GLUE = [': ', '=', ':', ' ', '"', "'", '\\"', '\n', '\\n', '@', '&', ',', '.', '!', '-', '_', '*', '****', '„', '“', '#', '+'];

// Realistic pieces glued in random order, plus raw noise, so the checker also builds the odd
// adjacencies (a key right after a label, a card after a masked value) that examples never show.
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SECRETS, ...CARDS) },
  { weight: 4, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 5, arbitrary: fc.constantFrom(...GLUE) },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9 -]{1,24}$/) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);
const message = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));

describe('when a text is masked twice', () => {
  it('changes nothing and reports nothing the second time', () => {
    fc.assert(
      fc.property(message, (text) => {
        const once = maskSecrets(text);
        const twice = maskSecrets(once.text);
        expect(twice.text).toBe(once.text);
        expect(twice.masked).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the masked output of every realistic example stable', () => {
    for (const secret of SECRETS) {
      const once = maskSecrets(`senha: x\nkey ${secret}\ncard 4111 1111 1111 1111`).text;
      expect(maskSecrets(once).text).toBe(once);
    }
  });
});

// Secrets with a provider's shape are found wherever they stand. (An AWS secret, a 360dialog key and
// a private key body have no shape of their own; they are found only after their label or marker.)
const SELF_EVIDENT = [
  ...SECRETS.filter((s) => ![fakes.STRIPE_PUBLISHABLE_KEY, fakes.AWS_SECRET_ACCESS_KEY, fakes.D360_API_KEY, fakes.PRIVATE_KEY_BODY].includes(s)),
  ...CARDS,
];

describe('when a message carries provider keys or cards among other words', () => {
  it('never lets one of them through whole', () => {
    const word = fc.oneof(fc.constantFrom(...LABELS, 'hello', 'obrigado', '2024-05-17', '+55 11 91234-5678'), fc.string({ maxLength: 10 }));
    const spaced = fc
      .array(fc.oneof(word, fc.constantFrom(...SELF_EVIDENT)), { maxLength: 12 })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(spaced, (text) => {
        const masked = maskSecrets(text).text;
        for (const secret of SELF_EVIDENT) expect(masked).not.toContain(secret);
      }),
      { numRuns: 2000 },
    );
  });
});
