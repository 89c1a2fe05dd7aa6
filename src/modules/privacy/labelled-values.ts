import { maskValue } from './mask-value';
import { isProseWord } from './prose-words';
import { forwardSearch, readLabelledValue } from './read-labelled-value';
import type { SecretDetector, SecretFinding, SecretKind } from './secret-kind';

/** A family of labels that announce a secret value (`senha`, `api_key`, …). */
export interface LabelFamily {
  name: string;
  /** Regex source of the label words, compiled case-insensitive with Unicode; longest alternatives first. */
  labels: string;
  /** The kind of secret a matched label announces. */
  kindOf(label: string): SecretKind;
}

// `senha: x`, `password=x`, `"apiKey": "x"`, `\"password\":\"x\"`, `'pwd' => 'x'`, `token := x`,
// and Markdown bold from chat widgets: `**Senha:** x`, `**Password**: x`.
const ASSIGNMENT = String.raw`\\?["']?(?:\*\*)?[ \t]*(?<operator>=>|:=|[:=])(?:\*\*)?[ \t]*`;

// "my password is x", "minha senha é x", "la contraseña es x", "mein Passwort ist / lautet x",
// "мой пароль — x". Words between label and verb ("the wifi password for the lobby is") are not
// followed: they would turn every sentence about passwords into a guess.
const PROSE = String.raw`[ \t]+(?:is|was|é|eh|era|es|ist|lautet|war|это|—|–|-)(?:[ \t]*:)?[ \t]+`;

/**
 * Values that only stand in for a secret: empty or symbol-only (`***`, `•••`), JSON literals,
 * environment references (`$API_KEY`, `%TOKEN%`), `xxxx`, or a PEM block (private-keys.ts hides its
 * body and keeps its header).
 */
function isPlaceholder(value: string): boolean {
  return (
    !/[\p{L}\p{N}]/u.test(value) ||
    /^(?:null|true|false|undefined|none|nil|x+)$/i.test(value) ||
    value.startsWith('$') ||
    value.startsWith('%') ||
    value.startsWith('-----BEGIN')
  );
}

/**
 * Prose is full of "the password is wrong" and "la contraseña es incorrecta", so after a verb only
 * a value shaped like a password counts: it holds a digit, a symbol or a capital after the first
 * letter. A password of lowercase letters only, written in prose without quotes, is missed.
 */
function looksLikePassword(value: string): boolean {
  return /\p{N}/u.test(value) || /[^\p{L}\p{N}]/u.test(value) || /.\p{Lu}/u.test(value);
}

/** A detector for the values announced by one family of labels. */
export function labelledValues(family: LabelFamily): SecretDetector {
  // Compiled once and rewound on every call: a Unicode pattern this size is costly to build, and
  // `find` runs to completion before anything else can use it.
  const pattern = new RegExp(
    String.raw`(?<!\*\*\*\*)(?<![\p{L}\p{N}])(?<label>${family.labels})(?![\p{L}\p{N}_-])(?:(?<assignment>${ASSIGNMENT})|${PROSE})`,
    'giu',
  );
  return {
    name: family.name,
    find(text) {
      const findings: SecretFinding[] = [];
      pattern.lastIndex = 0;
      const search = forwardSearch(text);
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const span = readLabelledValue(text, match.index + match[0].length, search);
        if (!span) continue;
        const value = text.slice(span.start, span.end);
        const { label, assignment, operator } = match.groups!;
        if (!span.quoted && assignment === undefined && !looksLikePassword(value)) continue;
        // `Senha: não consigo entrar` is a subject line, not a password; `senha=não` would be one.
        if (!span.quoted && operator === ':' && isProseWord(value)) continue;
        // A label inside the value is part of the secret; skipping past it also keeps the scan linear.
        pattern.lastIndex = Math.max(pattern.lastIndex, span.end);
        if (isPlaceholder(value)) continue;
        findings.push({ kind: family.kindOf(label), start: span.start, end: span.end, replacement: maskValue(value) });
      }
      return findings;
    },
  };
}
