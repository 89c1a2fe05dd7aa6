import { AppError } from '../../server/app-error';

/** The person acting on a request, with what access checks need, read once per request. */
export interface Actor {
  id: string;
  name: string;
  role: 'customer' | 'agent' | 'admin';
  organizationId: string | null;
  teamIds: string[];
  emails: string[];
  languages: string[];
}

/** Who acts when the system itself changes something (jobs, channels without a known sender). */
export const systemActor: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  name: 'Atende',
  role: 'admin',
  organizationId: null,
  teamIds: [],
  emails: [],
  languages: [],
};

export const isStaff = (actor: Actor) => actor.role === 'agent' || actor.role === 'admin';

export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new AppError('forbidden', 'admin_only', 'Only an administrator may do this.');
}

export function requireStaff(actor: Actor): void {
  if (!isStaff(actor)) throw new AppError('forbidden', 'staff_only', 'Only agents and administrators may do this.');
}
