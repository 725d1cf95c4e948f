/**
 * The Letters preview: a webview that shows the server's rendering (`letters/preview`) of the
 * active Letters document. It holds no language logic: the server renders and escapes; this class
 * only decides which document to show, when to ask (with or without proof marks), and relays
 * scrolling both ways and double-clicks.
 */
import { randomBytes } from 'node:crypto';
import {
  Disposable,
  Range,
  Selection,
  TextEditorRevealType,
  Uri,
  ViewColumn,
  commands,
  window,
  workspace,
  type TextDocument,
  type TextEditor,
  type WebviewPanel,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PreviewParams, ProofMark } from '../../../protocol/letters';
import { PreviewRequest } from '../../../protocol/requests';

/** Typing pauses this long before the preview asks again, so a burst of keys costs one render. */
const TYPING_DEBOUNCE_MS = 300;

/** A message from the preview's script (`media/preview.js`). */
type FromWebview =
  /** A double-click: put the cursor on the line. */
  | { readonly type: 'reveal'; readonly line: number }
  /** The reader scrolled: the line of the block now at the top. */
  | { readonly type: 'revealLine'; readonly line: number }
  | { readonly type: 'ready' };

/** The context key that tells the menus whether proof marks are shown. */
const PROOF_CONTEXT = 'letters.previewProof';

/** Shows and updates the one Letters preview panel. */
export class LettersPreview implements Disposable {
  private panel: WebviewPanel | undefined;
  /** The document shown: the active Letters editor's, unless locked. */
  private document: TextDocument | undefined;
  private locked = false;
  /** Proof mode: the checks' problems marked in the preview; starts as `letters.preview.proof` says. */
  private proof = workspace.getConfiguration('letters.preview').get<boolean>('proof', false);
  /** The line a double-click in the preview put the cursor on: its selection event is not followed back. */
  private revealedLine: number | undefined;
  /** Set when another document is shown: its first rendering scrolls to the editor's cursor. */
  private scrollToCursor = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastBody: string | undefined;
  private lastProof: readonly ProofMark[] | undefined;
  private readonly subscriptions: Disposable[] = [];

