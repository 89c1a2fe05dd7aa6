import { describe, expect, it } from 'vitest';
import { maskSecrets } from './mask-secrets';
import {
  AWS_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY,
  D360_API_KEY,
  GITHUB_TOKEN,
  GOOGLE_API_KEY,
  JWT,
  OPENAI_PROJECT_KEY,
  PRIVATE_KEY_BODY,
  SLACK_BOT_TOKEN,
  STRIPE_LIVE_KEY,
  STRIPE_TEST_KEY,
  WHATSAPP_ACCESS_TOKEN,
} from './fake-secrets.fixture';

interface Situation {
  situation: string;
  message: string;
  expected: string;
  kinds: string[];
}

function expectMasked({ message, expected, kinds }: Situation) {
  const result = maskSecrets(message);
  expect(result.text).toBe(expected);
  expect(result.masked.map((m) => m.kind)).toEqual(kinds);
}

describe('when a customer writing in English pastes a secret', () => {
  it.each<Situation>([
    {
      situation: 'a curl command with their 360dialog key',
      message: `Sending templates fails with 401. I run:\ncurl -X POST https://waba-v2.360dialog.io/messages -H "D360-API-KEY: ${D360_API_KEY}" -H "Content-Type: application/json" -d '{"to":"5511912345678"}'`,
      expected: `Sending templates fails with 401. I run:\ncurl -X POST https://waba-v2.360dialog.io/messages -H "D360-API-KEY: kZx9****wE6u" -H "Content-Type: application/json" -d '{"to":"5511912345678"}'`,
      kinds: ['d360_api_key'],
    },
    {
      situation: 'a WhatsApp Cloud API token and verify token in a JSON body',
      message: `Webhook setup keeps failing, config: {"phone_number_id": "106540352242922", "access_token": "${WHATSAPP_ACCESS_TOKEN}", "verify_token": "meu-token-123"}`,
      expected: `Webhook setup keeps failing, config: {"phone_number_id": "106540352242922", "access_token": "EAAG****Rstu", "verify_token": "meu****123"}`,
      kinds: ['meta_access_token', 'api_key'],
    },
    {
      situation: 'an AWS key pair from their credentials file',
      message: `My ~/.aws/credentials:\n[default]\naws_access_key_id = ${AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\nregion = sa-east-1`,
      expected: `My ~/.aws/credentials:\n[default]\naws_access_key_id = AKIA****MPLE\naws_secret_access_key = wJal****EKEY\nregion = sa-east-1`,
      kinds: ['aws_access_key', 'aws_secret_key'],
    },
    {
      situation: 'a PEM private key, whose whole body is hidden',
      message: `Is this deploy key in the right format?\n-----BEGIN RSA PRIVATE KEY-----\n${PRIVATE_KEY_BODY}-----END RSA PRIVATE KEY-----\nThanks!`,
      expected: 'Is this deploy key in the right format?\n-----BEGIN RSA PRIVATE KEY-----\n****\n-----END RSA PRIVATE KEY-----\nThanks!',
      kinds: ['private_key'],
    },
    {
      situation: 'a Google service account file, whose key has escaped line breaks',
      message: `{"type": "service_account", "private_key_id": "4f2c9a", "private_key": "-----BEGIN PRIVATE KEY-----\\n${PRIVATE_KEY_BODY.replaceAll('\n', '\\n')}-----END PRIVATE KEY-----\\n"}`,
      expected: String.raw`{"type": "service_account", "private_key_id": "4f2c9a", "private_key": "-----BEGIN PRIVATE KEY-----\n****\n-----END PRIVATE KEY-----\n"}`,
      kinds: ['private_key'],
    },
    {
      situation: 'a private key cut short, hiding the key but not the words after it',
      message: `-----BEGIN RSA PRIVATE KEY-----\n${PRIVATE_KEY_BODY.split('\n').slice(0, 2).join('\n')}\n\nIt got cut off, sorry`,
      expected: '-----BEGIN RSA PRIVATE KEY-----\n****\n\nIt got cut off, sorry',
      kinds: ['private_key'],
    },
    {
      situation: 'a card number in a billing question',
      message: 'I was charged twice on my card 4111 1111 1111 1111, can you refund one of them?',
      expected: 'I was charged twice on my card 4111 **** 1111, can you refund one of them?',
      kinds: ['card_number'],
    },
    {
      situation: 'a bearer JWT in a failing API call',
      message: `curl https://desk.example.com/api/tickets -H 'Authorization: Bearer ${JWT}' returns 403`,
      expected: "curl https://desk.example.com/api/tickets -H 'Authorization: Bearer eyJh****sw5c' returns 403",
      kinds: ['jwt'],
    },
    {
      situation: 'a Basic authorization header',
      message: 'Our integration sends Authorization: Basic YWRtaW46c2VuaGExMjM= and gets 401.',
      expected: 'Our integration sends Authorization: Basic YWRt****MjM= and gets 401.',
      kinds: ['basic_auth'],
    },
    {
      situation: 'their Stripe secret key from an env file',
      message: `We set STRIPE_SECRET_KEY=${STRIPE_LIVE_KEY} and payments still fail`,
      expected: 'We set STRIPE_SECRET_KEY=sk_l****F1gH and payments still fail',
      kinds: ['stripe_key'],
    },
    {
      situation: 'an OpenAI key in a JSON settings export',
      message: `{"provider": "openai", "apiKey": "${OPENAI_PROJECT_KEY}", "model": "gpt-4o"}`,
      expected: '{"provider": "openai", "apiKey": "sk-p****IjKl", "model": "gpt-4o"}',
      kinds: ['openai_key'],
    },
    {
      situation: 'a GitHub token and a Slack bot token in one message',
      message: `CI uses ${GITHUB_TOKEN} and notifies with ${SLACK_BOT_TOKEN}.`,
      expected: 'CI uses ghp_****G2pQ and notifies with xoxb****UvWx.',
      kinds: ['github_token', 'slack_token'],
    },
    {
      situation: 'a database URL with a password',
      message: 'DATABASE_URL=postgres://atende:Sup3rS3cret@db.internal:5432/atende',
      expected: 'DATABASE_URL=postgres://atende:Su****et@db.internal:5432/atende',
      kinds: ['password'],
    },
    {
      situation: 'a quoted password with a space, hidden up to its closing quote',
      message: 'Password = "correct horse" is what the admin set',
      expected: 'Password = "cor****rse" is what the admin set',
      kinds: ['password'],
    },
    {
      situation: 'an API key in a query string',
      message: 'GET https://api.example.com/v1/orders?api_key=9f8e7d6c5b4a39281706&page=2 returns 500',
      expected: 'GET https://api.example.com/v1/orders?api_key=9f8e****1706&page=2 returns 500',
      kinds: ['api_key'],
    },
    {
      situation: 'curl with a user and password',
      message: 'curl -u admin:Hunter2024 https://desk.example.com/api/me',
      expected: 'curl -u admin:Hu****24 https://desk.example.com/api/me',
      kinds: ['password'],
    },
  ])('masks $situation', expectMasked);
});

