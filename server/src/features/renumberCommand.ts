import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { DocumentModel } from '../analysis/model';
import { renumberNotes } from '../topics/notes/renumber';
import { toTextEdits } from './codeActions';
import { toOffset } from './ranges';

/** The command that renumbers the notes of the letter at a position: arguments `[uri, position]`. */
export const RENUMBER_NOTES_COMMAND = 'letters.renumberNotes';

/**
 * The edit for {@link RENUMBER_NOTES_COMMAND}, or undefined when the arguments are not a known
 * document and position or the notes are already in order.
 */
export function renumberNotesCommand(
  args: readonly unknown[],
  modelOf: (uri: string) => DocumentModel | undefined,
): WorkspaceEdit | undefined {
  const [uri, position] = args;
  if (typeof uri !== 'string' || !isPosition(position)) return undefined;
  const model = modelOf(uri);
  const letter = model?.letterAt(toOffset(model, position));
  if (!model || !letter) return undefined;
  const fix = renumberNotes(model.text, letter);
  return fix ? { changes: { [uri]: toTextEdits(model, fix) } } : undefined;
}

function isPosition(value: unknown): value is { line: number; character: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { line?: unknown }).line === 'number' &&
    typeof (value as { character?: unknown }).character === 'number'
  );
}
