import type { organizations } from '../../db/schema/index';
import { iso } from '../../contracts/common';

type OrganizationRow = typeof organizations.$inferSelect;

export const presentOrganization = (o: OrganizationRow) => ({
  id: o.id,
  name: o.name,
  plan: o.plan,
  contractActive: o.contractActive,
  entitlements: o.entitlements,
  language: o.language,
  calendarId: o.calendarId,
  settings: o.settings,
  createdAt: iso(o.createdAt),
  updatedAt: iso(o.updatedAt),
});
