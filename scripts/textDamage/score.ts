/**
 * Scoring of the check against simulated damage (recall per kind) and clean text (false alarms):
 * which finding catches which damage, and the tallies the measurement prints.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Finding } from './runCheck';
import { DAMAGE_KINDS, type Damage, type DamageKind, type Region } from './simulate';

/** The code that must report a simulated typo; every other kind is caught by any finding. */
export const TYPO_CODE = 'text.misspelt';

/** Whether a finding touches `[start, end)`; an empty finding at `start` or inside counts. */
export const touches = (finding: Finding, start: number, end: number): boolean =>
  finding.start < end && start < Math.max(finding.end, finding.start + 1);

/** The findings that catch a damage: any finding on its damaged form, a typo only by its own code. */
export function catchers(damage: Damage, findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (finding) =>
      touches(finding, damage.offset, damage.offset + damage.damaged.length) &&
      (damage.kind !== 'typo' || finding.code === TYPO_CODE),
  );
}

/** Counts of one kind: damages, caught at information or above, caught at warning or above. */
export interface KindTally {
  total: number;
  information: number;
  warning: number;
}

export const emptyTallies = (): Record<DamageKind, KindTally> =>
  Object.fromEntries(DAMAGE_KINDS.map((kind) => [kind, { total: 0, information: 0, warning: 0 }])) as Record<
    DamageKind,
    KindTally
  >;

/** Adds a damage's outcome to the tallies; returns whether it was caught at information or above. */
export function tally(
  tallies: Record<DamageKind, KindTally>,
  damage: Damage,
  caughtBy: readonly Finding[],
): boolean {
  const counts = tallies[damage.kind];
  counts.total++;
  const best = Math.min(...caughtBy.map((finding) => finding.severity), DiagnosticSeverity.Hint);
  if (best <= DiagnosticSeverity.Information) counts.information++;
  if (best <= DiagnosticSeverity.Warning) counts.warning++;
  return best <= DiagnosticSeverity.Information;
}

/** The findings on clean text inside the prose regions at information or above: the false alarms. */
export function falseAlarms(findings: readonly Finding[], regions: readonly Region[]): Finding[] {
  return findings.filter(
    (finding) =>
      finding.severity <= DiagnosticSeverity.Information &&
      regions.some((region) => touches(finding, region.start, region.end)),
  );
}

/**
 * Whether a false alarm is the text-damage check's (`text.*`), which the budgets count; the other
 * checks' findings on clean prose (a number read as a note marker) are listed apart.
 */
export const isTextDamage = (finding: Finding): boolean => finding.code.startsWith('text.');

/** `part` of `whole` as a percentage with one decimal, `–` when there is nothing to count. */
export const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
