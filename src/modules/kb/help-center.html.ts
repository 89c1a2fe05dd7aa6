// A tiny HTML template tag for the server-rendered help center: every interpolated value is
// escaped unless it is explicitly marked as already-safe HTML (`raw`), so forgetting to escape is
// not possible by accident.

/** HTML that is already safe to insert: rendered and sanitized Markdown, or a template's output. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Marks a string as safe HTML. Only for output of the Markdown renderer or of `html` itself. */
export const raw = (value: string): SafeHtml => new SafeHtml(value);

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\`` — text escaped, nested `html` and `raw` values kept. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new SafeHtml(out);
}
