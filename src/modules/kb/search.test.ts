import { describe, expect, it } from 'vitest';
import { startTestDesk } from '../../../test/desk';

const desk = await startTestDesk();
const agent = await desk.person({ role: 'agent' });

const write = async (language: string, title: string, body: string, extra: Record<string, unknown> = {}) => {
  const res = await agent.client.post('/api/v1/kb/articles', { title, body, language, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
};

const ids = {
  ptNotifications: await write('pt-BR', 'Como configurar as notificação de chamados', 'Escolha quem recebe cada notificação por e-mail e por WhatsApp.'),
  ptCertificate: await write('pt-BR', 'Certificado digital vencido', 'Envie o novo arquivo pfx com a senha. A emissão volta a funcionar na hora.'),
  deCertificate: await write('de', 'Zertifikatsdatei hochladen', 'Laden Sie die PFX-Datei mit dem Passwort im Kundenbereich hoch.'),
  deBilling: await write('de', 'Rechnungsadresse ändern', 'Firmenname und Anschrift ändern Sie unter Abrechnung.'),
  deKeys: await write('de', 'Schlüssel erneuern', 'Ein neuer Schlüssel sperrt den alten sofort.'),
  ruKey: await write('ru', 'Где найти API-ключ', 'Ключ показывается один раз при создании номера.'),
  ruMessages: await write('ru', 'Сообщения не доставляются', 'Проверьте вебхук и статусы доставки сообщений.'),
  esBilling: await write('es', 'Facturación y pagos', 'Descarga tus facturas y cambia los datos de facturación.'),
  esSession: await write('es', 'No puedo iniciar sesión', 'Restablece la contraseña desde la pantalla de acceso.'),
  enWebhook: await write('en', 'Webhook setup', 'Register the URL that receives incoming messages.'),
  enBodyOnly: await write('en', 'Delivery statuses explained', 'Statuses arrive on your webhook after each message is sent.'),
  enDraft: await write('en', 'Webhook secrets (draft)', 'Not yet published webhook text.', { published: false }),
  enOnlyEnglish: await write('en', 'Contele GPS tracking stops', 'Battery optimisation stops the Contele app in the background.'),
  enTricky: await write('en', 'Ampersands & <tags> in text', 'The <b>bold</b> tag & "quotes" are shown as text in webhook payloads.'),
};

const search = async (q: string, lang?: string, path = 'search') => {
  const res = await desk.anonymous.get(`/api/v1/kb/${path}?q=${encodeURIComponent(q)}${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as Array<{ id: string; title: string; snippet: string; score: number; language: string }>;
};
const idsOf = (items: Array<{ id: string }>) => items.map((i) => i.id);

describe('search per language (R9, R31)', () => {
  it('Portuguese stems plurals: "notificações" finds an article that says "notificação"', async () => {
    const items = await search('notificações', 'pt-BR');
    expect(idsOf(items)[0]).toBe(ids.ptNotifications);
    expect(items[0].snippet).toContain('<mark>notificação</mark>');
  });

  it('accents are ignored both ways: "notificacoes", "emissao" and "certificado" without care', async () => {
    expect(idsOf(await search('notificacoes', 'pt-BR'))[0]).toBe(ids.ptNotifications);
    expect(idsOf(await search('emissao', 'pt-BR'))).toContain(ids.ptCertificate);
    expect(idsOf(await search('facturacion', 'es'))[0]).toBe(ids.esBilling);
    expect(idsOf(await search('sesion', 'es'))[0]).toBe(ids.esSession);
    expect(idsOf(await search('Schlussel', 'de'))[0]).toBe(ids.deKeys);
  });

  it('German finds compounds by their first part, and by a later part when asking in words', async () => {
    expect(idsOf(await search('Zertifikat', 'de'))).toContain(ids.deCertificate);
    expect(idsOf(await search('Rechnung', 'de'))).toContain(ids.deBilling);
    expect(idsOf(await search('Wie ändere ich die Adresse?', 'de', 'suggest'))[0]).toBe(ids.deBilling);
  });

  it('Russian inflections meet: "ключа" and "сообщений" find "ключ" and "сообщения"', async () => {
    expect(idsOf(await search('ключа', 'ru'))[0]).toBe(ids.ruKey);
    expect(idsOf(await search('сообщений', 'ru'))[0]).toBe(ids.ruMessages);
  });

  it('English stems ("webhooks", "messages") and ranks a title match above a body match', async () => {
    const items = await search('webhooks', 'en');
    expect(idsOf(items).slice(0, 1)).toEqual([ids.enWebhook]);
    expect(idsOf(items)).toContain(ids.enBodyOnly);
    expect(items[0].score).toBeGreaterThan(items.find((i) => i.id === ids.enBodyOnly)!.score);
  });

  it('the search box wants all words, then falls back to any of them', async () => {
    const all = await search('webhook incoming', 'en');
    expect(idsOf(all)).toEqual([ids.enWebhook]);
    const any = await search('webhook teleportation', 'en');
    expect(idsOf(any)).toContain(ids.enWebhook);
  });

  it('a misspelt word finds its article through title similarity', async () => {
    expect(idsOf(await search('webhok setup', 'en'))).toContain(ids.enWebhook);
  });

  it('drafts never appear in search or suggestions', async () => {
    expect(idsOf(await search('webhook secrets', 'en'))).not.toContain(ids.enDraft);
    expect(idsOf(await search('webhook secrets draft', 'en', 'suggest'))).not.toContain(ids.enDraft);
  });

  it('snippets are escaped text with matches in <mark>, never the article\'s markup', async () => {
    const [hit] = await search('ampersands tags', 'en');
    expect(hit.id).toBe(ids.enTricky);
    expect(hit.snippet).toContain('&amp;');
    expect(hit.snippet).toContain('&quot;quotes&quot;');
    expect(hit.snippet).not.toContain('<b>');
    expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z]/i);
  });

  it('a language without a match falls back to the others; no language searches all', async () => {
    const ru = await search('Contele GPS', 'ru');
    expect(idsOf(ru)[0]).toBe(ids.enOnlyEnglish);
    expect(ru[0].language).toBe('en');
    expect(idsOf(await search('contele', undefined))[0]).toBe(ids.enOnlyEnglish);
  });

  it('narrows to a category, and takes a bare language ("pt") or any casing ("PT-br")', async () => {
    const team = await desk.team();
    const category = await desk.category({ name: 'Webhooks', teamId: team.id });
    const inCategory = await write('en', 'Webhook retries', 'Failed webhook deliveries are retried.', { categoryId: category.id });
    const res = await desk.anonymous.get(`/api/v1/kb/search?q=webhook&lang=en&categoryId=${category.id}`);
    expect(idsOf(res.body.items)).toEqual([inCategory]);
    expect(idsOf(await search('notificações', 'pt'))[0]).toBe(ids.ptNotifications);
    expect(idsOf(await search('notificações', 'PT-br'))[0]).toBe(ids.ptNotifications);
  });

  it('asks for q and refuses nonsense parameters', async () => {
    expect((await desk.anonymous.get('/api/v1/kb/search')).status).toBe(400);
    expect((await desk.anonymous.get('/api/v1/kb/search?q=%20')).status).toBe(400);
    expect((await desk.anonymous.get('/api/v1/kb/suggest?q=x&limit=500')).status).toBe(400);
    expect((await desk.anonymous.get('/api/v1/kb/search?q=x&lang=!!')).status).toBe(400);
    expect(await search('zzzyxw qqqq', 'en')).toEqual([]);
  });
});

describe('suggestions for a question (R14)', () => {
  it('a long question with many words still finds the article (any-word semantics)', async () => {
    const items = await search('hi, we registered our URL but nothing arrives when customers send us messages, why?', 'en', 'suggest');
    expect(idsOf(items)[0]).toBe(ids.enWebhook);
  });

  it('returns five at most by default, and honours limit', async () => {
    expect((await search('webhook message status', 'en', 'suggest')).length).toBeLessThanOrEqual(5);
    const res = await desk.anonymous.get('/api/v1/kb/suggest?q=webhook%20message%20status&lang=en&limit=1');
    expect(res.body.items).toHaveLength(1);
  });

  it('offers one version per article: the asked language, else the best other', async () => {
    const source = await write('en', 'Quota exceeded on mailboxes', 'Mailbox quota exceeded: delete large attachments.');
    await write('de', 'Postfach voll: Quota überschritten', 'Quota überschritten: große Anhänge löschen.', { translationOf: source });
    const items = await search('quota exceeded mailbox', 'ru', 'suggest');
    expect(items.filter((i) => i.title.includes('Quota') || i.title.includes('quota'))).toHaveLength(1);
  });
});
