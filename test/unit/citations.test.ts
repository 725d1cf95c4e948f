import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { documentProblems } from '../../server/src/topics/diagnose';
import { DocumentModel } from '../../server/src/analysis/model';
import { Edition } from '../../server/src/analysis/edition';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { scanCitations, type CitationSyntax } from '../../server/src/syntax/citations';
import { ENGLISH, resolveEditionWords, type Language } from '../../server/src/syntax/vocabulary';
import { formatReference, letterCitations } from '../../server/src/topics/citations/resolve';
import { applyReplacements, fixture, lines } from '../fixture';
import { checkHover } from '../featureChecks';

/** The text of each citation found in `source`, and the `[[...]]` ranges it marks. */
function scan(
  source: string,
  language: Language = ENGLISH,
): { found: string[]; expected: string[]; citations: CitationSyntax[] } {
  const { text, ranges } = fixture(source);
  const citations = scanCitations(text, 0, text.length, language);
  return {
    found: citations.map((one) => text.slice(one.span.start, one.span.end)),
    expected: ranges.map((range) => text.slice(range.start, range.end)),
    citations,
  };
}

/** A one-letter document with the given notes. */
function letter(...notes: string[]): string {
  return lines(
    'Letter 1',
    '',
    '[1 May 1926]',
    '',
    'Text.1',
    '',
    ...notes.flatMap((note, index) => [`${index + 1}.   ${note}`, '']),
  );
}

/** Every citation of a document written out as it resolves, and its `cite.*` problem codes with their text. */
function resolveAll(text: string): { resolved: string[]; problems: string[] } {
  const model = new DocumentModel('file:///t.letters', 1, text);
  const resolved = model.letters.flatMap((one) =>
    letterCitations(text, one, ENGLISH).map((citation) =>
      citation.reference
        ? formatReference(citation.reference)
        : text.slice(citation.syntax.span.start, citation.syntax.span.end),
    ),
  );
  const problems = documentProblems(model, new Edition())
    .filter((problem) => problem.code.startsWith('cite.'))
    .map((problem) => `${problem.code} ${text.slice(problem.span.start, problem.span.end)}`);
  return { resolved, problems };
}

