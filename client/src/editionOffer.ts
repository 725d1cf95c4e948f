import * as path from 'node:path';
import { languages, window, workspace, type Disposable, type Memento, type TextDocument } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DetectEditionRequest } from '../../protocol/requests';

/** The workspace-state key of a file's answer: `switch` (always open as Letters) or `declined`. */
function answerKey(document: TextDocument): string {
  return `letters.editionOffer:${document.uri.toString()}`;
}

/**
 * Offers, once per file, to switch a plain `.txt` file that reads like an edition to the Letters
 * language; the answer is remembered in the workspace state, and a file once switched opens as
 * Letters from then on. Whether a text is an edition is the server's decision (`letters/detectEdition`).
 */
export class EditionOffer {
  private readonly asking = new Set<string>();

  /** Asks the user; resolves with the button chosen. Replaceable so tests can answer. */
  ask: (message: string, ...buttons: string[]) => Thenable<string | undefined> = (message, ...buttons) =>
    window.showInformationMessage(message, ...buttons);

  constructor(
    private readonly client: LanguageClient,
    private readonly state: Memento,
  ) {}

  register(): Disposable[] {
    workspace.textDocuments.forEach((document) => void this.consider(document));
    return [workspace.onDidOpenTextDocument((document) => void this.consider(document))];
  }

  /** Looks at one document; resolves when any offer made has been answered. */
  async consider(document: TextDocument): Promise<void> {
    if (document.languageId !== 'plaintext' || !document.fileName.toLowerCase().endsWith('.txt')) return;
    const key = answerKey(document);
    const answer = this.state.get<string>(key);
    if (answer === 'switch') {
      await languages.setTextDocumentLanguage(document, 'letters');
      return;
    }
    if (answer !== undefined || this.asking.has(key)) return;
    this.asking.add(key);
    const evidence = await this.client
      .sendRequest(DetectEditionRequest, { text: document.getText() })
      .catch(() => null);
    if (!evidence?.isEdition) {
      this.asking.delete(key);
      return;
    }
    const choice = await this.ask(
      `${path.basename(document.fileName)} looks like an edition of letters (${evidence.datedLetters} dated letters). Open it in the Letters language?`,
      'Switch to Letters',
      'Keep as Plain Text',
    );
    this.asking.delete(key);
    // Dismissing counts as keeping: the offer is made once per file.
    await this.state.update(key, choice === 'Switch to Letters' ? 'switch' : 'declined');
    if (choice === 'Switch to Letters' && !document.isClosed)
      await languages.setTextDocumentLanguage(document, 'letters');
  }
}
