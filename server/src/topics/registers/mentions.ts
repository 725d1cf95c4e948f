import { fileName, type Edition } from '../../analysis/edition';
import type { DocumentModel } from '../../analysis/model';
import type { EntryMention, RegisterEntry } from '../../analysis/registers/kind';
import type { RegisterIndex } from '../../analysis/registers/registerIndex';

/** An entry of one kind's registers. */
export interface EntryOf {
  readonly index: RegisterIndex;
  readonly entry: RegisterEntry;
}

/** Every mention of an entry in the workspace's letters documents, in URI and text order. */
export function mentionsOf(
  workspace: Edition,
  { index, entry }: EntryOf,
): { model: DocumentModel; mention: EntryMention }[] {
  return workspace
    .all()
    .flatMap((model) =>
      mentionsIn(workspace, model, { index, entry }).map((mention) => ({ model, mention })),
    );
}

/** The mentions of an entry in one document, in text order. */
export function mentionsIn(
  workspace: Edition,
  model: DocumentModel,
  { index, entry }: EntryOf,
): EntryMention[] {
  return workspace.registers
    .mentions(model, (found) => found.index === index && found.entry.id === entry.id)
    .map(({ mention }) => mention);
}

/**
 * `Mentioned 12 times in 4 letters: letter 11 (3), letter 12 (5), …` per document; while the host
 * still reads the edition's files (`Edition.filesRead`), a count would be of the files read so far,
 * so the hover says that it is not counted yet instead (and answers at once).
 */
export function whereMentioned(workspace: Edition, found: EntryOf): string {
  if (!workspace.filesRead) return 'Mentions are counted once every file of the edition is read.';
  const places = mentionsOf(workspace, found);
  if (places.length === 0) return 'Not mentioned in the workspace’s letters.';
  const byDocument = new Map<string, Map<string, number>>();
  for (const { model, mention } of places) {
    const letter = model.letterAt(mention.span.start);
    const label = letter ? `letter ${letter.number}` : 'before the first letter';
    const counts = byDocument.get(model.uri) ?? new Map<string, number>();
    counts.set(label, (counts.get(label) ?? 0) + 1);
    byDocument.set(model.uri, counts);
  }
  const letterCount = [...byDocument.values()].reduce((sum, counts) => sum + counts.size, 0);
  const header = `Mentioned ${places.length} time${places.length === 1 ? '' : 's'} in ${letterCount} letter${letterCount === 1 ? '' : 's'}`;
  const parts = [...byDocument].map(([uri, counts]) => {
    const list = [...counts].map(([label, count]) => `${label} (${count})`).join(', ');
    return byDocument.size > 1 ? `${fileName(uri)}: ${list}` : list;
  });
  return `${header}: ${parts.join('; ')}.`;
}
