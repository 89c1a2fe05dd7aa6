import { describe, expect, it } from 'vitest';
import { maskSecretsDeep } from './mask-secrets';
import { secretKindForFieldName } from './secret-field-names';
import { D360_API_KEY, STRIPE_LIVE_KEY } from './fake-secrets.fixture';

describe('when a customer fills in an intake form', () => {
  const intake = {
    nome: 'João Silva',
    email: 'joao@exemplo.com.br',
    senha: 'abc123',
    observacoes: 'Minha senha é Abc12345 e o cartão 4111 1111 1111 1111',
    integracao: { provider: '360dialog', apiKey: D360_API_KEY, headers: { Authorization: 'Bearer abcdef1234567890' } },
    tags: ['urgente', `chave ${STRIPE_LIVE_KEY}`],
    pedidos: 3,
    vip: true,
    cancelado: null,
  };

  it('masks every secret while keeping the shape of the form', () => {
    expect(maskSecretsDeep(intake).value).toEqual({
      nome: 'João Silva',
      email: 'joao@exemplo.com.br',
      senha: '****',
      observacoes: 'Minha senha é **** e o cartão 4111 **** 1111',
      integracao: { provider: '360dialog', apiKey: 'kZx9****wE6u', headers: { Authorization: 'Bearer abcd****7890' } },
      tags: ['urgente', 'chave sk_l****F1gH'],
      pedidos: 3,
      vip: true,
      cancelado: null,
    });
  });

  it('says which kinds of secret it masked and where', () => {
    expect(maskSecretsDeep(intake).masked).toEqual([
      { kind: 'password', path: 'senha', start: 0 },
      { kind: 'password', path: 'observacoes', start: 14 },
      { kind: 'card_number', path: 'observacoes', start: 30 },
      { kind: 'api_key', path: 'integracao.apiKey', start: 0 },
      { kind: 'bearer_token', path: 'integracao.headers.Authorization', start: 0 },
      { kind: 'stripe_key', path: 'tags[1]', start: 6 },
    ]);
  });

  it('leaves the submitted form itself untouched', () => {
    const before = structuredClone(intake);
    maskSecretsDeep(intake);
    expect(intake).toEqual(before);
  });

  it('changes nothing when the masked form is masked again', () => {
    const once = maskSecretsDeep(intake).value;
    expect(maskSecretsDeep(once)).toEqual({ value: once, masked: [] });
  });
});

describe('when a field is secret by its name alone', () => {
  it('hides the whole value, even one no text rule would recognise', () => {
    const { value, masked } = maskSecretsDeep({ password: 'correct horse battery', 'Nova senha': 'gato', DB_PASSWORD: 'x' });
    expect(value).toEqual({ password: 'corr****tery', 'Nova senha': '****', DB_PASSWORD: '****' });
    expect(masked.map((m) => m.path)).toEqual(['password', '["Nova senha"]', 'DB_PASSWORD']);
  });

  it('keeps the scheme of an Authorization value and names Basic credentials', () => {
    expect(maskSecretsDeep({ authorization: 'Basic YWRtaW46c2VuaGExMjM=' })).toEqual({
      value: { authorization: 'Basic YWRt****MjM=' },
      masked: [{ kind: 'basic_auth', path: 'authorization', start: 0 }],
    });
  });

  it('hides every item of a list held by a secret field', () => {
    expect(maskSecretsDeep({ backupCodes: ['12345678'], passwords: ['a'], secrets: { token: ['abc', 'def'] } }).value).toEqual({
      backupCodes: ['12345678'],
      passwords: ['a'],
      secrets: { token: ['****', '****'] },
    });
  });

  it.each([
    ['password', 'password'],
    ['newPassword', 'password'],
    ['password_confirmation', 'password'],
    ['senha', 'password'],
    ['пароль', 'password'],
    ['Kennwort', 'password'],
    ['x-api-key', 'api_key'],
    ['XApiKey', 'api_key'],
    ['clientSecret', 'api_key'],
    ['whatsapp_access_token', 'api_key'],
    ['D360-API-KEY', 'd360_api_key'],
    ['AWS_SECRET_ACCESS_KEY', 'aws_secret_key'],
    ['SecretAccessKey', 'aws_secret_key'],
    ['Authorization', 'bearer_token'],
  ])('treats a field named %s as a secret (%s)', (name, kind) => {
    expect(secretKindForFieldName(name)).toBe(kind);
  });

  it.each(['passwordHint', 'token_type', 'tokens_used', 'apiKeyId', 'secretary', 'passport', 'email', 'phone'])(
    'treats a field named %s as ordinary',
    (name) => {
      expect(secretKindForFieldName(name)).toBeUndefined();
    },
  );
});

describe('when the value is not plain JSON', () => {
  it('passes dates and other objects through untouched', () => {
    const when = new Date('2024-05-17T10:30:00Z');
    expect(maskSecretsDeep({ when }).value.when).toBe(when);
  });

  it('masks a lone string like a text', () => {
    expect(maskSecretsDeep('senha: abc123')).toEqual({ value: 'senha: ****', masked: [{ kind: 'password', path: '', start: 7 }] });
  });

  it('refuses a cyclic value instead of recursing forever', () => {
    const loop: Record<string, unknown> = { name: 'x' };
    loop.self = loop;
    expect(() => maskSecretsDeep(loop)).toThrow(TypeError);
  });

  it('keeps a __proto__ key as data', () => {
    const parsed = JSON.parse('{"__proto__": {"senha": "abc123"}}');
    const { value } = maskSecretsDeep(parsed);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ senha: '****' });
  });
});
