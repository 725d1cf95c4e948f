import type { LetterInput } from '../../analysis/letterProblems';
import type { DiagnosticCode } from '../../analysis/codes';
import type { Fix, Problem } from '../../analysis/problems';
import { FIELD_RANK, type ArchivalCitationSyntax } from '../../syntax/citations';
import type { Span } from '../../syntax/span';
import { letterCitations, type ResolvedCitation } from './resolve';

/** The `cite.*` problems of one letter: malformed citations, suspicious folios, broken citations, unresolved `ibid.`. */
export function letterCitationProblems({ model, letter }: LetterInput): Problem[] {
  const problems: Problem[] = [];
  for (const citation of letterCitations(model.text, letter, model.words.language)) {
    if (citation.syntax.kind === 'archival') problems.push(...archivalProblems(model.text, citation.syntax));
    problems.push(...ibidProblems(citation));
  }
  return problems;
}

function problem(code: DiagnosticCode, span: Span, message: string, fixes: Fix[] = []): Problem {
  return { code, span, message, related: [], fixes };
}

function replace(title: string, span: Span, newText: string): Fix {
  return { title, replacements: [{ span, newText }], preferred: true };
}

function archivalProblems(text: string, syntax: ArchivalCitationSyntax): Problem[] {
  const found: Problem[] = [];
  let highest = 0;
  for (const field of syntax.fields) {
    if (field.glued) {
      found.push(
        problem('cite.malformed', field.span, `A space is missing after \`${field.abbreviation}\`.`, [
          replace(
            `Write \`${field.abbreviation} ${field.value}\``,
            field.abbreviationSpan,
            `${field.abbreviation} `,
          ),
        ]),
      );
    }
    const rank = FIELD_RANK[field.field];
    if (rank < highest) {
      found.push(
        problem(
          'cite.malformed',
          field.span,
          `\`${field.abbreviation}\` is out of order: archives nest fond, opis, delo, then folios.`,
        ),
      );
    }
    highest = Math.max(highest, rank);
    const several = field.folios.length > 1 || field.folios.some((folio) => folio.last !== undefined);
    if (field.abbreviation === 'l.' && several) {
      found.push(
        problem('cite.malformed', field.abbreviationSpan, 'Several folios are cited with `ll.`, not `l.`.', [
          replace('Write `ll.`', field.abbreviationSpan, 'll.'),
        ]),
      );
    }
    for (const folio of field.folios) {
      const written = text.slice(folio.span.start, folio.span.end);
      const verso = /^(\d*)0b$/.exec(written);
      if (verso) {
        const corrected = `${verso[1]}ob.`;
        found.push(
          problem(
            'cite.folio',
            folio.span,
            `Folio \`${written}\` reads like \`${corrected}\` (verso) with \`o\` taken for a zero.`,
            verso[1] ? [replace(`Write \`${corrected}\``, folio.span, corrected)] : [],
          ),
        );
      } else if (/[a-z]$/.test(written) && !folio.verso) {
        found.push(
          problem(
            'cite.folio',
            folio.span,
            `Folio \`${written}\` is neither a number nor a verso (\`ob.\`).`,
          ),
        );
      }
    }
  }
  if (!syntax.archive && !syntax.ibidSpan && !syntax.continuation && syntax.fields[0]?.field === 'fond') {
    found.push(problem('cite.malformed', syntax.span, 'A fond is cited without its archive.'));
  }
  for (const gap of syntax.breaks) {
    found.push(
      problem('cite.broken', syntax.span, 'The citation is broken across a paragraph break.', [
        replace('Join the citation', gap, text.slice(gap.start, gap.end).startsWith(',') ? ', ' : ' '),
      ]),
    );
  }
  return found;
}

function ibidProblems(citation: ResolvedCitation): Problem[] {
  const syntax = citation.syntax;
  const span = syntax.kind === 'archival' ? (syntax.ibidSpan ?? syntax.span) : syntax.span;
  if (citation.unresolved === 'nothing-before') {
    return [
      problem(
        'cite.ibid',
        span,
        "Nothing is cited before this citation in the letter's notes: it continues no reference.",
      ),
    ];
  }
  if (citation.unresolved === 'ambiguous') {
    return [
      problem(
        'cite.ibid',
        span,
        `The previous note cites different sources: which one this continues is ambiguous (taken as the last).`,
      ),
    ];
  }
  return [];
}
