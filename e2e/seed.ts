import type { TestDesk } from '../test/desk';

export const PASSWORD = 'e2e password 123';

/** R41's questions, as the demo's problem categories ask them. */
const problemIntake = [
  { key: 'description', label: 'What happened, and what did you expect?', type: 'textarea', required: true },
  { key: 'screenshot', label: 'Screenshot or screen recording', type: 'file' },
  { key: 'apiRequest', label: 'API request (method, URL, body)', type: 'textarea' },
  { key: 'apiResponse', label: 'API response (status and body)', type: 'textarea' },
  { key: 'occurredAt', label: 'When did it happen?', type: 'datetime' },
  { key: 'impact', label: 'Impact', type: 'select', required: true, options: ['Service down for all users', 'Down for some users', 'Workaround exists'] },
];

async function created(desk: TestDesk, path: string, body: Record<string, unknown>) {
  const res = await desk.admin.post(path, body);
  if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * A small desk for the browser tests, made through the API: a Premium customer company, the
 * Technical team with an agent, a product → document tree that asks R41's questions, an SLA policy
 * for Premium (30 minutes to first response, 48 hours to resolve) and a business calendar.
 */
export async function seedDesk(desk: TestDesk) {
  const calendar = await created(desk, '/api/v1/calendars', {
    name: 'São Paulo business hours',
    timezone: 'America/Sao_Paulo',
    hours: { mon: [['08:30', '18:00']], tue: [['08:30', '18:00']], wed: [['08:30', '18:00']], thu: [['08:30', '18:00']], fri: [['08:30', '18:00']] },
  });
  const organization = await desk.organization({ name: 'Transportes Andrade', plan: 'Premium', language: 'pt-BR' });
  const team = await desk.team({ name: 'Technical' });
  const product = await desk.category({ name: 'Messaging API', teamId: team.id, asksEnvironment: true, intakeFields: problemIntake });
  await desk.category({ name: 'Webhooks', parentId: product.id, teamId: team.id, asksEnvironment: true, intakeFields: problemIntake });
  await desk.category({ name: 'Billing', teamId: team.id });
  await created(desk, '/api/v1/sla-policies', {
    name: 'Premium',
    position: 1,
    conditions: { plan: ['Premium'] },
    targets: { firstResponse: { minutes: 30 }, resolution: { hours: 48 } },
  });
  const customer = await desk.person({ role: 'customer', name: 'Carla Andrade', email: 'carla@andrade.example', organizationId: organization.id, languages: ['en'], password: PASSWORD });
  const colleague = await desk.person({ role: 'customer', name: 'Marcos Andrade', email: 'marcos@andrade.example', organizationId: organization.id, languages: ['pt-BR'], password: PASSWORD });
  const agent = await desk.person({ role: 'agent', name: 'Tiago Técnico', email: 'tiago@desk.example', teamIds: [team.id], languages: ['en'], password: PASSWORD });
  const admin = await desk.person({ role: 'admin', name: 'Ana Admin', email: 'ana@desk.example', languages: ['en'], password: PASSWORD });
  return { calendar, organization, team, customer, colleague, agent, admin };
}
