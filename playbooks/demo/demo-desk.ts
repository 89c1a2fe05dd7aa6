/**
 * The demo desk, as data: a hosting and messaging provider's support team, modelled on the seed
 * companies (R2, R8, R13, R15, R21, R29, R41). `seed-demo.ts` turns it into rows through the module
 * commands, so every rule and audit entry applies as it would through the API.
 */

/** The password of every demo sign-in; printed at start, so never use the demo on a public host. */
export const DEMO_PASSWORD = 'atende-demo';

export type TeamKey = 'business' | 'technical' | 'design' | 'customerRoom' | 'systemErrors';

/** Departments with their scopes (R21), plus the queue that works on holidays (R8). */
export const demoTeams: Record<TeamKey, string> = {
  business: 'Business',
  technical: 'Technical',
  design: 'Design',
  customerRoom: 'Customer Room',
  systemErrors: 'System errors and trackers',
};

export type OrgKey = 'andrade' | 'nordlicht' | 'solYMar' | 'paoDourado' | 'volga';

/** Customer companies on the three plans; one without a contract (R2), one without chat (R29). */
export const demoOrganizations: Record<OrgKey, { name: string; plan: string; language: string; contractActive?: boolean; chat?: boolean }> = {
  andrade: { name: 'Transportes Andrade Ltda', plan: 'Premium', language: 'pt-BR' },
  nordlicht: { name: 'Nordlicht Software GmbH', plan: 'Regular', language: 'de' },
  solYMar: { name: 'Hostal Sol y Mar', plan: 'Basic', language: 'es', chat: false },
  paoDourado: { name: 'Padaria Pão Dourado', plan: 'Basic', language: 'pt-BR', contractActive: false },
  volga: { name: 'Volga Logistics', plan: 'Regular', language: 'ru' },
};

type Field = { key: string; label: string; type: 'text' | 'textarea' | 'select' | 'datetime' | 'file' | 'url'; required?: boolean; options?: string[] };

/** What R41 asks of a problem report. */
const problemIntake: Field[] = [
  { key: 'description', label: 'What happened, and what did you expect?', type: 'textarea', required: true },
  { key: 'screenshot', label: 'Screenshot or screen recording', type: 'file' },
  { key: 'apiRequest', label: 'API request (method, URL, body)', type: 'textarea' },
  { key: 'apiResponse', label: 'API response (status and body)', type: 'textarea' },
  { key: 'occurredAt', label: 'When did it happen?', type: 'datetime' },
  {
    key: 'impact',
    label: 'Impact',
    type: 'select',
    required: true,
    options: ['Service down for all users', 'Down for some users', 'Workaround exists'],
  },
];

export interface DemoCategory {
  key: string;
  name: string;
  team: TeamKey;
  asksEnvironment?: boolean;
  intakeFields?: Field[];
  children?: DemoCategory[];
}

/** The product → document tree customers pick from (R13); problems in some ask for the environment (R15). */
export const demoCategories: DemoCategory[] = [
  {
    key: 'messagingApi',
    name: 'Messaging API',
    team: 'technical',
    asksEnvironment: true,
    intakeFields: problemIntake,
    children: [
      { key: 'webhooks', name: 'Webhooks', team: 'technical', asksEnvironment: true, intakeFields: problemIntake },
      { key: 'templates', name: 'Message templates', team: 'technical', asksEnvironment: true, intakeFields: problemIntake },
    ],
  },
  {
    key: 'fleetTracker',
    name: 'Fleet tracker',
    team: 'systemErrors',
    children: [
      {
        key: 'trackerOffline',
        name: 'Tracker offline',
        team: 'systemErrors',
        intakeFields: [
          { key: 'deviceId', label: 'Tracker serial number', type: 'text', required: true },
          { key: 'lastSeenAt', label: 'Last position received at', type: 'datetime' },
        ],
      },
      { key: 'systemError', name: 'System error', team: 'systemErrors', asksEnvironment: true, intakeFields: problemIntake },
    ],
  },
  {
    key: 'hosting',
    name: 'Hosting',
    team: 'technical',
    children: [
      { key: 'domains', name: 'Domains and DNS', team: 'technical', intakeFields: [{ key: 'domain', label: 'Domain name', type: 'text', required: true }] },
      { key: 'installation', name: 'Service installation', team: 'technical', asksEnvironment: true },
    ],
  },
  {
    key: 'account',
    name: 'Account and billing',
    team: 'business',
    children: [
      { key: 'productUse', name: 'How to use the product', team: 'business' },
      { key: 'mailAccounts', name: 'Mail accounts', team: 'business' },
      { key: 'login', name: 'Login and access', team: 'business' },
      { key: 'invoices', name: 'Invoices and payments', team: 'business', intakeFields: [{ key: 'invoiceNumber', label: 'Invoice number', type: 'text' }] },
      { key: 'quotes', name: 'Quotes', team: 'business' },
    ],
  },
  {
    key: 'design',
    name: 'Design',
    team: 'design',
    children: [
      { key: 'designRequest', name: 'Design on request', team: 'design', intakeFields: [{ key: 'reference', label: 'Link to a reference', type: 'url' }] },
      { key: 'interfaceWork', name: 'Interface work', team: 'design' },
    ],
  },
  {
    key: 'contracts',
    name: 'Contracts',
    team: 'customerRoom',
    children: [
      { key: 'contractTransfer', name: 'Contract transfer and printing', team: 'customerRoom' },
      { key: 'stampedInvoices', name: 'Stamped invoices', team: 'customerRoom' },
      { key: 'disputes', name: 'Disputes and satisfaction', team: 'customerRoom' },
    ],
  },
];

