import { carryOver, maskOnce, type MaskedSecret } from './mask-pass';
import { isMaskedValue, maskValue } from './mask-value';
import { secretKindForFieldName } from './secret-field-names';
import type { SecretKind } from './secret-kind';

export type { MaskedSecret } from './mask-pass';

// The two entry points of R45 masking: `maskSecrets` for a text (subject, message), and
// `maskSecretsDeep` for JSON-like values (intake and custom fields), which applies it to every string.

/** A text with its secrets masked, and what was masked. */
export interface MaskSecretsResult {
  text: string;
  masked: MaskedSecret[];
}

// The rules interact: masking one secret can change how a neighbour reads (a label value that stopped
// at a card's space runs on once the card is masked). The detectors are built so that a second pass
// finds nothing in anything realistic; for the odd adjacency that escapes them, masking repeats
// until nothing more is found, which is what makes idempotence a guarantee rather than a hope.
const MAX_PASSES = 4;

/**
 * Masks the API keys, tokens, private keys, passwords and card numbers in a text before it is
 * stored or shown (R45). Pure and idempotent: masking the result again changes nothing and
 * reports nothing. `start` offsets point into the returned text, the only one that is kept.
 */
export function maskSecrets(text: string): MaskSecretsResult {
  let result = maskOnce(text);
  for (let pass = 1; pass < MAX_PASSES && result.masked.length > 0; pass++) {
    const again = maskOnce(result.text);
    if (again.masked.length === 0) break;
    result = carryOver(result, again);
  }
  return { text: result.text, masked: result.masked };
}

/**
 * Where a string sits inside a JSON-like value, written the way a reader expects it:
 * `contact.email`, `notes[2]`, `["field with spaces"]`; the root itself is ``.
 */
export type SecretPath = string;

const PLAIN_KEY = /^[\p{L}_$][\p{L}\p{N}_$-]*$/u;

function childPath(path: SecretPath, key: string | number): SecretPath {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!PLAIN_KEY.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** One secret masked inside a JSON-like value. `start` is its offset in the masked string at `path`. */
export interface MaskedSecretAt {
  kind: SecretKind;
  path: SecretPath;
  start: number;
}

/** A JSON-like value of the same shape with its secrets masked, and what was masked where. */
export interface MaskSecretsDeepResult<T> {
  value: T;
  masked: MaskedSecretAt[];
}

const AUTH_SCHEME = /^(?:bearer|basic|token|bot)[ \t]+/i;

/** A whole field value that its name says is secret; an Authorization value keeps its scheme. */
function maskSecretField(value: string, fieldKind: SecretKind): { text: string; kind?: SecretKind } {
  const scheme = fieldKind === 'bearer_token' ? (AUTH_SCHEME.exec(value)?.[0] ?? '') : '';
  const secret = value.slice(scheme.length);
  if (secret.trim() === '' || isMaskedValue(secret)) return { text: value };
  const kind = /^basic/i.test(scheme) ? 'basic_auth' : fieldKind;
  return { text: scheme + maskValue(secret), kind };
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Masks every string inside a JSON-like value (intake fields, custom fields, webhook payloads),
 * returning a new value of the same shape; the input is not changed. A field whose name marks it
 * secret (`password`, `senha`, `apiKey`, `Authorization`) is masked whole; every other string goes
 * through `maskSecrets`. Object keys are field names, not customer input, and stay as they are; so
 * do numbers, booleans and non-plain objects (dates, buffers). A cycle throws a TypeError.
 */
export function maskSecretsDeep<T>(value: T): MaskSecretsDeepResult<T> {
  const masked: MaskedSecretAt[] = [];
  const ancestors = new Set<object>();

  const visit = (node: unknown, path: SecretPath, fieldKind: SecretKind | undefined): unknown => {
    if (typeof node === 'string') {
      if (fieldKind) {
        const field = maskSecretField(node, fieldKind);
        if (field.kind) masked.push({ kind: field.kind, path, start: 0 });
        return field.text;
      }
      const result = maskSecrets(node);
      for (const { kind, start } of result.masked) masked.push({ kind, path, start });
      return result.text;
    }
    if (typeof node !== 'object' || node === null) return node;
    if (!Array.isArray(node) && !isPlainObject(node)) return node;
    if (ancestors.has(node)) throw new TypeError(`maskSecretsDeep: cyclic value at ${path || '(root)'}`);
    ancestors.add(node);
    let copy: unknown;
    if (Array.isArray(node)) {
      // Items of a secret field (`passwords: ['a', 'b']`) are secret too.
      copy = node.map((item, index) => visit(item, childPath(path, index), fieldKind));
    } else {
      const entries = Object.entries(node).map(([key, item]) => [key, visit(item, childPath(path, key), secretKindForFieldName(key) ?? fieldKind)]);
      // fromEntries defines own properties, so a `__proto__` key stays data and never becomes a prototype.
      const object = Object.fromEntries(entries);
      if (Object.getPrototypeOf(node) === null) Object.setPrototypeOf(object, null);
      copy = object;
    }
    ancestors.delete(node);
    return copy;
  };

  return { value: visit(value, '', undefined) as T, masked };
}
