/**
 * Passes over every document of the workspace that publish their diagnostics again, after an edit
 * changed what other files read (a quiet time after a burst of edits), the dictionary arrived or a
 * register changed. A pass runs in slices between which the editor's messages are answered, and a
 * newer pass replaces one still under way.
 */
import type { DiagnosticsPublisher } from './diagnosticsPublisher';
import type { ErrorGuard } from './errorGuard';
import { forEachInSlices, type Urgent } from './slices';
import type { Session } from './session';

/** Quiet time after an edit before the other documents' diagnostics are recomputed. */
const PASS_DELAY_MS = 300;

/**
 * Which documents a pass publishes again: every one; those whose text damage reads the edition's
 * word table otherwise now (typing in a word changes two counts that every letter may have read,
 * rarely an answer to one of its questions); or none (the Letters view is told only).
 */
export type Republish = 'all' | 'wordsChanged' | 'none';

/** From least to most: what two reasons for one pass ask together is the later of the two. */
const REPUBLISH_ORDER: readonly Republish[] = ['none', 'wordsChanged', 'all'];
const atLeast = (one: Republish, other: Republish) =>
  REPUBLISH_ORDER.indexOf(one) >= REPUBLISH_ORDER.indexOf(other) ? one : other;

/** The workspace passes of one session. */
export class WorkspacePasses {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** How many passes were begun: a pass goes on only while it is the latest. */
  private begun = 0;
  private pending: Republish = 'none';
  /** What the pass under way republishes, until it ends: a newer pass that replaces it does at least as much. */
  private underWay: Republish = 'none';
  /** What asked for the pending pass: open documents' URIs, `''` for anything else. */
  private readonly causes = new Set<string>();

  constructor(
    private readonly session: Session,
    private readonly guard: ErrorGuard,
    private readonly publisher: DiagnosticsPublisher,
    private readonly urgent: Urgent,
    /** Called at the end of every pass, and instead of a pass that republishes nothing. */
    private readonly lettersChanged: () => void,
  ) {}

  /**
   * Publishes the diagnostics of every `.letters` document known (or only of those `which` says),
   * open or not, then calls `lettersChanged`; `except` is left out (a document just published
   * whose own change is the cause). The open documents come first.
   */
  publish(except?: string, which: Exclude<Republish, 'none'> = 'all'): void {
    const pass = ++this.begun;
    this.underWay = which = atLeast(which, this.underWay) as typeof which;
    const { documents, workspace, service } = this.session;
    const uris = workspace
      .all()
      .map((model) => model.uri)
      .filter((uri) => uri !== except);
    const open = uris.filter((uri) => documents.get(uri) !== undefined);
    const closed = uris.filter((uri) => documents.get(uri) === undefined);
    void this.guard.runAsync('workspace diagnostics', undefined, async () => {
      const done = await forEachInSlices(
        [...open, ...closed],
        (uri) => {
          // The model of the document as it is now: an edit may have come since the pass began.
          const isOpen = documents.get(uri) !== undefined;
          const model = isOpen ? this.session.modelOf(uri) : workspace.get(uri);
          if (!model) return;
          if (which === 'wordsChanged' && !service.editionWordsChangeMatters(model)) return;
          this.publisher.publishModel(model, isOpen);
        },
        () => pass === this.begun,
        this.urgent,
      );
      if (!done) return;
      this.underWay = 'none';
      // Problem counts and the persons of letters may have changed: the Letters view reads them again.
      this.lettersChanged();
    });
  }

  /**
   * Soon publishes the other documents again, as `republish` says (their letter sequence,
   * chronology, cross-references and text damage depend on this one). `cause` is the open
   * document whose change calls for it, which was just published: a pass for one cause alone
   * leaves it out, since nothing it depends on changed since.
   */
  schedule(republish: Republish, cause?: string): void {
    this.pending = atLeast(republish, this.pending);
    this.causes.add(cause ?? '');
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const [first, ...others] = this.causes;
      const alone = others.length === 0 && first !== '' ? first : undefined;
      const which = this.pending;
      this.causes.clear();
      this.pending = 'none';
      this.guard.run('workspace diagnostics', undefined, () => {
        if (which === 'none') this.lettersChanged();
        else this.publish(alone, which);
      });
    }, PASS_DELAY_MS);
  }
}