describe('citation forms', () => {
  it('reads a full archival citation with its fields, several folios, a range and a verso', () => {
    const { found, expected, citations } = scan(
      'Source ([[RTsKhIDNI f. 17, op. 2, d. 246, vyp. 1, ll. 75, 76]]) and ([[GARF f. 5446, op. 1, d. 7, t. 2, ll. 12ob.–14]]).',
    );
    assert.deepEqual(found, expected);
    const second = citations[1];
    assert.ok(second?.kind === 'archival');
    assert.deepEqual(
      second.fields.map((field) => [field.field, field.value]),
      [
        ['fond', '5446'],
        ['opis', '1'],
        ['delo', '7'],
        ['tom', '2'],
        ['folios', '12ob.–14'],
      ],
    );
    const folio = second.fields[4]?.folios[0];
    assert.deepEqual([folio?.first, folio?.last, folio?.verso], ['12', '14', true]);
  });

  it('reads ibid. and partial citations, and a continuation after "and"', () => {
    const { found, expected } = scan(
      '(RTsKhIDNI f. 17, op. 3, d. 1, l. 2) then ([[ibid., d. 48, l. 7]], and [[d. 63, l. 25]]) and ([[op. 3, d. 577]]).',
    );
    assert.deepEqual(found.slice(1), expected);
  });

  it('reads published sources: books with their imprint, newspapers and journals', () => {
    const { found, expected, citations } = scan(
      lines(
        "(see [[L. Trotsky, Moia zhizn' [My life] [Moscow, 1991], 496]]).",
        '(published in [[Kommunisticheskaia oppozitsiia v SSSR [Communist opposition] [Benson, Vt.: Chalidze Publications, 1988], 1:90]]).',
        '([[KPSS v rezoliutsiiakh [Resolutions of the CPSU], vol. 4 [Moscow, 1984], 67, 68]]).',
        'He wrote in [[Pravda, 11 March 1931]] and the journal [[Bolshevik (1925, no. 16)]].',
        '(for example, [[G. Ye. Zinoviev, "Filosofiia epokhi," Leningrad, Priboy, 1925]], etc.).',
      ),
    );
    assert.deepEqual(found, expected);
    const kpss = citations[2];
    assert.ok(kpss?.kind === 'published');
    assert.deepEqual([kpss.place, kpss.year, kpss.volume, kpss.pages], ['Moscow', '1984', '4', '67, 68']);
    const medvedev = citations[1];
    assert.ok(medvedev?.kind === 'published');
    assert.deepEqual([medvedev.volume, medvedev.pages], ['1', '90']);
  });

  it("reads a periodical's issue date in the edition's language", () => {
    const french = resolveEditionWords({ language: 'fr' }).language;
    const { found, expected, citations } = scan(
      'Il écrivit dans [[Pravda, 1er mars 1931]] et [[Izvestiia, 12 Avril 1926]].',
      french,
    );
    assert.deepEqual(found, expected);
    assert.deepEqual(
      citations.map((citation) => citation.kind === 'published' && [citation.year, citation.pages]),
      [
        ['1931', '1er mars 1931'],
        ['1926', '12 Avril 1926'],
      ],
    );
    assert.deepEqual(scan('He wrote in Pravda, 11 March 1931.', french).found, []);
  });

  it('finds nothing in page numbers, l. and d. in prose, volume and page, et al.', () => {
    for (const text of [
      'See page 36, pp. 165, 166 and vol. 1:90 of the transcript.',
      'He d. 1924 in Moscow; Lashevich, Belenkii et al. 3 were present.',
      'The sign l. 8 stood alone, and f. 3 was crossed out.',
      'Sent from Moscow, 3 June 1926. On 5 October 1926, Pravda published the speech.',
      'Moscow, 1926, was a year of struggle.',
    ]) {
      assert.deepEqual(scan(text).found, [], text);
    }
  });

  it('never throws and keeps spans inside the text', () => {
    for (const text of [
      'RTsKhIDNI',
      'ibid.',
      'f.',
      'RTsKhIDNI f. , op.',
      '[Moscow, 1926]',
      'l. 1, , 2',
      '\u0000ibid., l.',
    ]) {
      for (const citation of scanCitations(text, 0, text.length, ENGLISH)) {
        assert.ok(citation.span.start >= 0 && citation.span.end <= text.length, text);
      }
    }
  });
});

describe('ibid. chains', () => {
  it('continues the previous citation in the same note, then the last one of an earlier note', () => {
    const { resolved, problems } = resolveAll(
      letter(
        'A (RTsKhIDNI f. 17, op. 3, d. 579, ll. 13, 14) and (ibid., d. 577, l. 4).',
        'No source here.',
        'B (ibid., op. 2, d. 246, vyp. 1, l. 15). C (ibid., l. 16).',
      ),
    );
    assert.deepEqual(resolved, [
      'RTsKhIDNI f. 17, op. 3, d. 579, ll. 13, 14',
      'RTsKhIDNI f. 17, op. 3, d. 577, l. 4',
      'RTsKhIDNI f. 17, op. 2, d. 246, vyp. 1, l. 15',
      'RTsKhIDNI f. 17, op. 2, d. 246, vyp. 1, l. 16',
    ]);
    assert.deepEqual(problems, []);
  });

  it('reports an ibid. with nothing before it', () => {
    assert.deepEqual(resolveAll(letter('First (ibid., d. 5, l. 2).')).problems, ['cite.ibid ibid.']);
  });

  it('reports an ibid. after a note that cites two sources it could continue', () => {
    const text = letter(
      '(RTsKhIDNI f. 17, op. 3, d. 1) and (GARF f. 5446, op. 1, d. 2).',
      'Then (ibid., d. 3, l. 4).',
    );
    assert.deepEqual(resolveAll(text).problems, ['cite.ibid ibid.']);
  });

  it('does not report an ibid. after a note whose sources agree on what it takes', () => {
    const text = letter(
      '(RTsKhIDNI f. 17, op. 3, d. 1) and (RTsKhIDNI f. 17, op. 2, d. 2).',
      'Then (ibid., op. 3, d. 3, l. 4).',
    );
    assert.deepEqual(resolveAll(text).problems, []);
  });

  it('keeps an archival chain across a published source cited in between', () => {
    const text = letter(
      '(RTsKhIDNI f. 17, op. 3, d. 1).',
      'The journal Bolshevik (1925, no. 16) reprinted it.',
      '(ibid., f. 613, op. 1, d. 47, l. 14).',
    );
    assert.deepEqual(resolveAll(text).resolved.at(-1), 'RTsKhIDNI f. 613, op. 1, d. 47, l. 14');
  });
});

