import { describe, expect, it } from 'vitest';
import { isMaskedValue, maskValue } from './mask-value';

describe('how much of a secret stays visible', () => {
  it.each([
    ['a short password, hidden whole', 'abc123', '****'],
    ['an 8-character password, hidden whole since 4 + 4 would be all of it', 'Abc12345', '****'],
    ['a 9-character password, keeping 2 at each end so most of it stays hidden', 'geheim123', 'ge****23'],
    ['a 12-character password, keeping 3 at each end', 'Sommer2024!x', 'Som****4!x'],
    ['an API key, keeping its first and last 4 characters', 'kZx9QpL2mN7vB4cR8tY1wE6u', 'kZx9****wE6u'],
    ['a passphrase with emoji, never splitting one', '🔑🔑secret-phrase🔑🔑', '🔑🔑se****se🔑🔑'],
  ])('%s', (_situation, secret, masked) => {
    expect(maskValue(secret)).toBe(masked);
  });
});

describe('recognising what is already masked', () => {
  it.each(['****', 'ge****23', 'kZx9****wE6u', '4111 **** 1111', '5555-****-4444', '\n****\n', '\\n****\\n'])(
    'treats %j as masked',
    (value) => {
      expect(isMaskedValue(value)).toBe(true);
      expect(isMaskedValue(maskValue(value))).toBe(true);
    },
  );

  it.each(['hunter2', 'AKIAIOSFODNN7EXAMPLE****', '****AKIAIOSFODNN7EXAMPLE', 'pass****word-and-more'])(
    'still masks %j, a secret beside a customer’s own asterisks',
    (value) => {
      expect(isMaskedValue(value)).toBe(false);
    },
  );
});
