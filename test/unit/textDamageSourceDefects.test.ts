import assert from 'node:assert/strict';
import { corpusDocument, type CorpusDocument } from '../../scripts/textDamage/corpora';
import {
  DEFECT_KINDS,
  defectFound,
  loadSourceDefects,
  writtenPattern,
  type SourceDefect,
} from '../../scripts/textDamage/sourceDefects';

const defects = loadSourceDefects();

describe("the clean corpora's own defects, labelled by reading", () => {
  it('names, for every label, a word that its document still writes in its prose', () => {
    const documents = new Map<string, CorpusDocument | undefined>();
    const stale: string[] = [];
    for (const defect of defects) {
      if (!documents.has(defect.document)) documents.set(defect.document, corpusDocument(defect.document));
      const document = documents.get(defect.document);
      const prose = document?.regions.map((region) => document.text.slice(region.start, region.end)) ?? [];
      if (!prose.some((paragraph) => writtenPattern(defect.written).test(paragraph)))
        stale.push(`${defect.document}: ${defect.written}`);
    }
    assert.deepEqual(stale, [], 'labels whose word is not (or no longer) in the prose of their document');
  });

  it('gives every label a kind, a reason, and one line per word of a document', () => {
    const seen = new Set<string>();
    for (const defect of defects) {
      assert.ok(DEFECT_KINDS.includes(defect.kind), `${defect.written}: kind ${defect.kind}`);
      assert.ok(defect.why.trim().length > 0, `${defect.written}: no reason`);
      const key = `${defect.document} ${defect.written}`;
      assert.ok(!seen.has(key), `${key} is labelled twice`);
      seen.add(key);
    }
    // Both halves are labelled: odd-numbered samples and files develop, even-numbered ones test.
    const halves = new Set(defects.map((defect) => Number(/(\d+)$/.exec(defect.document)?.[1]) % 2));
    assert.deepEqual([...halves].sort(), [0, 1]);
  });

  it('reads a finding as a defect found only when it touches a place where the labelled word is written', () => {
    const labels: SourceDefect[] = [
      { document: 'brown/cn27', written: 'litle', kind: 'misprint', why: 'little' },
      { document: 'nlp-corpus/doc-0', written: 'Tray(Eddie', kind: 'missingSpace', why: 'Tray (Eddie' },
    ];
    const brown = { name: 'brown/cn27', text: 'He ate litle, and litles.' };
    assert.equal(defectFound(labels, brown, 7, 12)?.why, 'little');
    assert.equal(defectFound(labels, brown, 18, 24), undefined, 'another word that starts the same');
    assert.equal(defectFound(labels, { ...brown, name: 'brown/cn29' }, 7, 12), undefined);
    const nlp = { name: 'nlp-corpus/doc-0', text: 'the cops arrive, Tray(Eddie Murphy) tries' };
    assert.equal(defectFound(labels, nlp, 17, 22)?.kind, 'missingSpace');
  });
});
