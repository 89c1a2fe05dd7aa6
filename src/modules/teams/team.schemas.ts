import { z } from 'zod';
import { listQueryBase, page, timestamp } from '../../contracts/common';
import { scopedSettings } from '../organizations/organization.schemas';

export const createTeamBody = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Department name, e.g. Technical (R21)'),
  calendarId: z.string().uuid().nullable().optional().describe('Business calendar of the team'),
  isTriage: z.boolean().optional().describe('Receives tickets that have no category (only one team can)'),
  settings: scopedSettings.optional(),
});

export const updateTeamBody = createTeamBody.partial();

export const teamView = z.object({
  id: z.string(),
  name: z.string(),
  calendarId: z.string().nullable(),
  isTriage: z.boolean(),
  settings: z.record(z.string(), z.unknown()),
  memberIds: z.array(z.string()),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const listTeamsQuery = z.object({ ...listQueryBase });
export const teamPage = page(teamView);

export type CreateTeam = z.infer<typeof createTeamBody>;
export type UpdateTeam = z.infer<typeof updateTeamBody>;
