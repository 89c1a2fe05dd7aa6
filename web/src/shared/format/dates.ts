import i18next from 'i18next';

/** The viewer's own time zone (the browser's); every date on screen is shown in it. */
export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(style: 'datetime' | 'date' | 'time'): Intl.DateTimeFormat {
  const language = i18next.language || 'en';
  const key = `${language}|${style}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      style === 'datetime' ? { dateStyle: 'medium', timeStyle: 'short' } : style === 'date' ? { dateStyle: 'medium' } : { timeStyle: 'short' };
    found = new Intl.DateTimeFormat(language, options);
    formatters.set(key, found);
  }
  return found;
}

/** "12 Mar 2026, 14:05" in the viewer's language and time zone; "—" for nothing. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? formatter('datetime').format(new Date(iso)) : '—';
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? formatter('date').format(new Date(iso)) : '—';
}

/** A duration in the viewer's language, largest two units: "2 h 15 min", "3 d 4 h", "45 s". */
export function formatDuration(ms: number): string {
  const language = i18next.language || 'en';
  const total = Math.max(0, Math.round(Math.abs(ms) / 1000));
  const parts: Array<[number, 'day' | 'hour' | 'minute' | 'second']> = [
    [Math.floor(total / 86400), 'day'],
    [Math.floor((total % 86400) / 3600), 'hour'],
    [Math.floor((total % 3600) / 60), 'minute'],
    [total % 60, 'second'],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  if (first === -1) return new Intl.NumberFormat(language, { style: 'unit', unit: 'second', unitDisplay: 'narrow' }).format(0);
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'narrow' }).format(n))
    .join(' ');
}

/** "in 3 hours" / "2 days ago", relative to `now` (ms), in the viewer's language. */
export function formatRelative(iso: string, now: number): string {
  const diff = new Date(iso).getTime() - now;
  const abs = Math.abs(diff);
  const rtf = new Intl.RelativeTimeFormat(i18next.language || 'en', { numeric: 'auto' });
  if (abs < 60_000) return rtf.format(Math.round(diff / 1000), 'second');
  if (abs < 3_600_000) return rtf.format(Math.round(diff / 60_000), 'minute');
  if (abs < 86_400_000) return rtf.format(Math.round(diff / 3_600_000), 'hour');
  return rtf.format(Math.round(diff / 86_400_000), 'day');
}

/** An ISO instant as the value of an <input type="datetime-local"> in the viewer's zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of an <input type="datetime-local"> (viewer's zone) as an ISO instant; null when empty. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
