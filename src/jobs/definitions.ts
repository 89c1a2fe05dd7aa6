/** Registers every job definition; modules add theirs here. */
export function registerJobs(): void {}
