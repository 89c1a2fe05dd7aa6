// Lone UTF-16 surrogates (broken charsets produce them) make PostgreSQL reject a jsonb value.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text from a stranger's email made storable: no NUL bytes (PostgreSQL text and jsonb refuse them),
 * no lone surrogates, at most `max` characters.
 */
export function storableText(value: string, max = Number.POSITIVE_INFINITY): string {
  const cleaned = value.replace(/\u0000/g, '').replace(loneSurrogate, '\ufffd');
  return cleaned.length > max ? cleaned.slice(0, max) : cleaned;
}