describe('when a customer writing in Brazilian Portuguese pastes a secret', () => {
  it.each<Situation>([
    {
      situation: 'their password in a sentence, hidden whole because it is short',
      message: 'Oi, não consigo entrar. Minha senha é Abc12345 e o e-mail é joao@exemplo.com.br',
      expected: 'Oi, não consigo entrar. Minha senha é **** e o e-mail é joao@exemplo.com.br',
      kinds: ['password'],
    },
    {
      situation: 'a short password after a label',
      message: 'usuário: joao.silva\nsenha: abc',
      expected: 'usuário: joao.silva\nsenha: ****',
      kinds: ['password'],
    },
    {
      situation: 'a temporary password in a chat widget that writes Markdown',
      message: '**Senha provisória:** Temp#2024, troque no primeiro acesso.',
      expected: '**Senha provisória:** Te****24, troque no primeiro acesso.',
      kinds: ['password'],
    },
    {
      situation: 'the 360dialog key announced in prose',
      message: `Segue a chave da API: ${D360_API_KEY} (é a do número novo)`,
      expected: 'Segue a chave da API: kZx9****wE6u (é a do número novo)',
      kinds: ['api_key'],
    },
    {
      situation: 'a card number in a double-charge complaint',
      message: 'Paguei com o cartão 5555-5555-5555-4444 e veio cobrança duplicada no pedido 2024051700123.',
      expected: 'Paguei com o cartão 5555-****-4444 e veio cobrança duplicada no pedido 2024051700123.',
      kinds: ['card_number'],
    },
    {
      situation: 'a WhatsApp token in the query string of a Graph API call',
      message: `Tentei https://graph.facebook.com/v19.0/106540352242922/messages?access_token=${WHATSAPP_ACCESS_TOKEN} e deu erro 190`,
      expected: 'Tentei https://graph.facebook.com/v19.0/106540352242922/messages?access_token=EAAG****Rstu e deu erro 190',
      kinds: ['meta_access_token'],
    },
  ])('masks $situation', expectMasked);
});

