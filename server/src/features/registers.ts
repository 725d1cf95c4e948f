import { letterTitle } from '../analysis/labels';
import { fileName, type Edition } from '../analysis/edition';
import { indexCsv, indexMarkdown, indexOfNames } from '../topics/registers/indexOfNames';
import { registerListing, type MentionsInLetter } from '../topics/registers/registerListing';
import { lineRange, toRange } from './ranges';
import type { IndexOfNamesParams, RegisterMentions, RegistersListing } from '../../../protocol/letters';

/** `persons` → `Persons`. */
function kindLabel(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** Each letter with its first mention only: an edition of megabytes mentions its names tens of thousands of times. */
function mentionsOut(letters: readonly MentionsInLetter[]): RegisterMentions[] {
  return letters.flatMap(({ model, letter, spans }) => {
    const [first] = spans;
    if (!first) return [];
    return [
      {
        uri: model.uri,
        number: letter?.number,
        label: letter ? letterTitle(model.words, letter) : fileName(model.uri),
        range: toRange(model, first),
        count: spans.length,
      },
    ];
  });
}

/**
 * `letters/registers`: every entry of every register with the letters that mention it, and the
 * names no register knows, as the Registers view shows them.
 */
export function registersListing(workspace: Edition): RegistersListing {
  const inputs = listingInputs(workspace);
  const cached = listings.get(workspace);
  if (
    cached &&
    cached.inputs.length === inputs.length &&
    cached.inputs.every((input, index) => input === inputs[index])
  )
    return cached.listing;
  const listing = convertListing(workspace);
  listings.set(workspace, { inputs, listing });
  return listing;
}

/**
 * The last listing of each workspace with what it was read from. The view asks again whenever the
 * letters may have changed; at 5 MB a listing is some 50,000 letters of mentions to convert.
 */
const listings = new WeakMap<Edition, { inputs: readonly unknown[]; listing: RegistersListing }>();

/**
 * What a listing depends on: the edition's models (each one version of a document) in edition
 * order and each register kind's generation.
 */
function listingInputs(workspace: Edition): unknown[] {
  return [...workspace.edition(), ...workspace.registers.kinds.map((index) => index.generation)];
}

function convertListing(workspace: Edition): RegistersListing {
  const listing = registerListing(workspace);
  return {
    kinds: listing.kinds.map(({ kind, entries }) => ({
      kind,
      label: kindLabel(kind),
      entries: entries.map((entry) => ({
        id: entry.id,
        name: entry.name,
        uri: entry.uri,
        range: lineRange(entry.lineIndex, entry.span),
        selectionRange: lineRange(entry.lineIndex, entry.nameSpan),
        letters: mentionsOut(entry.letters),
      })),
    })),
    unregistered: listing.unregistered.map(({ name, kind, letters }) => ({
      name,
      kind,
      letters: mentionsOut(letters),
    })),
  };
}

/**
 * `letters/indexOfNames`: the back-of-book index of the workspace's letters, as `letters-check
 * --index` prints it; the client shows it, the server writes nothing.
 */
export function indexOfNamesText(workspace: Edition, format: IndexOfNamesParams['format']): string {
  const headings = indexOfNames(registerListing(workspace));
  return format === 'csv' ? indexCsv(headings) : indexMarkdown(headings);
}
