import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { LetterPreview, SiteFile } from '../../protocol/letters';
import { ROOT, SAMPLE_URI, type ServerSession, startSampleSession } from './lspClient';

describe('protocol: letters/preview', () => {
  let session: ServerSession;

  before(async () => {
    ({ session } = await startSampleSession());
  });

  after(async () => {
    await session.stop();
  });

  it('renders the sample with letter 12 and its notes, and proof marks only when asked', async () => {
    const plain: LetterPreview = await session.connection.sendRequest('letters/preview', {
      textDocument: { uri: SAMPLE_URI },
    });
    assert.match(plain.html, /<article class="letter" id="letter-12"/);
    assert.match(plain.html, /<sup class="marker" id="letter-12-marker-3-1"><a href="#letter-12-note-3"/);
    assert.deepEqual(plain.proof, []);
    const proof: LetterPreview = await session.connection.sendRequest('letters/preview', {
      textDocument: { uri: SAMPLE_URI },
      proof: true,
    });
    assert.ok(
      proof.proof.some((mark) => mark.code === 'note.glued' && mark.line === 466),
      JSON.stringify(proof.proof.slice(0, 5)),
    );
  });

  it('answers null for a document that is not open', async () => {
    const answer: unknown = await session.connection.sendRequest('letters/preview', {
      textDocument: { uri: 'file:///nowhere.letters' },
    });
    assert.equal(answer, null);
  });

  it('answers letters/site with the same files as letters-export --format html writes', async () => {
    const files: SiteFile[] = await session.connection.sendRequest('letters/site');
    const folder = mkdtempSync(path.join(tmpdir(), 'letters-site-'));
    try {
      const run = spawnSync(
        process.execPath,
        [
          path.join(ROOT, 'bin', 'letters-export.js'),
          '--format',
          'html',
          '-o',
          folder,
          path.join(ROOT, 'samples'),
        ],
        { encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stderr);
      const written = readdirSync(folder).sort();
      assert.deepEqual(files.map((file) => file.path).sort(), written);
      for (const file of files)
        assert.equal(file.content, readFileSync(path.join(folder, file.path), 'utf8'), file.path);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    const index = files.find((file) => file.path === 'index.html')?.content ?? '';
    assert.match(index, /<title>Stalin&#39;s Letters to Molotov, 1926 \(letters 11–30\)<\/title>/);
    const letter12 = files.find((file) => file.path === 'letter-12.html')?.content ?? '';
    assert.match(letter12, /<a rel="next" href="letter-13.html">/);
    assert.match(letter12, /data-source="ourworkers">our workers</);
  });
});
