import { SEVERITIES, type Severity } from './codes';

/** The user's `letters.*` settings as the server uses them. */
export interface LettersSettings {
  /** Per-code severity overrides from `letters.diagnostics.<code>`. */
  readonly diagnostics: Readonly<Record<string, Severity>>;
  /** Extra person registers (`letters.persons`): paths, relative ones to the first workspace folder. */
  readonly persons: readonly string[];
  /** `letters.inlayHints.*`. */
  readonly inlayHints: { readonly persons: boolean; readonly numericDates: boolean };
  /** `letters.headingWord`: the word of the headings (`Brief`); empty for the language's own (`Letter`). */
  readonly headingWord: string;
  /** `letters.language`: the code of the edition's language (`fr`); empty to take `edition.json`'s, else English. */
  readonly language: string;
}

/** Settings when the client sends none. */
export const DEFAULT_SETTINGS: LettersSettings = {
  diagnostics: {},
  persons: [],
  inlayHints: { persons: false, numericDates: true },
  headingWord: '',
  language: '',
};

/**
 * Reads the `letters` configuration section, ignoring anything malformed: a wrong value in the
 * user's settings must never stop the server.
 */
export function parseSettings(section: unknown): LettersSettings {
  if (!isRecord(section)) return DEFAULT_SETTINGS;
  const diagnostics: Record<string, Severity> = {};
  const configured = section['diagnostics'];
  if (isRecord(configured)) {
    for (const [code, value] of Object.entries(flatten(configured))) {
      if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) {
        diagnostics[code] = value as Severity;
      }
    }
  }
  const persons = Array.isArray(section['persons'])
    ? section['persons'].filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '')
    : [];
  const hints = section['inlayHints'];
  const inlayHints = {
    persons: (isRecord(hints) && hints['persons'] === true) || section['inlayHints.persons'] === true,
    numericDates: !(
      (isRecord(hints) && hints['numericDates'] === false) ||
      section['inlayHints.numericDates'] === false
    ),
  };
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  return {
    diagnostics,
    persons,
    inlayHints,
    headingWord: text(section['headingWord']),
    language: text(section['language']),
  };
}

/**
 * VS Code hands dotted setting names back as nested objects (`note.missing` becomes
 * `{ note: { missing } }`); both shapes are accepted.
 */
function flatten(record: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (isRecord(value)) Object.assign(flat, flatten(value, name));
    else flat[name] = value;
  }
  return flat;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
