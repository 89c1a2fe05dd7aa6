/**
 * One pass of masking over a text: every detector runs on the original, overlapping findings are
 * joined, and each stretch is replaced once. `mask-secrets.ts` repeats passes until one finds nothing.
 */

import { isMaskedValue, maskValue } from './mask-value';
import { SECRET_DETECTORS } from './secret-detectors';
import type { SecretFinding, SecretKind } from './secret-kind';

/** One secret that was masked: its kind, and where its masked form starts in the returned text. */
export interface MaskedSecret {
  kind: SecretKind;
  start: number;
}

interface RankedFinding extends SecretFinding {
  rank: number;
}

/** Findings that overlap, masked as one stretch; the first of them (earliest, longest, most specific) names it. */
interface Stretch {
  start: number;
  end: number;
  first: RankedFinding;
}

/**
 * Joins overlapping findings into stretches. Hiding their union, rather than picking one finding,
 * never leaves part of a secret visible: a Slack token running into a Stripe key is hidden whole.
 */
function stretchesOf(findings: RankedFinding[]): Stretch[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const stretches: Stretch[] = [];
  let current: Stretch | undefined;
  for (const finding of findings) {
    if (current && finding.start < current.end) {
      if (finding.end > current.end) current.end = finding.end;
    } else {
      current = { start: finding.start, end: finding.end, first: finding };
      stretches.push(current);
    }
  }
  return stretches;
}

/** What replaces a stretch, or undefined when it is already in masked form and must stay as it is. */
function replacementOf(text: string, stretch: Stretch): string | undefined {
  const original = text.slice(stretch.start, stretch.end);
  if (isMaskedValue(original)) return undefined;
  // A finding covering the whole stretch keeps its own replacement (a card's digits, a key's line breaks).
  if (stretch.first.end === stretch.end) return stretch.first.replacement;
  return maskValue(original);
}

/** A pass's masked text and reports; `replaced` holds each replaced span of its input and the new length. */
export interface Pass {
  text: string;
  masked: MaskedSecret[];
  replaced: Array<{ start: number; end: number; length: number }>;
}

/** Masks what the detectors find in one reading of `text`. */
export function maskOnce(text: string): Pass {
  const findings: RankedFinding[] = [];
  SECRET_DETECTORS.forEach((detector, rank) => {
    // Detectors hand over fresh objects, so ranking them in place saves a copy per finding.
    for (const finding of detector.find(text) as RankedFinding[]) {
      finding.rank = rank;
      findings.push(finding);
    }
  });
  const parts: string[] = [];
  const masked: MaskedSecret[] = [];
  const replaced: Pass['replaced'] = [];
  let read = 0;
  let written = 0;
  for (const stretch of stretchesOf(findings)) {
    const replacement = replacementOf(text, stretch);
    if (replacement === undefined) continue;
    const kept = text.slice(read, stretch.start);
    parts.push(kept, replacement);
    written += kept.length;
    masked.push({ kind: stretch.first.kind, start: written });
    replaced.push({ start: stretch.start, end: stretch.end, length: replacement.length });
    written += replacement.length;
    read = stretch.end;
  }
  if (replaced.length === 0) return { text, masked, replaced };
  parts.push(text.slice(read));
  return { text: parts.join(''), masked, replaced };
}

/** Reports of an earlier pass moved into the text of a later one; those it masked again are replaced by its own. */
export function carryOver(earlier: Pass, later: Pass): Pass {
  const carried: MaskedSecret[] = [];
  let shift = 0;
  let next = 0;
  for (const report of earlier.masked) {
    while (next < later.replaced.length && later.replaced[next].end <= report.start) {
      const { start, end, length } = later.replaced[next++];
      shift += length - (end - start);
    }
    const span = later.replaced[next];
    if (span && span.start <= report.start) continue;
    carried.push({ kind: report.kind, start: report.start + shift });
  }
  const masked = [...carried, ...later.masked].sort((a, b) => a.start - b.start);
  return { text: later.text, masked, replaced: later.replaced };
}