describe('when a customer writing in Spanish pastes a secret', () => {
  it.each<Situation>([
    {
      situation: 'their password in a sentence',
      message: 'Hola, la contraseña es Hola1234 y el usuario es maria',
      expected: 'Hola, la contraseña es **** y el usuario es maria',
      kinds: ['password'],
    },
    {
      situation: 'a password with symbols after "clave"',
      message: 'Mi clave: Pa$$w0rd!23 — no funciona desde ayer',
      expected: 'Mi clave: Pa****23 — no funciona desde ayer',
      kinds: ['password'],
    },
    {
      situation: 'a Google API key announced in prose',
      message: `Les paso la clave de API: ${GOOGLE_API_KEY}`,
      expected: 'Les paso la clave de API: AIza****sG2p',
      kinds: ['google_api_key'],
    },
    {
      situation: 'an Amex number printed 4-6-5',
      message: 'Mi tarjeta 3782 822463 10005 fue rechazada',
      expected: 'Mi tarjeta 3782 **** 0005 fue rechazada',
      kinds: ['card_number'],
    },
  ])('masks $situation', expectMasked);
});

describe('when a customer writing in German pastes a secret', () => {
  it.each<Situation>([
    {
      situation: 'their password in a sentence, keeping the comma after it',
      message: 'Hallo, mein Passwort ist geheim123, trotzdem komme ich nicht rein.',
      expected: 'Hallo, mein Passwort ist ge****23, trotzdem komme ich nicht rein.',
      kinds: ['password'],
    },
    {
      situation: 'a password whose sentence ends with an exclamation mark',
      message: 'Kennwort: Sommer2024!',
      expected: 'Kennwort: So****24!',
      kinds: ['password'],
    },
    {
      situation: 'a Stripe test key announced with "lautet"',
      message: `Unser API-Schlüssel lautet ${STRIPE_TEST_KEY}, bitte prüfen.`,
      expected: 'Unser API-Schlüssel lautet sk_t****p7dc, bitte prüfen.',
      kinds: ['stripe_key'],
    },
    {
      situation: 'a password in German quotation marks',
      message: 'Das Passwort lautet „Kaffee mit Milch“.',
      expected: 'Das Passwort lautet „Kaff****ilch“.',
      kinds: ['password'],
    },
  ])('masks $situation', expectMasked);
});

describe('when a customer writing in Russian pastes a secret', () => {
  it.each<Situation>([
    {
      situation: 'their password after a colon',
      message: 'Здравствуйте! Мой пароль: qwerty123, но войти не получается.',
      expected: 'Здравствуйте! Мой пароль: qw****23, но войти не получается.',
      kinds: ['password'],
    },
    {
      situation: 'a short password after a dash',
      message: 'пароль — Zaq12wsx',
      expected: 'пароль — ****',
      kinds: ['password'],
    },
    {
      situation: 'a Slack token announced as "токен"',
      message: `Вот мой токен: ${SLACK_BOT_TOKEN}`,
      expected: 'Вот мой токен: xoxb****UvWx',
      kinds: ['slack_token'],
    },
    {
      situation: 'a Mir card number',
      message: 'Оплата картой 2200 1234 5678 9019 не проходит',
      expected: 'Оплата картой 2200 **** 9019 не проходит',
      kinds: ['card_number'],
    },
  ])('masks $situation', expectMasked);
});

describe('where a masked secret is reported', () => {
  it('gives offsets into the masked text, which is the one that is stored', () => {
    const result = maskSecrets(`senha: abc123 and key ${STRIPE_LIVE_KEY}`);
    expect(result.text).toBe('senha: **** and key sk_l****F1gH');
    expect(result.masked).toEqual([
      { kind: 'password', start: 7 },
      { kind: 'stripe_key', start: 20 },
    ]);
    for (const { start } of result.masked) expect(result.text.slice(start)).toMatch(/^\S*\*\*\*\*/);
  });

  it('hides a password that contains a key as one value, leaving no tail visible', () => {
    expect(maskSecrets(`password: ${STRIPE_TEST_KEY}.backup!x`).text).toBe('password: sk_t****up!x');
  });
});
