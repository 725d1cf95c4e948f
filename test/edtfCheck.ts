import assert from 'node:assert/strict';
import edtf from 'edtf';
import type { Day } from '../server/src/syntax/dateInterval';

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : undefined);
const dayIso = (day: Day | undefined) =>
  day &&
  `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;

/**
 * Asserts that the `edtf` package parses `value`, and (but for seasons, which it takes as quarters
 * of the year) that the days it covers are `earliest` to `latest`, an open side open.
 */
export function assertEdtf(value: string, earliest: Day | undefined, latest: Day | undefined): void {
  const parsed = edtf(value);
  if (parsed.type === 'Season') return;
  assert.deepEqual([iso(parsed.min), iso(parsed.max)], [dayIso(earliest), dayIso(latest)], value);
}
