import * as path from 'node:path';
import {
  commands,
  Range,
  Selection,
  SnippetString,
  TextEditorRevealType,
  Uri,
  window,
  workspace,
  type Disposable,
  type QuickPickItem,
} from 'vscode';
import type { LanguageClient, Range as LspRange } from 'vscode-languageclient/node';
import type { LetterAt, LetterListing, LetterSummary } from '../../protocol/letters';
import {
  AdjacentLetterRequest,
  LetterAtRequest,
  LettersListRequest,
  NewLetterRequest,
} from '../../protocol/requests';

/** A Go to Letter item with the letter it stands for. */
export interface LetterPickItem extends QuickPickItem {
  readonly letter: LetterListing;
}

/** A Go to Note item with the range of its note. */
export interface NotePickItem extends QuickPickItem {
  readonly selectionRange: LspRange;
  readonly uri: string;
}

/** `2 problems` / `no problems`. */
export function problemsText(count: number): string {
  return count === 0 ? 'no problems' : count === 1 ? '1 problem' : `${count} problems`;
}

/**
 * The commands that move through the edition: Go to Letter…, Go to Note…, Next/Previous Letter,
 * Insert New Letter, and Open Letter (used by the Letters view). Every answer comes from the server.
 */
export class Navigation {
  constructor(private readonly client: LanguageClient) {}

  register(): Disposable[] {
    return [
      commands.registerCommand('letters.goToLetter', () => this.goToLetter()),
      commands.registerCommand('letters.goToNote', () => this.goToNote()),
      commands.registerCommand('letters.nextLetter', () => this.moveToAdjacent('next')),
      commands.registerCommand('letters.previousLetter', () => this.moveToAdjacent('previous')),
      commands.registerCommand('letters.insertNewLetter', () => this.insertNewLetter()),
      commands.registerCommand('letters.openLetter', (uri: string, range: LspRange) =>
        this.reveal(uri, range),
      ),
    ];
  }

  /**
   * The items of Go to Letter: every letter of the workspace, filterable by number, date, the
   * persons it names and (with several files) the file.
   */
  async letterItems(): Promise<LetterPickItem[]> {
    const letters = await this.client.sendRequest(LettersListRequest);
    const files = new Set(letters.map((letter) => letter.uri));
    return letters.map((letter) => ({
      label: `Letter ${letter.number}`,
      description: letter.date ?? '',
      detail: [
        files.size > 1 ? path.basename(Uri.parse(letter.uri).fsPath) : undefined,
        problemsText(letter.problems),
        letter.persons.join(', ') || undefined,
      ]
        .filter(Boolean)
        .join(' \u00B7 '),
      letter,
    }));
  }

  /** The items of Go to Note: the notes of the letter at the cursor. */
  async noteItems(): Promise<{ letter: LetterSummary; items: NotePickItem[] } | undefined> {
    const answer = await this.letterAtCursor();
    if (!answer) return undefined;
    return {
      letter: answer.letter,
      items: answer.notes.map((note) => ({
        label: `Note ${note.number}`,
        detail: note.summary,
        selectionRange: note.selectionRange,
        uri: answer.letter.uri,
      })),
    };
  }

  private async goToLetter(): Promise<void> {
    const pick = window.createQuickPick<LetterPickItem>();
    pick.placeholder = 'Go to letter: type a number, a date or a name';
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.busy = true;
    pick.show();
    const [items, current] = await Promise.all([this.letterItems(), this.letterAtCursor()]);
    pick.items = items;
    const active = items.find(
      (item) =>
        current && item.letter.uri === current.letter.uri && item.letter.number === current.letter.number,
    );
    if (active) pick.activeItems = [active];
    pick.busy = false;
    const chosen = await new Promise<LetterPickItem | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]));
      pick.onDidHide(() => resolve(undefined));
    });
    pick.dispose();
    if (chosen) await this.reveal(chosen.letter.uri, chosen.letter.selectionRange);
  }

  private async goToNote(): Promise<void> {
    const notes = await this.noteItems();
    if (!notes) {
      void window.showInformationMessage('The cursor is not in a letter.');
      return;
    }
    if (notes.items.length === 0) {
      void window.showInformationMessage(`${notes.letter.label} has no notes.`);
      return;
    }
    const chosen = await window.showQuickPick(notes.items, {
      placeHolder: `Go to a note of ${notes.letter.label}`,
      matchOnDetail: true,
    });
    if (chosen) await this.reveal(chosen.uri, chosen.selectionRange);
  }

  private async moveToAdjacent(direction: 'next' | 'previous'): Promise<void> {
    const editor = window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'letters') return;
    const target = await this.client.sendRequest(AdjacentLetterRequest, {
      textDocument: { uri: editor.document.uri.toString() },
      position: editor.selection.active,
      direction,
    });
    if (target) await this.reveal(target.uri, target.selectionRange);
    else window.setStatusBarMessage(`No ${direction} letter`, 3000);
  }

  private async insertNewLetter(): Promise<void> {
    const editor = window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'letters') return;
    const answer = await this.client.sendRequest(NewLetterRequest, {
      textDocument: { uri: editor.document.uri.toString() },
      position: editor.selection.active,
    });
    if (!answer) return;
    const position = this.client.protocol2CodeConverter.asPosition(answer.position);
    await editor.insertSnippet(new SnippetString(answer.snippet), position);
  }

  private async letterAtCursor(): Promise<LetterAt | null> {
    const editor = window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'letters') return null;
    return this.client.sendRequest(LetterAtRequest, {
      textDocument: { uri: editor.document.uri.toString() },
      position: editor.selection.active,
    });
  }

  /** Opens a document and puts the cursor at the start of `range`, scrolled to the top. */
  private async reveal(uri: string, range: LspRange): Promise<void> {
    const document = await workspace.openTextDocument(Uri.parse(uri));
    const editor = await window.showTextDocument(document);
    const target: Range = this.client.protocol2CodeConverter.asRange(range);
    editor.selection = new Selection(target.start, target.start);
    editor.revealRange(target, TextEditorRevealType.AtTop);
  }
}
