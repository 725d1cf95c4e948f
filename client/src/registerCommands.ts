import {
  commands,
  type Location,
  QuickPickItemKind,
  Uri,
  window,
  workspace,
  type Disposable,
  type QuickPickItem,
  type TextDocument,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { IndexOfNamesParams, RegisterEntryListing } from '../../protocol/letters';
import { IndexOfNamesRequest } from '../../protocol/requests';
import type { Navigation } from './navigation';
import type { RegistersNode, RegistersView } from './registersView';

/** An entry of the name pick of Go to Letter Mentioning. */
export interface EntryPickItem extends QuickPickItem {
  readonly entry?: RegisterEntryListing;
}

/** What Build Index of Names opens: the format's language and the pick's label. */
const INDEX_FORMATS: Record<IndexOfNamesParams['format'], { label: string; language: string }> = {
  markdown: { label: 'Markdown', language: 'markdown' },
  // VS Code knows no CSV language of its own; an extension that adds one takes the document over.
  csv: { label: 'CSV', language: 'plaintext' },
};

/**
 * The commands built on the registers: Go to Letter Mentioning… (pick a register entry, then one of
 * the letters that mention it), Show Mentions (the Registers view's entries as references) and
 * Build Index of Names… (the server's index opened as an untitled document: nothing is written
 * until the user saves it where they choose).
 */
export class RegisterCommands {
  constructor(
    private readonly client: LanguageClient,
    private readonly view: RegistersView,
    private readonly navigation: Navigation,
  ) {}

  register(): Disposable[] {
    return [
      commands.registerCommand('letters.goToLetterMentioning', (node?: RegistersNode) =>
        this.goToLetterMentioning(node?.type === 'entry' ? node.entry : undefined),
      ),
      commands.registerCommand('letters.showMentions', (node?: RegistersNode) =>
        node?.type === 'entry' ? this.showMentions(node.entry) : undefined,
      ),
      commands.registerCommand('letters.buildIndexOfNames', (format?: IndexOfNamesParams['format']) =>
        this.buildIndexOfNames(format),
      ),
    ];
  }

  /** The items of the name pick: the mentioned entries of every register, under their kind. */
  async entryItems(): Promise<EntryPickItem[]> {
    const listing = await this.view.listing();
    const items: EntryPickItem[] = [];
    for (const kind of listing.kinds) {
      const mentioned = kind.entries.filter((entry) => entry.letters.length > 0);
      if (mentioned.length === 0) continue;
      items.push({ label: kind.label, kind: QuickPickItemKind.Separator });
      for (const entry of mentioned)
        items.push({
          label: entry.name,
          description: `${entry.letters.length} letter${entry.letters.length === 1 ? '' : 's'}`,
          entry,
        });
    }
    return items;
  }

  /**
   * Builds the index in `format` (asked for when not given) and opens it as an untitled document,
   * which it returns (undefined when the user chose no format).
   */
  async buildIndexOfNames(format?: IndexOfNamesParams['format']): Promise<TextDocument | undefined> {
    const chosen =
      format ??
      (
        await window.showQuickPick(
          Object.entries(INDEX_FORMATS).map(([key, { label }]) => ({
            label,
            format: key as IndexOfNamesParams['format'],
          })),
          { placeHolder: 'Build the index of names as' },
        )
      )?.format;
    if (!chosen) return undefined;
    const params: IndexOfNamesParams = { format: chosen };
    const content = await this.client.sendRequest(IndexOfNamesRequest, params);
    const document = await workspace.openTextDocument({ language: INDEX_FORMATS[chosen].language, content });
    await window.showTextDocument(document);
    return document;
  }

  private async goToLetterMentioning(entry: RegisterEntryListing | undefined): Promise<void> {
    const items = entry ? [] : await this.entryItems();
    if (!entry && items.length === 0) {
      void window.showInformationMessage('No register entry is mentioned in the letters of this workspace.');
      return;
    }
    const target =
      entry ??
      (
        await window.showQuickPick(items, {
          placeHolder: 'Go to a letter mentioning: type a person, place, organisation or term',
          matchOnDescription: true,
        })
      )?.entry;
    if (target) await this.navigation.goToLetter({ name: target.name, letters: target.letters });
  }

  /** The entry's mentions in the references panel, as the server's references of its first mention list them. */
  private async showMentions(entry: RegisterEntryListing): Promise<void> {
    const first = entry.letters[0];
    if (!first) return;
    const locations = await commands.executeCommand<Location[]>(
      'vscode.executeReferenceProvider',
      Uri.parse(first.uri),
      this.client.protocol2CodeConverter.asRange(first.range).start,
    );
    const at = this.client.protocol2CodeConverter.asRange(entry.selectionRange).start;
    await commands.executeCommand('editor.action.showReferences', Uri.parse(entry.uri), at, locations);
  }
}
