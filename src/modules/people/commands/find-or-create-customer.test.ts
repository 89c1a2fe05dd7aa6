import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestDesk } from '../../../../test/desk';
import { rows } from '../../../db/rows';
import { findOrCreateCustomer } from './find-or-create-customer';

const desk = await startTestDesk();
const ctx = desk.atende.ctx;

describe('an unknown email sender becomes a customer once (issue 4)', () => {
  it('ten concurrent first mails from one new address create one person and one event', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => findOrCreateCustomer(ctx, { email: '  Nova.Cliente@Example.ORG ', name: '"Nova Cliente"' })));
    expect(new Set(results.map((r) => r.person.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results[0].person).toMatchObject({ name: 'Nova Cliente', role: 'customer', emails: ['nova.cliente@example.org'] });
    const [people] = await rows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM person_emails WHERE email = 'nova.cliente@example.org'`);
    expect(people.n).toBe(1);
    const events = await rows(ctx.db, sql`SELECT data FROM events WHERE type = 'people.created' AND data->>'personId' = ${results[0].person.id}`);
    expect(events).toEqual([{ data: { personId: results[0].person.id, role: 'customer', source: 'email' } }]);
  });

  it('an address someone already owns answers that person, whatever their role', async () => {
    const agent = await desk.person({ role: 'agent', email: 'agente@acme.test' });
    expect(await findOrCreateCustomer(ctx, { email: 'AGENTE@acme.test' })).toMatchObject({ created: false, person: { id: agent.id, role: 'agent' } });
  });

  it('without a display name, the local part names the person', async () => {
    expect((await findOrCreateCustomer(ctx, { email: 'joao.silva@example.com', name: '' })).person.name).toBe('joao.silva');
  });
});