export interface DemoPerson {
  name: string;
  email: string;
  role: 'customer' | 'agent' | 'admin';
  teams?: TeamKey[];
  organization?: OrgKey;
  languages: string[];
  phone?: string;
  /** People with a password are printed as demo sign-ins. */
  signIn?: boolean;
}

export const demoPeople: DemoPerson[] = [
  { name: 'Ana Admin', email: 'admin@atende.local', role: 'admin', languages: ['en', 'pt-BR'], signIn: true },
  { name: 'Tiago Técnico', email: 'agent@atende.local', role: 'agent', teams: ['technical', 'systemErrors'], languages: ['pt-BR', 'en'], signIn: true },
  { name: 'Beatriz Business', email: 'agent2@atende.local', role: 'agent', teams: ['business', 'customerRoom'], languages: ['en', 'es'], signIn: true },
  { name: 'Daniel Design', email: 'design@atende.local', role: 'agent', teams: ['design'], languages: ['en', 'de'] },
  { name: 'Carla Andrade', email: 'customer@atende.local', role: 'customer', organization: 'andrade', languages: ['pt-BR'], phone: '+55 11 91234-5678', signIn: true },
  { name: 'Marcos Andrade', email: 'colleague@atende.local', role: 'customer', organization: 'andrade', languages: ['pt-BR'], signIn: true },
  { name: 'Jonas Weber', email: 'jonas@nordlicht.example', role: 'customer', organization: 'nordlicht', languages: ['de', 'en'] },
  { name: 'Lucía Gómez', email: 'lucia@solymar.example', role: 'customer', organization: 'solYMar', languages: ['es'] },
  { name: 'Seu Joaquim', email: 'joaquim@paodourado.example', role: 'customer', organization: 'paoDourado', languages: ['pt-BR'] },
  { name: 'Irina Petrova', email: 'irina@volga.example', role: 'customer', organization: 'volga', languages: ['ru', 'en'] },
];

export interface DemoTicket {
  /** Who opens it: the requester themselves (web portal), or an agent on their behalf (phone). */
  openedBy: string;
  requester: string;
  category?: string;
  data: Record<string, unknown>;
}

/** A few open requests so the queues, the portal and routing have something to show. */
export const demoTickets: DemoTicket[] = [
  {
    openedBy: 'customer@atende.local',
    requester: 'customer@atende.local',
    category: 'webhooks',
    data: {
      subject: 'Webhook callbacks stop after a few minutes',
      body: 'Since 09:40 our endpoint receives no message status callbacks. Outbound messages are delivered, but the callbacks stop and come back in bursts.',
      availability: 'partial',
      environment: 'production',
      severity: 2,
      intake: {
        description: 'Status callbacks (delivered/read) stop arriving after 5–10 minutes and then arrive in bursts.',
        // A key pasted by the customer: the desk masks it before storing (R45).
        apiRequest: 'POST https://api.example.com/v1/configs/webhook\nD360-API-KEY: sk_live_51HxQk2LmNoPqRsTuVwXyZ0123456789\n{"url": "https://andrade.example/hooks"}',
        apiResponse: '200 {"url": "https://andrade.example/hooks"}',
        impact: 'Down for some users',
      },
    },
  },
  {
    openedBy: 'customer@atende.local',
    requester: 'customer@atende.local',
    category: 'trackerOffline',
    data: {
      subject: 'Truck 14 tracker offline since yesterday',
      body: 'The tracker in truck 14 has sent no position since yesterday afternoon; the truck is on the road to Curitiba.',
      availability: 'unavailable',
      intake: { deviceId: 'TRK-0042-7781' },
    },
  },
  {
    openedBy: 'colleague@atende.local',
    requester: 'colleague@atende.local',
    category: 'invoices',
    data: {
      subject: 'Invoice 2026/0345 charged twice',
      body: 'Our card was charged twice for invoice 2026/0345. Please refund one of the charges. Copying Carla, who handles our payments.',
      cc: ['customer@atende.local'],
      intake: { invoiceNumber: '2026/0345' },
    },
  },
  {
    openedBy: 'jonas@nordlicht.example',
    requester: 'jonas@nordlicht.example',
    category: 'templates',
    data: {
      subject: 'Vorlage "order_update" wurde abgelehnt',
      body: 'Unsere Vorlage order_update wurde ohne Begründung abgelehnt. Können Sie uns sagen, was wir ändern müssen?',
      environment: 'homologation',
      severity: 3,
      intake: { description: 'Template order_update rejected without a reason.', impact: 'Workaround exists' },
    },
  },
  {
    openedBy: 'irina@volga.example',
    requester: 'irina@volga.example',
    data: {
      subject: 'Как изменить адрес электронной почты для счетов?',
      body: 'Здравствуйте! Нам нужно, чтобы счета приходили на адрес бухгалтерии. Как это сделать?',
    },
  },
  {
    openedBy: 'agent2@atende.local',
    requester: 'lucia@solymar.example',
    category: 'quotes',
    data: {
      subject: 'Presupuesto para 5 cuentas de correo más',
      body: 'Lucía llamó por teléfono: necesita un presupuesto para cinco cuentas de correo adicionales.',
      channel: 'phone',
    },
  },
];
