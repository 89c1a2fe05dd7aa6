// Due-time benchmark (DESIGN.md "Performance by design": a due time in < 2 µs).
// Run: npx tsx bench/business-time.ts
// Contele's calendar (08:30–18:00 America/Sao_Paulo, Mon–Fri, BR public holidays); random instants
// across 2026 and random amounts, drawn up front from a seeded generator so the timed loop does
// nothing but the computation. Results go to bench/RESULTS-business-time.md by hand.
import { createBusinessCalendar } from '../src/modules/calendars/business-calendar';
import {
  addBusinessDays,
  addBusinessMinutes,
  elapsedBusinessMinutes,
} from '../src/modules/calendars/business-time';
import { calendarDefinitionSchema } from '../src/modules/calendars/calendar.schemas';

const CALLS = 1_000_000;
const ROUNDS = 5;
const OFFICE_DAY = [['08:30', '18:00']];
const contele = calendarDefinitionSchema.parse({
  name: 'Contele support',
  timezone: 'America/Sao_Paulo',
  hours: { mon: OFFICE_DAY, tue: OFFICE_DAY, wed: OFFICE_DAY, thu: OFFICE_DAY, fri: OFFICE_DAY },
  holidays: { country: 'BR' },
});

// mulberry32: a tiny seeded PRNG, so every run measures the same inputs.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const next = random(2026);
const yearStart = Date.UTC(2026, 0, 1);
const yearLength = Date.UTC(2027, 0, 1) - yearStart;
const instants = new Float64Array(CALLS).map(() => yearStart + Math.floor(next() * yearLength));
const minutes = new Float64Array(CALLS).map(() => 1 + Math.floor(next() * 5 * 570)); // up to a business week
const days = new Float64Array(CALLS).map(() => Math.floor(next() * 11)); // 0–10 business days
const spans = new Float64Array(CALLS).map(() => Math.floor(next() * 30 * 86_400_000)); // up to 30 days

function measure(name: string, compute: (i: number) => number): void {
  let checksum = 0;
  for (let i = 0; i < CALLS; i++) checksum += compute(i); // warm-up: JIT and every year expanded
  const perCall: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < CALLS; i++) checksum += compute(i);
    perCall.push(Number(process.hrtime.bigint() - start) / CALLS);
  }
  const mean = perCall.reduce((sum, ns) => sum + ns, 0) / ROUNDS;
  console.log(
    `${name.padEnd(40)} mean ${(mean / 1000).toFixed(3)} µs/call, best round ${(Math.min(...perCall) / 1000).toFixed(3)} µs/call` +
      `  (${ROUNDS} × ${CALLS.toLocaleString('en')} calls, checksum ${checksum % 1000})`,
  );
}

// A calendar's first computation expands its year; zone offsets and holiday lists are shared per
// process, so "cold" (first use of that year anywhere) and "warm" (another calendar) differ.
function measureExpansion(): void {
  const median = (year: (k: number) => number) => {
    const samples: number[] = [];
    for (let k = 0; k < 21; k++) {
      const fresh = createBusinessCalendar(contele);
      const start = process.hrtime.bigint();
      addBusinessMinutes(fresh, Date.UTC(year(k), 5, 1), 1);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return samples.sort((a, b) => a - b)[10].toFixed(3);
  };
  console.log(`${'expand a year, cold (zone + holidays too)'.padEnd(40)} median ${median((k) => 2040 + 3 * k)} ms`);
  console.log(`${'expand a year, warm (new calendar)'.padEnd(40)} median ${median(() => 2026)} ms`);
}

const calendar = createBusinessCalendar(contele);
console.log(`node ${process.version}; calendar: Contele (America/Sao_Paulo, Mon–Fri 08:30–18:00, BR holidays); instants across 2026`);
measure('addBusinessMinutes (1–2850 min)', (i) => addBusinessMinutes(calendar, instants[i], minutes[i]));
measure('addBusinessDays (0–10 days)', (i) => addBusinessDays(calendar, instants[i], days[i]));
measure('elapsedBusinessMinutes (0–30 days span)', (i) => elapsedBusinessMinutes(calendar, instants[i], instants[i] + spans[i]));
measureExpansion();
