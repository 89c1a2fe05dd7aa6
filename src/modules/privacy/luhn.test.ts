import { describe, expect, it } from 'vitest';
import { passesLuhn } from './luhn';

describe('the Luhn check', () => {
  it.each(['4111111111111111', '5555555555554444', '378282246310005', '6062828888666688', '2200123456789019'])(
    'accepts the test card %s',
    (digits) => expect(passesLuhn(digits)).toBe(true),
  );

  it.each(['4111111111111112', '5511912345678', '1715941800000', '12345678000195', ''])(
    'rejects %j',
    (digits) => expect(passesLuhn(digits)).toBe(false),
  );
});
