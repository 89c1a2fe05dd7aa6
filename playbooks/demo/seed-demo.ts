import type { AppContext } from '../../src/server/context';
import { systemActor } from '../../src/modules/auth/actor';
import { createOrganization } from '../../src/modules/organizations/commands/create-organization';
import { createOrganizationBody } from '../../src/modules/organizations/organization.schemas';
import { createPerson } from '../../src/modules/people/commands/create-person';
import { createPersonBody } from '../../src/modules/people/person.schemas';
import { findPersonByEmail, listPeople } from '../../src/modules/people/person.queries';
import { createTeam } from '../../src/modules/teams/commands/save-team';
import { createTeamBody } from '../../src/modules/teams/team.schemas';
import { createCategory } from '../../src/modules/categories/commands/save-category';
import { createCategoryBody } from '../../src/modules/categories/category.schemas';
import { createTicket } from '../../src/modules/tickets/commands/create-ticket';
import { createTicketBody } from '../../src/modules/tickets/ticket.schemas';
import type { Actor } from '../../src/modules/auth/actor';
import { seedKnowledgeBase } from '../kb/articles';
import {
  DEMO_PASSWORD,
  demoCategories,
  demoOrganizations,
  demoPeople,
  demoTeams,
  demoTickets,
  type DemoCategory,
  type OrgKey,
  type TeamKey,
} from './demo-desk';

/** The admin that ATENDE_ADMIN_TOKEN creates; it alone does not make a database "in use". */
const BOOTSTRAP_EMAIL = 'admin-token@atende.invalid';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
}

const loginsOf = (): DemoLogin[] =>
  demoPeople.filter((p) => p.signIn).map((p) => ({ role: p.role, email: p.email, password: DEMO_PASSWORD }));

/** True when nobody but the bootstrap admin exists: a fresh install that should show something. */
async function isEmptyDesk(ctx: AppContext): Promise<boolean> {
  const { items } = await listPeople(ctx, { actor: systemActor, limit: 2 });
  return items.every((p) => p.emails.includes(BOOTSTRAP_EMAIL));
}

/**
 * Fills an empty desk with a believable demo: customer companies on three plans, the departments
 * of R21 plus the holiday queue of R8, a product → document category tree (R13, R15, R41), people
 * who can sign in and a few open tickets. Everything goes through the module commands: the directory
 * as the system admin, tickets as the people who open them.
 * Returns the sign-ins to print, or null when the desk was not empty and `force` is false.
 * With `force` on a desk that already holds the demo, nothing is created twice and the sign-ins
 * are returned again.
 */
export async function seedDemo(ctx: AppContext, { force }: { force: boolean }): Promise<{ logins: DemoLogin[] } | null> {
  if (!force && !(await isEmptyDesk(ctx))) return null;
  if (await findPersonByEmail(ctx.db, demoPeople[0].email)) return force ? { logins: loginsOf() } : null;
  const actor = systemActor;

  const orgIds = {} as Record<OrgKey, string>;
  for (const [key, org] of Object.entries(demoOrganizations) as Array<[OrgKey, (typeof demoOrganizations)[OrgKey]]>) {
    const data = createOrganizationBody.parse({
      name: org.name,
      plan: org.plan,
      language: org.language,
      contractActive: org.contractActive ?? true,
      entitlements: { chat: org.chat ?? true, whatsapp: true, email: true },
    });
    orgIds[key] = (await createOrganization(ctx, { actor, data })).id;
  }

  const teamIds = {} as Record<TeamKey, string>;
  for (const [key, name] of Object.entries(demoTeams) as Array<[TeamKey, string]>) {
    teamIds[key] = (await createTeam(ctx, { actor, data: createTeamBody.parse({ name }) })).id;
  }

  const categoryIds: Record<string, string> = {};
  const addCategories = async (nodes: DemoCategory[], parentId: string | null) => {
    for (const node of nodes) {
      const data = createCategoryBody.parse({
        name: node.name,
        parentId,
        teamId: teamIds[node.team],
        asksEnvironment: node.asksEnvironment ?? false,
        intakeFields: node.intakeFields ?? [],
      });
      categoryIds[node.key] = (await createCategory(ctx, { actor, data })).id;
      if (node.children) await addCategories(node.children, categoryIds[node.key]);
    }
  };
  await addCategories(demoCategories, null);

  const actors = new Map<string, Actor>();
  for (const person of demoPeople) {
    const data = createPersonBody.parse({
      name: person.name,
      email: person.email,
      role: person.role,
      organizationId: person.organization ? orgIds[person.organization] : undefined,
      teamIds: person.teams?.map((t) => teamIds[t]),
      languages: person.languages,
      phone: person.phone,
      password: person.signIn ? DEMO_PASSWORD : undefined,
    });
    const { id, name, role, organizationId, teamIds: teams, emails, languages } = await createPerson(ctx, { actor, data });
    actors.set(person.email, { id, name, role, organizationId, teamIds: teams, emails, languages });
  }

  // Tickets are opened by real people (a message needs an author): customers in the portal, an
  // agent on a customer's behalf.
  for (const ticket of demoTickets) {
    const openedBy = actors.get(ticket.openedBy)!;
    const requesterId = actors.get(ticket.requester)!.id;
    const data = createTicketBody.parse({
      ...ticket.data,
      ...(requesterId !== openedBy.id ? { requesterId } : {}),
      ...(ticket.category ? { categoryId: categoryIds[ticket.category] } : {}),
    });
    await createTicket(ctx, { actor: openedBy, data });
  }

  // The help center answers questions before they become tickets (R9, R14).
  await seedKnowledgeBase(ctx, { categoryIds });

  return { logins: loginsOf() };
}
