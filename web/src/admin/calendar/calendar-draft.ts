import type { Calendar, Interval } from '../../shared/api/types';

export const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof days)[number];

/** A calendar as the editor holds it: each day's intervals as text, e.g. "08:00-12:00, 13:30-16:30". */
export interface CalendarDraft {
  name: string;
  timezone: string;
  always: boolean;
  days: Record<Day, string>;
  holidayCountry: string;
  holidayRegion: string;
  holidayDates: string;
  overrides: string;
}

export const newDraft = (): CalendarDraft => ({
  name: '',
  timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  always: false,
  days: { mon: '08:30-18:00', tue: '08:30-18:00', wed: '08:30-18:00', thu: '08:30-18:00', fri: '08:30-18:00', sat: '', sun: '' },
  holidayCountry: '',
  holidayRegion: '',
  holidayDates: '',
  overrides: '',
});

const intervalsText = (value: Interval[] | string | undefined) =>
  typeof value === 'string' ? value : (value ?? []).map(([from, to]) => `${from}-${to}`).join(', ');

export function draftOf(calendar: Calendar): CalendarDraft {
  const always = calendar.hours === '24/7';
  const hours = always ? {} : (calendar.hours as Exclude<Calendar['hours'], '24/7'>);
  return {
    name: calendar.name,
    timezone: calendar.timezone,
    always,
    days: Object.fromEntries(days.map((d) => [d, intervalsText(hours[d])])) as Record<Day, string>,
    holidayCountry: calendar.holidays?.country ?? '',
    holidayRegion: calendar.holidays?.region ?? '',
    holidayDates: (calendar.holidays?.dates ?? []).join(', '),
    overrides: calendar.overrides && Object.keys(calendar.overrides).length ? JSON.stringify(calendar.overrides, null, 2) : '',
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const validZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Problems are named by key (translated by the editor) with the offending text. */
export type DraftProblem = { key: 'interval' | 'timezone' | 'overrides' | 'date' | 'country'; value: string };

function parseIntervals(text: string): Interval[] | DraftProblem {
  const out: Interval[] = [];
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [from, to] = part.split('-').map((s) => s.trim());
    const toOk = to === '24:00' || TIME.test(to ?? '');
    if (!TIME.test(from ?? '') || !toOk || (to !== '24:00' && to <= from)) return { key: 'interval', value: part };
    out.push([from, to]);
  }
  return out;
}

/**
 * The API body for a draft (POST/PATCH /calendars, and the unsaved `calendar` of the preview), or
 * the first problem. Checked here so a half-typed interval is not sent to the server.
 */
export function bodyOf(draft: CalendarDraft): { body: Record<string, unknown> } | { problem: DraftProblem } {
  if (!validZone(draft.timezone)) return { problem: { key: 'timezone', value: draft.timezone } };
  let hours: Record<string, Interval[]> | '24/7' = '24/7';
  if (!draft.always) {
    hours = {};
    for (const day of days) {
      const parsed = parseIntervals(draft.days[day]);
      if (!Array.isArray(parsed)) return { problem: parsed };
      if (parsed.length) hours[day] = parsed;
    }
  }
  if (draft.holidayCountry && !/^[a-z]{2}$/i.test(draft.holidayCountry.trim())) return { problem: { key: 'country', value: draft.holidayCountry } };
  const dates = draft.holidayDates.split(',').map((s) => s.trim()).filter(Boolean);
  const badDate = dates.find((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d));
  if (badDate) return { problem: { key: 'date', value: badDate } };
  let overrides: unknown = undefined;
  if (draft.overrides.trim()) {
    try {
      overrides = JSON.parse(draft.overrides);
    } catch {
      return { problem: { key: 'overrides', value: draft.overrides.slice(0, 40) } };
    }
  }
  const holidays = draft.holidayCountry || dates.length
    ? { ...(draft.holidayCountry ? { country: draft.holidayCountry.toUpperCase() } : {}), ...(draft.holidayRegion ? { region: draft.holidayRegion.toUpperCase() } : {}), ...(dates.length ? { dates } : {}) }
    : undefined;
  return {
    body: {
      name: draft.name.trim() || 'Calendar',
      timezone: draft.timezone,
      hours,
      ...(holidays ? { holidays } : {}),
      ...(overrides ? { overrides } : {}),
    },
  };
}