describe('citation checks', () => {
  const fixed = (text: string) => {
    const model = new DocumentModel('file:///t.letters', 1, text);
    const problems = documentProblems(model, new Edition()).filter((problem) =>
      problem.code.startsWith('cite.'),
    );
    return {
      problems,
      text: applyReplacements(
        text,
        problems.flatMap((problem) => problem.fixes[0]?.replacements ?? []),
      ),
    };
  };

  it('reports a missing space and fixes it', () => {
    const result = fixed(letter('(RTsKhIDNI f.82, op. 1, d. 144, l.1).'));
    assert.deepEqual(
      result.problems.map((problem) => problem.code),
      ['cite.malformed', 'cite.malformed'],
    );
    assert.ok(result.text.includes('(RTsKhIDNI f. 82, op. 1, d. 144, l. 1).'));
  });

  it('reports l. before several folios and a range, with ll. as the fix', () => {
    const result = fixed(
      letter('(RTsKhIDNI f. 17, op. 3, d. 1, l. 4, 5) (RTsKhIDNI f. 17, op. 3, d. 1, l. 4–6).'),
    );
    assert.equal(result.problems.length, 2);
    assert.ok(result.text.includes('ll. 4, 5') && result.text.includes('ll. 4–6'));
  });

  it('reports fields out of order and a fond without archive', () => {
    const { problems } = resolveAll(letter('(RTsKhIDNI f. 17, d. 3, op. 1) and (f. 17, op. 3, d. 5).'));
    assert.deepEqual(problems, ['cite.malformed op. 1', 'cite.malformed f. 17, op. 3, d. 5']);
  });

  it('reports a folio 120b as 12ob. and fixes it; leaves 12ob. alone', () => {
    const result = fixed(letter('(RTsKhIDNI f. 17, op. 3, d. 48, l. 120b) (ibid., l. 12ob.).'));
    assert.deepEqual(
      result.problems.map((problem) => problem.code),
      ['cite.folio'],
    );
    assert.ok(result.text.includes('l. 12ob.) (ibid., l. 12ob.)'));
  });

  it('reports a citation broken across a paragraph break and joins it', () => {
    const result = fixed(letter('(RTsKhIDNI f. 17, op. 3, d.\n\n607, ll. 4, 5).'));
    assert.deepEqual(
      result.problems.map((problem) => problem.code),
      ['cite.broken'],
    );
    assert.ok(result.text.includes('(RTsKhIDNI f. 17, op. 3, d. 607, ll. 4, 5).'));
  });

  it('reads CRLF and NBSP', () => {
    const text = letter('(RTsKhIDNI f.\u00a017, op.\u00a03, d.\r\n\r\n607, l.\u00a02).')
      .replace(/\n/g, '\r\n')
      .replace(/\r\r/g, '\r');
    assert.deepEqual(resolveAll(text).resolved, ['RTsKhIDNI f. 17, op. 3, d. 607, l. 2']);
  });
});

