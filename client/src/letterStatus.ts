import {
  StatusBarAlignment,
  window,
  workspace,
  type Disposable,
  type StatusBarItem,
  type TextEditor,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { LetterAt } from '../../protocol/letters';
import { LetterAtRequest } from '../../protocol/requests';

/** Time the cursor must rest before the status bar asks the server, so fast moves send one request. */
const SETTLE_MS = 80;

/**
 * The status-bar item naming the letter at the cursor (`Letter 21 · 25 June 1926`). Shown only
 * for `letters` editors; clicking it runs Go to Letter.
 */
export class LetterStatus implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscriptions: Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(private readonly client: LanguageClient) {
    this.item = window.createStatusBarItem('letters.letterAtCursor', StatusBarAlignment.Left, 100);
    this.item.name = 'Letter at Cursor';
    this.item.command = 'letters.goToLetter';
    this.subscriptions.push(
      window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor === window.activeTextEditor) this.schedule(SETTLE_MS);
      }),
      // A language change (plain text switched to Letters) reopens the document.
      workspace.onDidOpenTextDocument(() => this.schedule(SETTLE_MS)),
      // Typing may move letters under a cursor that stays put (a heading typed above it).
      workspace.onDidChangeTextDocument((event) => {
        if (event.document === window.activeTextEditor?.document) this.schedule(SETTLE_MS);
      }),
    );
    this.schedule(0);
  }

  /** The text shown, or undefined while hidden (for the real-VS-Code tests). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(window.activeTextEditor), delay);
  }

  private async update(editor: TextEditor | undefined): Promise<void> {
    const generation = ++this.generation;
    if (!editor || editor.document.languageId !== 'letters') {
      this.hide();
      return;
    }
    let answer: LetterAt | null = null;
    try {
      answer = await this.client.sendRequest(LetterAtRequest, {
        textDocument: { uri: editor.document.uri.toString() },
        position: editor.selection.active,
      });
    } catch {
      // The server is restarting or the document is gone; the next move asks again.
    }
    if (generation !== this.generation) return;
    if (answer) {
      const { letter } = answer;
      this.item.text = letter.label;
      this.item.tooltip =
        `${letter.label}: ${letter.problems === 1 ? '1 problem' : `${letter.problems} problems`}, ` +
        `${answer.notes.length} notes \u2014 click to go to another letter`;
    } else {
      this.item.text = 'Letters';
      this.item.tooltip = 'Go to Letter\u2026';
    }
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.item.dispose();
  }
}
