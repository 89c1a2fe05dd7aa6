import type { AppContext } from '../../src/server/context';

export async function seedDemo(_ctx: AppContext, _o: { force: boolean }): Promise<{ logins: Array<{ role: string; email: string; password: string }> } | null> {
  return null;
}
