import { iso } from '../../contracts/common';
import type { PersonRecord } from './person.queries';

export const presentPerson = (p: PersonRecord) => ({
  id: p.id,
  name: p.name,
  email: p.emails[0] ?? null,
  emails: p.emails,
  role: p.role,
  organizationId: p.organizationId,
  teamIds: p.teamIds,
  languages: p.languages,
  phone: p.phone,
  active: p.active,
  createdAt: iso(p.createdAt),
  updatedAt: iso(p.updatedAt),
});
