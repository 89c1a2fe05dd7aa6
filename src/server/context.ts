import type { Logger } from 'pino';
import type { Database, Db } from '../db/connection';
import type { Clock } from './clock';
import type { Config } from './config';
import type { EventDispatcher } from '../events/dispatcher';

/** What every command, job and route needs: the database, the clock, configuration and logs. */
export interface AppContext {
  readonly database: Database;
  readonly db: Db;
  readonly clock: Clock;
  readonly config: Config;
  readonly logger: Logger;
  readonly events: EventDispatcher;
}
