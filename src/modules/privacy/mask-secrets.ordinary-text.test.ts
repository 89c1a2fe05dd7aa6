import { describe, expect, it } from 'vitest';
import { maskSecrets } from './mask-secrets';
import { STRIPE_PUBLISHABLE_KEY } from './fake-secrets.fixture';

// Support messages are full of long numbers and of the word "password"; none of these hold a secret,
// and masking them would hide exactly what an agent needs to help.
describe('when a message holds numbers that are not card numbers', () => {
  it.each([
    ['an order number that fails the Luhn check', 'Order 4111 1111 1111 1112 never arrived'],
    ['an order number behind a hash sign', 'Pedido #4111111111111111 ainda não chegou'],
    ['a date-based order number that happens to pass Luhn', 'Pedido 2024051712345678 ainda não chegou'],
    ['an invoice id glued to letters', 'Fatura INV-4111111111111111 em aberto'],
    ['a Brazilian mobile number', 'Me liga no +55 11 91234-5678 ou (11) 91234-5678'],
    ['a WhatsApp number written without the plus sign', 'Meu WhatsApp é 5511912345678'],
    ['a CNPJ', 'CNPJ 12.345.678/0001-95 na nota fiscal'],
    ['a CPF', 'CPF 123.456.789-09 cadastrado errado'],
    ['ISO timestamps', 'Falhou em 2024-05-17T10:30:00.000Z e de novo 2024-05-17 10:31:02'],
    ['a millisecond epoch timestamp', 'ts=1715941800000 in the webhook log'],
    ['UUIDs', 'Ticket 550e8400-e29b-41d4-a716-446655440000 and 12345678-1234-1234-1234-123456789012'],
    ['a boleto line', 'Linha digitável: 23793.38128 60000.000003 00000.000400 1 84340000012345'],
    ['amounts and versions', 'Paguei R$ 1.234,56 no plano 2.14.0 em 3 parcelas'],
    ['a WhatsApp phone number id', '{"phone_number_id": "106540352242922"}'],
  ])('leaves %s unchanged', (_situation, message) => {
    expect(maskSecrets(message)).toEqual({ text: message, masked: [] });
  });
});

describe('when a message talks about passwords and keys without giving one', () => {
  it.each([
    ['English', 'I forgot my password and the reset link expired'],
    ['English, with a verb but no password', 'My password is not working since the update'],
    ['German', 'Passwort vergessen'],
    ['German, with a verb', 'Mein Passwort ist abgelaufen'],
    ['Portuguese', 'esqueci minha senha'],
    ['Portuguese, with a verb', 'A senha é inválida, diz o aplicativo'],
    ['Spanish', 'Olvidé mi contraseña, la contraseña es incorrecta'],
    ['Russian', 'Забыл пароль, пароль — неверный'],
    ['plurals and longer words', 'Passwords, passports and bypass rules'],
    ['an English subject line', 'Password: reset link never arrives'],
    ['a Portuguese subject line', 'Senha: não consigo entrar no app'],
    ['a Spanish subject line', 'Contraseña: olvidé la nueva'],
    ['a German subject line', 'Passwort: vergessen, bitte zurücksetzen'],
    ['a Russian subject line', 'Пароль: не подходит после смены'],
    ['an authorization that is a workflow step', 'Authorization: pending approval from finance'],
    ['an OAuth response without secrets', '{"token_type": "bearer", "expires_in": 3600}'],
    ['the English word "bearer"', 'The bearer of this card is entitled to a discount'],
    ['the Basic plan', 'We are on the Basic plan and want to upgrade'],
    ['a hyphenated word starting with sk-', 'see task-management-system-configuration-2024 docs'],
  ])('leaves %s unchanged', (_situation, message) => {
    expect(maskSecrets(message)).toEqual({ text: message, masked: [] });
  });
});

describe('when a message only stands in for a secret', () => {
  it.each([
    ['a placeholder environment variable', 'curl -H "Authorization: Bearer $TOKEN" -H "x-api-key: $API_KEY"'],
    ['a placeholder in angle brackets', 'Authorization: Bearer <your-token>, api_key=<YOUR_KEY>'],
    ['a password the customer already redacted', 'password: ******** (I changed it anyway)'],
    ['JSON nulls', '{"password": null, "apiKey": null}'],
    ['a Stripe publishable key, which is public by design', `Our checkout uses ${STRIPE_PUBLISHABLE_KEY}`],
  ])('leaves %s unchanged', (_situation, message) => {
    expect(maskSecrets(message)).toEqual({ text: message, masked: [] });
  });
});
