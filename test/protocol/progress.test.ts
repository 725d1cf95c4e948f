import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  MINIMAL_CLIENT,
  openDocument,
  ROOT,
  SAMPLE_TEXT,
  SAMPLE_URI,
  startServer,
  type ServerSession,
} from './lspClient';

/** The titles of the progress the server began, each with whether it also ended. */
function progressTitles(session: ServerSession): { title: string; ended: boolean; percentages: number[] }[] {
  const begun = new Map<string | number, { title: string; ended: boolean; percentages: number[] }>();
  for (const { token, value } of session.progress) {
    if (value.kind === 'begin') begun.set(token, { title: value.title, ended: false, percentages: [] });
    const known = begun.get(token);
    if (!known) continue;
    if (value.kind === 'report' && value.percentage !== undefined) known.percentages.push(value.percentage);
    if (value.kind === 'end') known.ended = true;
  }
  return [...begun.values()];
}

/** Resolves once the server has ended every progress it began and began the dictionary's. */
async function settled(session: ServerSession): Promise<void> {
  for (let waited = 0; waited < 15_000; waited += 50) {
    const titles = progressTitles(session);
    if (titles.length >= 2 && titles.every((progress) => progress.ended)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('protocol: long work shows as progress', () => {
  it('tells a client that declared window.workDoneProgress while it reads the edition and checks it against the dictionary', async () => {
    const session = await startServer(path.join(ROOT, 'samples'));
    try {
      await openDocument(session, SAMPLE_URI, SAMPLE_TEXT);
      await settled(session);
      const titles = progressTitles(session);
      assert.deepEqual(
        titles.map(({ title, ended }) => [title, ended]),
        [
          ['Letters: reading the edition', true],
          ['Letters: checking the text against the dictionary', true],
        ],
      );
      for (const { percentages } of titles) {
        assert.deepEqual(
          percentages,
          [...percentages].sort((a, b) => a - b),
          'percentages never go back',
        );
        assert.ok(percentages.every((percentage) => percentage >= 0 && percentage <= 100));
      }
      assert.equal(
        session.serverRequests.filter((method) => method === 'window/workDoneProgress/create').length,
        2,
      );
    } finally {
      await session.stop();
    }
  });

  it('asks nothing of a client that did not declare it', async () => {
    const session = await startServer(path.join(ROOT, 'samples'), {}, MINIMAL_CLIENT);
    try {
      await openDocument(session, SAMPLE_URI, SAMPLE_TEXT);
      await session.diagnostics(SAMPLE_URI, (params) =>
        params.diagnostics.some((item) => item.code === 'text.runTogether'),
      );
      assert.ok(!session.serverRequests.includes('window/workDoneProgress/create'));
      assert.deepEqual(session.progress, []);
    } finally {
      await session.stop();
    }
  });
});
