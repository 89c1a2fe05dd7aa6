import type { JobDefinition } from './job-types';

/** Every job Atende runs. Modules add their definitions here. */
export const jobRegistry: Map<string, JobDefinition> = new Map();

export function registerJob(definition: JobDefinition): void {
  jobRegistry.set(definition.name, definition);
}
