/** The values a template may use. */
export interface TemplateVariables {
  customer: { name: string };
  ticket: { number: number | string; subject: string; dueAt: string };
  agent: { name: string };
  portal: { url: string };
}

/**
 * Fills `{{customer.name}}`-style variables. An unknown variable stays as written, so a typo shows
 * in the preview instead of silently vanishing.
 */
export function renderTemplate(text: string, variables: TemplateVariables): string {
  return text.replace(/\{\{\s*([a-zA-Z]+)\.([a-zA-Z]+)\s*\}\}/g, (whole, group: string, key: string) => {
    const value = (variables as unknown as Record<string, Record<string, unknown>>)[group]?.[key];
    return value === undefined || value === null ? whole : String(value);
  });
}

/** A due time as the customer reads it: their language, the calendar's zone. */
export function formatDue(at: string | null | undefined, language: string | null, timeZone = 'UTC'): string {
  if (!at) return '';
  try {
    return new Intl.DateTimeFormat(language ?? 'en', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }).format(new Date(at));
  } catch {
    return new Date(at).toISOString();
  }
}
