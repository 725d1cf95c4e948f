import * as path from 'node:path';
import {
  commands,
  EventEmitter,
  ThemeColor,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  Uri,
  type Disposable,
  type Event,
  type TreeDataProvider,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { problemsText } from './navigation';
import type { LetterListing } from '../../protocol/letters';
import { LettersListRequest } from '../../protocol/requests';

/** A file of the edition, or one of its letters. */
export type LettersNode =
  | { readonly kind: 'file'; readonly uri: string; readonly letters: readonly LetterListing[] }
  | { readonly kind: 'letter'; readonly letter: LetterListing };

/**
 * The Letters view in the Explorer: the workspace's `.letters` files in order, each with its
 * letters, their dates and problem counts. Clicking a letter opens it. Refreshed whenever the
 * server says letters changed.
 */
export class LettersView implements TreeDataProvider<LettersNode>, Disposable {
  private readonly changed = new EventEmitter<LettersNode | undefined>();
  readonly onDidChangeTreeData: Event<LettersNode | undefined> = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  /**
   * Asks VS Code to read the view again (it does only while the view is visible) and shows or
   * hides the view: its `when` clause is `letters.hasLetters`, set from the server's count.
   */
  refresh(count?: number): void {
    if (count !== undefined) void commands.executeCommand('setContext', 'letters.hasLetters', count > 0);
    this.changed.fire(undefined);
  }

  async getChildren(node?: LettersNode): Promise<LettersNode[]> {
    if (node?.kind === 'letter') return [];
    if (node?.kind === 'file') return node.letters.map((letter) => ({ kind: 'letter', letter }));
    let letters: LetterListing[] = [];
    try {
      letters = await this.client.sendRequest(LettersListRequest);
    } catch {
      // The server is not ready; its next change notification refreshes the view.
    }
    const files = new Map<string, LetterListing[]>();
    for (const letter of letters) files.set(letter.uri, [...(files.get(letter.uri) ?? []), letter]);
    return [...files].map(([uri, fileLetters]) => ({ kind: 'file', uri, letters: fileLetters }));
  }

  getTreeItem(node: LettersNode): TreeItem {
    if (node.kind === 'file') {
      const item = new TreeItem(path.basename(Uri.parse(node.uri).fsPath), TreeItemCollapsibleState.Expanded);
      item.resourceUri = Uri.parse(node.uri);
      const problems = node.letters.reduce((sum, letter) => sum + letter.problems, 0);
      item.description = `${node.letters.length} letters \u00B7 ${problemsText(problems)}`;
      item.id = node.uri;
      return item;
    }
    const { letter } = node;
    const item = new TreeItem(`Letter ${letter.number}`, TreeItemCollapsibleState.None);
    item.id = `${letter.uri}#${letter.number}@${letter.selectionRange.start.line}`;
    item.description = [letter.date, letter.problems > 0 ? problemsText(letter.problems) : undefined]
      .filter(Boolean)
      .join(' \u00B7 ');
    item.tooltip = [`${letter.label} \u2014 ${problemsText(letter.problems)}`, letter.persons.join(', ')]
      .filter(Boolean)
      .join('\n');
    item.iconPath =
      letter.problems > 0
        ? new ThemeIcon('warning', new ThemeColor('list.warningForeground'))
        : new ThemeIcon('mail');
    item.command = {
      title: 'Open Letter',
      command: 'letters.openLetter',
      arguments: [letter.uri, letter.selectionRange],
    };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