describe('citation hover', () => {
  it('shows the resolved reference and the archive names', () => {
    checkHover(
      letter(
        '(RTsKhIDNI f. 17, op. 3, d. 1, l. 2).',
        lines(
          '(ibid., d. 573, l. 2).',
          '      ^^^^^^^^^^^^^^^^^^^ hover: **RTsKhIDNI f. 17, op. 3, d. 573, l. 2**',
          '      ^^^^^^^^^^^^^^^^^^^ hover: since 1999: RGASPI',
          '      ^^^^^^^^^^^^^^^^^^^ hover: Continues RTsKhIDNI f. 17, op. 3, d. 1, l. 2 (note 1).',
        ),
      ),
    );
  });
});

/**
 * Every citation of the sample, read line by line, with what it resolves to: published sources
 * as written, archival ones written out in full.
 */
const SAMPLE_CITATIONS: readonly string[] = [
  "11.2 L. Trotsky, Moia zhizn' [My life] [Moscow, 1991], 496",
  '12.2 Kommunisticheskaia oppozitsiia v SSSR, 192327 [Communist opposition in the USSR, 192327], 4 vols. [Benson, Vt.: Chalidze Publications, 1988], 1:90101',
  '12.3 RTsKhIDNI f. 17, op. 2, d. 246, vyp. 1, ll. 75, 76',
  '12.3 RTsKhIDNI f. 17, op. 2, d. 696, ll. 46, 47',
  '13.1 RTsKhIDNI f. 82, op. 1, d. 144, l. 1',
  '13.2 G. Ye. Zinoviev, "Filosofiia epokhi," Leningrad, Priboy, 1925; Moscow, Moskovskiy rabochiy, 1925',
  '14.1 RTsKhIDNI f. 82, op. 1, d. 144, l. 2',
  '15.1 RTsKhIDNI f. 558, op. 1, d. 3263, l. 1',
  '16.1 RTsKhIDNI f. 558, op. 1, d. 3266, ll. 1, 2',
  '17.1 RTsKhIDNI f. 558, op. 1, d. 5297',
  '18.1 RTsKhIDNI f. 558, op. 1, d. 3266, l. 3',
  '19.1 RTsKhIDNI f. 558, op. 1, d. 3340',
  '20.4 RTsKhIDNI f. 17, op. 3, d. 568, l. 3',
  '20.4 RTsKhIDNI f. 17, op. 3, d. 573, l. 2',
  '21.1 RTsKhIDNI f. 17, op. 2, d. 696, l. 68',
  '21.2 KPSS v rezoliutsiiakh [Resolutions of the CPSU], vol. 4 [Moscow, 1984], 36',
  '21.4 XIV Congress of the Russian Communist Party [Bolshevik], Transcript [Moscow, 1926], 165, 166',
  '22.2 RTsKhIDNI f. 17, op. 3, d. 579, ll. 13, 14',
  '22.3 RTsKhIDNI f. 17, op. 3, d. 577, ll. 4, 5',
  '22.4 RTsKhIDNI f. 17, op. 3, d. 579, l. 3',
  '22.5 RTsKhIDNI f. 17, op. 2, d. 246, vyp. 1, l. 15',
  '22.5 RTsKhIDNI f. 17, op. 3, d. 580, l. 5',
  '22.7 RTsKhIDNI f. 17, op. 3, d. 577, l. 4',
  '22.8 RTsKhIDNI f. 17, op. 2, d. 246, vyp. 4',
  '23.8 RTsKhIDNI f. 17, op. 3, d. 585, l. 3',
  '24.1 KPSS v rezoliutsiiakh [Resolutions of the CPSU], vol. 4 [Moscow, 1984], 67, 68',
  '25.3 RTsKhIDNI f. 17, op. 3, d. 584, l. 5',
  '25.5 RTsKhIDNI f. 85, op. 26, d. 5',
  '25.5 RTsKhIDNI f. 17, op. 3, d. 586, ll. 4, 5',
  '25.7 RTsKhIDNI f. 558, op. 1, d. 3259',
  '25.7 RTsKhIDNI f. 558, op. 1, d. 3341',
  '26.3 RTsKhIDNI f. 17, op. 3, d. 580, l. 1',
  '27.2 RTsKhIDNI f. 17, op. 3, d. 585, l. 3',
  '27.3 RTsKhIDNI f. 17, op. 3, d. 584, l. 5',
  '27.3 RTsKhIDNI f. 17, op. 3, d. 589, l. 3',
  '27.5 RTsKhIDNI f. 17, op. 3, d. 588, l. 3',
  '27.7 Bolshevik (1925, no. 16)',
  '27.8 RTsKhIDNI f. 613, op. 1, d. 47, l. 14',
  '27.9 RTsKhIDNI f. 613, op. 1, d. 48, l. 120b',
  '27.9 RTsKhIDNI f. 613, op. 1, d. 63, l. 25',
  '28.1 RTsKhIDNI f. 17, op. 3, d. 588, ll. 1, 2',
  '28.2 RTsKhIDNI f. 17, op. 3, d. 590, l. 2',
  '30.3 RTsKhIDNI f. 17, op. 3, d. 607, ll. 4, 5',
  '30.4 KPSS v rezoliutsiiakh [Resolutions of the CPSU], vol. 4 [Moscow, 1984], 13748',
  '30.7 RTsKhIDNI f. 85, op. 1c, d. 173, ll. 3, 4',
];

