/**
 * `checkHover` and `checkDefinition`: feature checks in the caret style of `checkDiagnostics`
 * (`checks.ts`). The fixture carries its expectations on caret lines under the text they mark;
 * caret lines are removed before the files are read.
 *
 * Hover: carets mark the range the hover answers for, and the text after `hover:` must occur in
 * its Markdown (several lines under the same carets: each must occur); `no hover` says that
 * nothing answers there.
 *
 * ```
 * Sochi, 6/25/26
 *        ^^^^^^^ hover: **Friday, 25 June 1926**
 *        ^^^^^^^ hover: ISO 8601: `1926-06-25`
 * ```
 *
 * Definition: carets labelled `definition` mark the origin (asked at its first character; the
 * answer's origin range must be exactly it), those labelled `target` every place it must lead to
 * (the targets' selection ranges), in the document or in any other file of the fixture. A suffix
 * pairs origins with their targets (`definition a` … `target a`); `definition` with no target
 * expects no answer.
 *
 * ```
 * It must be written by Bukharin.3 Now.
 *                                ^ definition
 * 3.   From Stalin's speech.
 * ^ target
 * ```
 */
import assert from 'node:assert/strict';
import { MarkupContent, type Position, type Range } from 'vscode-languageserver-types';
import { Edition } from '../server/src/analysis/edition';
import { DEFAULT_SETTINGS } from '../server/src/analysis/settings';
import { createLanguageService } from '../server/src/service/languageService';

/** The URI of the fixture's document. */
export const FIXTURE_URI = 'file:///edition/fixture.letters';

/** Options of {@link checkHover} and {@link checkDefinition}. */
export interface FeatureCheckOptions {
  /**
   * Other files of the workspace by URI: letters files, registers (`*.persons.json`,
   * `*.places.json`, ...). Their text may carry caret lines too (`target` places).
   */
  readonly files?: Readonly<Record<string, string>>;
}

/** One caret line: the marked range of the line above it, its label and what follows the label. */
interface Mark {
  readonly uri: string;
  readonly range: Range;
  readonly label: string;
  readonly text: string;
}

const CARETS = /^( *)(\^+) (hover|no hover|definition|target)(?: ([a-z0-9]+))?(?:: (.*))?$/;

/** Asserts the hovers the caret lines of `source` expect, asking the language service. */
export function checkHover(source: string, options: FeatureCheckOptions = {}): void {
  const { model, service, marks } = setup(source, options);
  const hovers = marks.filter((mark) => mark.label === 'hover' || mark.label === 'no hover');
  assert.ok(hovers.length > 0, 'the fixture has no hover caret line');
  for (const mark of hovers) {
    const answer = service.hover(model, mark.range.start);
    const where = `hover at ${position(mark.range.start)}`;
    if (mark.label === 'no hover') {
      assert.equal(answer, null, `${where}: expected none, got ${JSON.stringify(answer?.contents)}`);
      continue;
    }
    assert.ok(answer && MarkupContent.is(answer.contents), `${where}: no Markdown hover`);
    assert.deepEqual(answer.range, mark.range, `${where}: the hover's range`);
    assert.ok(
      answer.contents.value.includes(mark.text),
      `${where}: ${JSON.stringify(mark.text)} is not in\n${answer.contents.value}`,
    );
  }
}

/** Asserts where go to definition leads from each `definition` caret line of `source`. */
export function checkDefinition(source: string, options: FeatureCheckOptions = {}): void {
  const { model, service, marks } = setup(source, options);
  const origins = marks.filter((mark) => mark.label === 'definition' && mark.uri === FIXTURE_URI);
  assert.ok(origins.length > 0, 'the fixture has no definition caret line in its document');
  for (const origin of origins) {
    const links = service.definition(model, origin.range.start);
    const where = `definition at ${position(origin.range.start)}`;
    const expected = marks
      .filter((mark) => mark.label === 'target' && mark.text === origin.text)
      .map((mark) => `${mark.uri} ${position(mark.range.start)}-${position(mark.range.end)}`);
    const found = links.map(
      (link) =>
        `${link.targetUri} ${position(link.targetSelectionRange.start)}-${position(link.targetSelectionRange.end)}`,
    );
    assert.deepEqual(found.sort(), expected.sort(), `${where}: the targets`);
    for (const link of links)
      assert.deepEqual(link.originSelectionRange, origin.range, `${where}: the origin`);
  }
}

function setup(source: string, options: FeatureCheckOptions) {
  const edition = new Edition();
  const marks: Mark[] = [];
  for (const [uri, text] of Object.entries(options.files ?? {})) load(edition, uri, read(uri, text, marks));
  const model = edition.set(FIXTURE_URI, 1, read(FIXTURE_URI, source, marks));
  const service = createLanguageService({ workspace: edition, settings: () => DEFAULT_SETTINGS });
  return { model, service, marks };
}

/** A file of the fixture into the edition by its kind. */
function load(edition: Edition, uri: string, text: string): void {
  if (uri.endsWith('.letters')) edition.set(uri, 1, text);
  else assert.ok(edition.registers.set(uri, text), `${uri} is no letters file and no register`);
}

/** The text of a file without its caret lines, whose marks are added to `marks`. */
function read(uri: string, source: string, marks: Mark[]): string {
  const kept: string[] = [];
  for (const line of source.split('\n')) {
    const match = CARETS.exec(line);
    if (!match) {
      kept.push(line);
      continue;
    }
    assert.ok(kept.length > 0, `a caret line before any line of text: ${line}`);
    const [, indent = '', carets = '', label = '', name = '', text = ''] = match;
    const lineNumber = kept.length - 1;
    const range = {
      start: { line: lineNumber, character: indent.length },
      end: { line: lineNumber, character: indent.length + carets.length },
    };
    // Columns count UTF-16 code units, as LSP positions do.
    assert.ok(
      range.end.character <= (kept[lineNumber] ?? '').length,
      `carets past the end of line ${lineNumber}`,
    );
    marks.push({ uri, range, label, text: label === 'hover' ? text : name });
  }
  return kept.join('\n');
}

function position(at: Position): string {
  return `${at.line + 1}:${at.character + 1}`;
}