  constructor(
    private readonly client: LanguageClient,
    private readonly mediaFolder: Uri,
  ) {
    this.subscriptions.push(
      window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || this.locked || !isLetters(editor?.document)) return;
        this.show(editor.document);
      }),
      workspace.onDidChangeTextDocument((event) => {
        if (this.panel && event.document === this.document) this.schedule(TYPING_DEBOUNCE_MS);
      }),
      window.onDidChangeTextEditorSelection((event) => {
        if (!this.panel || event.textEditor.document !== this.document) return;
        const line = event.selections[0]?.active.line ?? 0;
        const echo = line === this.revealedLine;
        this.revealedLine = undefined;
        if (!echo) void this.panel.webview.postMessage({ type: 'scrollTo', line });
      }),
    );
    void commands.executeCommand('setContext', PROOF_CONTEXT, this.proof);
  }

  /** The HTML body the panel was last given (for the real-VS-Code tests), or undefined. */
  get html(): string | undefined {
    return this.lastBody;
  }

  /** Opens (or reveals) the preview of the active Letters editor, in its column or beside it. */
  open(toSide: boolean): void {
    const editor = window.activeTextEditor;
    const document = isLetters(editor?.document) ? editor.document : this.document;
    if (!document) return;
    const column = toSide ? ViewColumn.Beside : (editor?.viewColumn ?? ViewColumn.Active);
    if (this.panel) this.panel.reveal(column, toSide);
    else this.panel = this.createPanel(column, toSide);
    this.show(document);
  }

  /** Keeps the preview on its current file, or lets it follow the active editor again. */
  toggleLock(): void {
    this.locked = !this.locked;
    this.updateTitle();
    if (!this.locked && isLetters(window.activeTextEditor?.document))
      this.show(window.activeTextEditor.document);
  }

  /** Shows or hides the checks' problems in the preview (proof mode). */
  toggleProof(): void {
    this.proof = !this.proof;
    void commands.executeCommand('setContext', PROOF_CONTEXT, this.proof);
    this.updateTitle();
    this.schedule(0);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private createPanel(column: ViewColumn, preserveFocus: boolean): WebviewPanel {
    const panel = window.createWebviewPanel(
      'letters.preview',
      'Preview',
      { viewColumn: column, preserveFocus },
      // Scripts only for media/preview.js (the CSP admits it by nonce); nothing but media/ loads.
      { enableScripts: true, localResourceRoots: [this.mediaFolder], retainContextWhenHidden: false },
    );
    panel.webview.html = this.shell(panel);
    panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message));
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.document = undefined;
      this.lastBody = undefined;
      this.lastProof = undefined;
      this.locked = false;
      clearTimeout(this.timer);
    });
    return panel;
  }

  private show(document: TextDocument): void {
    this.scrollToCursor = this.document !== document;
    this.document = document;
    this.updateTitle();
    this.schedule(0);
  }

  private updateTitle(): void {
    if (!this.panel || !this.document) return;
    const name = this.document.uri.path.split('/').pop() ?? '';
    const proof = this.proof ? ' (Proof)' : '';
    this.panel.title = `${this.locked ? '[Locked] ' : ''}Preview ${name}${proof}`;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const document = this.document;
    const panel = this.panel;
    if (!document || !panel) return;
    const proof = this.proof;
    const params: PreviewParams = { textDocument: { uri: document.uri.toString() }, proof };
    const preview = await this.client.sendRequest(PreviewRequest, params).catch(() => null);
    // An answer for an older version (typing went on) or another document is dropped.
    if (!preview || this.panel !== panel || this.document !== document) return;
    if (preview.version < document.version || proof !== this.proof) return;
    this.lastBody = preview.html;
    this.lastProof = proof ? preview.proof : undefined;
    void panel.webview.postMessage({ type: 'update', html: preview.html, proof: this.lastProof });
    // A document newly shown opens where its editor's cursor is.
    const editor = window.visibleTextEditors.find((visible) => visible.document === document);
    if (this.scrollToCursor && editor)
      void panel.webview.postMessage({ type: 'scrollTo', line: editor.selection.active.line });
    this.scrollToCursor = false;
  }

  private onMessage(message: FromWebview): void {
    // A body that arrived before the script listened is sent again once it does.
    if (message.type === 'ready') {
      if (this.lastBody !== undefined)
        void this.panel?.webview.postMessage({
          type: 'update',
          html: this.lastBody,
          proof: this.lastProof,
        });
      return;
    }
    if (!this.document || !Number.isInteger(message.line)) return;
    const line = Math.min(Math.max(message.line, 0), this.document.lineCount - 1);
    if (message.type === 'revealLine') this.scrollEditors(line);
    else if (message.type === 'reveal') this.putCursor(line);
  }

  /**
   * Scrolls the editors of the document so that `line` is at the top. Cursor and selection stay,
   * so the editor sends no selection event that would scroll the preview back.
   */
  private scrollEditors(line: number): void {
    const range = new Range(line, 0, line, 0);
    for (const editor of window.visibleTextEditors) {
      if (editor.document === this.document) editor.revealRange(range, TextEditorRevealType.AtTop);
    }
  }

  /** Shows the source with the cursor on `line` (a double-click in the preview). */
  private putCursor(line: number): void {
    if (!this.document) return;
    this.revealedLine = line;
    void window
      .showTextDocument(this.document, { viewColumn: this.sourceColumn() })
      .then((editor: TextEditor) => {
        const position = editor.document.lineAt(line).range.start;
        editor.selection = new Selection(position, position);
        editor.revealRange(new Range(position, position), TextEditorRevealType.InCenterIfOutsideViewport);
      });
  }

  private sourceColumn(): ViewColumn | undefined {
    return window.visibleTextEditors.find((editor) => editor.document === this.document)?.viewColumn;
  }

  /** The page around the rendered body: the CSP, the stylesheet and the one script by nonce. */
  private shell(panel: WebviewPanel): string {
    const webview = panel.webview;
    const nonce = randomBytes(16).toString('base64');
    const style = webview.asWebviewUri(Uri.joinPath(this.mediaFolder, 'preview.css'));
    const script = webview.asWebviewUri(Uri.joinPath(this.mediaFolder, 'preview.js'));
    const policy = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
      `img-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${style.toString()}">
</head>
<body>
<main id="letters-preview"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }
}

function isLetters(document: TextDocument | undefined): document is TextDocument {
  return document?.languageId === 'letters';
}
