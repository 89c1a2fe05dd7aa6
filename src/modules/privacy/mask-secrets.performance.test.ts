import { describe, expect, it } from 'vitest';
import { maskSecrets } from './mask-secrets';
import { D360_API_KEY, JWT, STRIPE_LIVE_KEY } from './fake-secrets.fixture';

const ONE_MB = 1 << 20;

function repeatTo(size: number, unit: string): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * The fastest of a few runs: the budget is about the algorithm, and on a shared CI machine a single
 * run also measures whoever else is busy (a pattern that backtracks is slow on every run).
 */
function timeToMask(text: string, runs = 3): number {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    maskSecrets(text);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

// A day of tickets in one text: ordinary support prose in five languages, with a secret now and then.
const SUPPORT_DAY = repeatTo(
  ONE_MB,
  [
    'Hi, the WhatsApp channel stopped delivering messages since 2024-05-17T10:30:00Z, order 1234567890123. ',
    'Oi, o pedido #2024051712345678 não chegou, meu telefone é +55 11 91234-5678 e o CNPJ 12.345.678/0001-95. ',
    'Hola, olvidé mi contraseña y el enlace de recuperación no llega. ',
    'Hallo, mein Passwort ist geheim123, die Rechnung 550e8400-e29b-41d4-a716-446655440000 fehlt. ',
    'Здравствуйте, оплата картой 4111 1111 1111 1111 не проходит. ',
    `curl -H "D360-API-KEY: ${D360_API_KEY}" -H "Authorization: Bearer ${JWT}" https://waba-v2.360dialog.io/messages `,
    `We set STRIPE_SECRET_KEY=${STRIPE_LIVE_KEY} yesterday.\n`,
    'The dashboard is slow when I open the queue with more than 500 tickets, can you check? Thanks!\n'.repeat(8),
  ].join(''),
);

// Inputs built to make a careless pattern backtrack: long runs of what a token, label or number
// begins with, and never what ends it.
const PATHOLOGICAL: Array<[string, string]> = [
  ['one letter repeated', 'a'.repeat(ONE_MB)],
  ['digits separated by spaces', repeatTo(ONE_MB, '4 ')],
  ['four-digit groups', repeatTo(ONE_MB, '4111 ')],
  ['digits separated by dashes', repeatTo(ONE_MB, '1-')],
  ['Stripe prefixes', repeatTo(ONE_MB, 'sk_live_')],
  ['JWT headers without payloads', repeatTo(ONE_MB, 'eyJ')],
  ['labels with unclosed quotes', repeatTo(ONE_MB, 'password: "x')],
  ['labels in prose without a value', repeatTo(ONE_MB, 'password is ')],
  ['PEM headers without an end', repeatTo(ONE_MB, '-----BEGIN PRIVATE KEY-----')],
  ['a PEM header then a megabyte of base64', `-----BEGIN PRIVATE KEY-----\n${repeatTo(ONE_MB, 'QUFB')}`],
  ['URL schemes without credentials', repeatTo(ONE_MB, 'https://a:')],
  ['a URL user name a megabyte long', `https://${'u'.repeat(ONE_MB)}:`],
  ['bearer without a token', repeatTo(ONE_MB, 'Bearer ')],
  ['authorization headers chained', repeatTo(ONE_MB, 'authorization=')],
  ['a label then a megabyte of dots', `password: ${'.'.repeat(ONE_MB)}`],
  ['a label then a megabyte of spaces', `password:${' '.repeat(ONE_MB)}`],
  ['masked values', repeatTo(ONE_MB, 'sk_l****F1gH ')],
];

describe('when a very large text arrives', () => {
  it('masks a megabyte of support messages in under a second', () => {
    expect(timeToMask(SUPPORT_DAY)).toBeLessThan(1000);
  });

  it.each(PATHOLOGICAL)('masks a megabyte of %s in under a second', (_shape, text) => {
    expect(timeToMask(text, 2)).toBeLessThan(1000);
  });
});
