import { parseArgs } from 'node:util';

type Spec = Record<string, { type: 'string' | 'boolean' }>;
type Values<S extends Spec> = { [K in keyof S]: S[K]['type'] extends 'boolean' ? boolean | undefined : string | undefined };

/** Parses `--name value` options; `--help` prints the usage and exits. */
export function readArgs<S extends Spec>(usage: string, options: S): Values<S> {
  const { values } = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: false });
  const parsed = values as Record<string, string | boolean | undefined>;
  if (parsed.help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed as Values<S>;
}

/** A positive integer option, e.g. `--count 1000000`, `--count 1_000_000` or `--count 1e6`. */
export function intArg(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${value}`);
  return n;
}
