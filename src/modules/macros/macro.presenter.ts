import { iso } from '../../contracts/common';
import type { MacroRecord } from './macro.queries';

/** A macro as staff see it. */
export const presentMacro = (m: MacroRecord) => ({
  id: m.id,
  name: m.name,
  description: m.description,
  body: m.body,
  internal: m.internal,
  changes: m.changes,
  createdAt: iso(m.createdAt),
  updatedAt: iso(m.updatedAt),
});
