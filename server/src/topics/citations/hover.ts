import { escapeMarkdown } from '../../analysis/markdown';
import type { DocumentModel } from '../../analysis/model';
import type { Span } from '../../syntax/span';
import { archiveEntry } from '../../syntax/archives';
import { citationAt, formatReference, letterCitations, type ResolvedCitation } from './resolve';

/** Hover on a citation: the full reference it resolves to, and the archive's full and later names. */
export function citationHover(
  model: DocumentModel,
  offset: number,
): { span: Span; markdown: string } | undefined {
  const letter = model.letterAt(offset);
  if (!letter) return undefined;
  const citation = citationAt(letterCitations(model.text, letter, model.words.language), offset);
  if (!citation) return undefined;
  return { span: citation.syntax.span, markdown: citationMarkdown(citation) };
}

/** The markdown of one citation's hover. */
export function citationMarkdown(citation: ResolvedCitation): string {
  const syntax = citation.syntax;
  const lines: string[] = [];
  if (citation.reference) {
    lines.push(`**${escapeMarkdown(formatReference(citation.reference))}**`);
    const archive = citation.reference.archive ? archiveEntry(citation.reference.archive) : undefined;
    if (archive) {
      lines.push('', `${archive.abbreviation}: ${archive.fullName}`);
      for (const later of archive.laterNames)
        lines.push(`- since ${later.since}: ${later.abbreviation}, ${later.fullName}`);
    }
  } else if (syntax.kind === 'published') {
    const source = syntax.form === 'ibid' ? citation.antecedent?.syntax : syntax;
    if (source && source.kind === 'published') {
      const parts = [source.title, source.place, source.year].filter((part) => part !== undefined);
      lines.push(`**${escapeMarkdown(parts.join(', '))}**`);
      if (source.volume) lines.push('', `Volume ${escapeMarkdown(source.volume)}`);
      if (syntax.pages)
        lines.push(
          '',
          `${source.form === 'periodical' ? 'Issue' : 'Pages'}: ${escapeMarkdown(syntax.pages)}`,
        );
    }
  }
  if (citation.antecedent)
    lines.push(
      '',
      `Continues ${escapeMarkdown(describe(citation.antecedent))}${citation.antecedent.note !== undefined ? ` (note ${citation.antecedent.note})` : ''}.`,
    );
  if (citation.unresolved === 'nothing-before') lines.push('', 'Nothing is cited before it: unresolved.');
  if (citation.unresolved === 'ambiguous')
    lines.push('', 'Ambiguous: the previous note cites different sources.');
  return lines.join('\n');
}

/** The resolved name of a citation: the full archival reference, or the published source's title. */
export function citationName(citation: ResolvedCitation): string {
  return describe(citation) || 'Source';
}

function describe(citation: ResolvedCitation): string {
  const syntax = citation.syntax;
  if (citation.reference) return formatReference(citation.reference);
  return syntax.kind === 'published' ? syntax.title : '';
}
