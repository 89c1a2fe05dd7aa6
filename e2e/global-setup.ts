import { buildWebIfStale } from '../web/build-web';

/** Builds the web app once per run (only when a source changed since the last build). */
export default async function setup(): Promise<void> {
  await buildWebIfStale();
}
