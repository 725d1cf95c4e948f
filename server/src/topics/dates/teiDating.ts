import { isoDate } from '../../syntax/calendar';
import { dateBounds } from '../../syntax/dateInterval';
import type { EditorialDate } from '../../syntax/editorialDates';

/** The schema a `date` is written for: TEI All, or CMIF's narrower customisation (no `precision`). */
export type DatingSchema = 'tei' | 'cmif';

/**
 * The TEI dating attributes of an editorial date (TEI Guidelines 13.4 and `att.datable.w3c`):
 * `when` for a day, month or year; `notBefore` / `notAfter` for every other form, as precise as
 * it is written (a bound that excludes its day is moved by one: `after 2 July` is `notBefore`
 * 3 July); `evidence="conjecture"`, since the editor supplied it; `cert="low"` for a doubted
 * date; `precision="low"` for an estimate (`c.`) and `"medium"` for a part of a month or a
 * season, whose bounds are a convention. CMIF has no `precision`: an estimate is `cert="low"`
 * there. Nothing for an undated letter.
 */
export function datingAttributes(
  value: EditorialDate,
  schema: DatingSchema,
): Record<string, string | undefined> | undefined {
  if (value.form === 'undated') return undefined;
  const { notBefore, notAfter } = dateBounds(value);
  const conventional = value.form === 'part' || value.form === 'season';
  const precision = value.circa ? 'low' : conventional ? 'medium' : undefined;
  return {
    ...(value.form === 'point'
      ? { when: isoDate(value.date) }
      : { notBefore: notBefore && isoDate(notBefore), notAfter: notAfter && isoDate(notAfter) }),
    evidence: 'conjecture',
    cert: value.uncertain || (schema === 'cmif' && value.circa) ? 'low' : undefined,
    ...(schema === 'tei' ? { precision } : {}),
  };
}