/** The damaged citations of the sample and the problem each gets. */
const SAMPLE_PROBLEMS: readonly string[] = [
  '13 cite.malformed f.82',
  '23 cite.malformed l.3',
  '26 cite.broken RTsKhIDNI f.\n\n17, op. 3, d. 580, l. 1',
  '27 cite.folio 120b',
  '30 cite.broken RTsKhIDNI f. 17, op. 3, d.\n\n607, ll. 4, 5',
];

describe('citations in the outline', () => {
  it("lists each note's sources under it, resolved, and leaves notes without sources bare", () => {
    const model = new DocumentModel(
      'file:///a.letters',
      1,
      lines(
        'Letter 5',
        '[1 May 1926]',
        'Text.1 More.2 End.3',
        '',
        '1.   RTsKhIDNI f. 17, op. 3, d. 585, l. 3.',
        '',
        '2.   A note without a source.',
        '',
        '3.   See ibid., l. 4.',
      ),
    );
    const [letter] = documentSymbols(model);
    assert.deepEqual(
      letter?.children?.map((note) => [note.name, (note.children ?? []).map((source) => source.name)]),
      [
        ['Note 1', ['RTsKhIDNI f. 17, op. 3, d. 585, l. 3']],
        ['Note 2', []],
        ['Note 3', ['RTsKhIDNI f. 17, op. 3, d. 585, l. 4']],
      ],
    );
  });
});

describe('citations of the sample', () => {
  const text = readFileSync(
    path.join(__dirname, '..', '..', 'samples', 'stalin-molotov-1926.letters'),
    'utf8',
  );
  const model = new DocumentModel('file:///sample.letters', 1, text);

  it('finds every citation and resolves it, and nothing else', () => {
    const found = model.letters.flatMap((one) =>
      letterCitations(text, one, ENGLISH).map(
        (citation) =>
          `${one.number}.${citation.note ?? 'body'} ${
            citation.reference
              ? formatReference(citation.reference)
              : text.slice(citation.syntax.span.start, citation.syntax.span.end)
          }`,
      ),
    );
    assert.deepEqual(found, SAMPLE_CITATIONS);
  });

  it('reports exactly the damaged citations', () => {
    const problems = documentProblems(model, new Edition())
      .filter((problem) => problem.code.startsWith('cite.'))
      .map(
        (problem) =>
          `${model.letterAt(problem.span.start)?.number} ${problem.code} ${text.slice(problem.span.start, problem.span.end)}`,
      );
    assert.deepEqual(problems, SAMPLE_PROBLEMS);
  });
});
