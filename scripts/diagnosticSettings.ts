import { DIAGNOSTIC_CODES } from '../server/src/analysis/codes';
import { SEVERITIES } from '../server/src/analysis/codes';

/** The `letters.diagnostics.<code>` settings the manifest must declare, one per diagnostic code. */
export function diagnosticSettings(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(DIAGNOSTIC_CODES).map(([code, { severity, description }]) => [
      `letters.diagnostics.${code}`,
      {
        type: 'string',
        enum: [...SEVERITIES],
        default: severity,
        markdownDescription: `Severity of \`${code}\`: ${description}`,
        scope: 'resource',
      },
    ]),
  );
}
