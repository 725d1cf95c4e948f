import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import {
  MINIMAL_CLIENT,
  openDocument,
  positionOf,
  ROOT,
  SAMPLE_TEXT,
  SAMPLE_URI,
  startSampleSession,
  startServer,
  VSCODE_CLIENT,
  type ClientProfile,
  type ServerSession,
} from './lspClient';

const textDocument = { uri: SAMPLE_URI };
/** `Grisha` in letter 12: a person of the register. */
const GRISHA = positionOf('Grisha [Zinoviev], who', 2);
/** A marker whose note exists: `(for a rendevous?).2` in letter 11. */
const MARKER = positionOf('(for a rendevous?).2', '(for a rendevous?).'.length);

/** A command as a client without code action literals gets it: an edit the server asks the client to apply. */
const APPLY_SOME_EDIT = {
  command: 'letters.applyEdit',
  arguments: [{ changes: { [SAMPLE_URI]: [{ range: { start: GRISHA, end: GRISHA }, newText: '' }] } }],
};

/** Every request of every feature on the sample; the answers by feature name. */
async function askEverything(session: ServerSession): Promise<Record<string, unknown>> {
  const send = (method: string, params: object) => session.connection.sendRequest(method, params);
  const whole = { start: { line: 0, character: 0 }, end: { line: 400, character: 0 } };
  const diagnostics = (await session.diagnostics(SAMPLE_URI)).diagnostics;
  return {
    hover: await send('textDocument/hover', { textDocument, position: GRISHA }),
    definition: await send('textDocument/definition', { textDocument, position: MARKER }),
    symbols: await send('textDocument/documentSymbol', { textDocument }),
    workspaceSymbols: await send('workspace/symbol', { query: 'Zinoviev' }),
    completion: await send('textDocument/completion', { textDocument, position: positionOf('Grisha [', 3) }),
    references: await send('textDocument/references', {
      textDocument,
      position: GRISHA,
      context: { includeDeclaration: true },
    }),
    codeActions: await send('textDocument/codeAction', {
      textDocument,
      range: whole,
      context: { diagnostics },
    }),
    inlayHints: await send('textDocument/inlayHint', { textDocument, range: whole }),
    folding: await send('textDocument/foldingRange', { textDocument }),
    diagnostics,
  };
}

describe('protocol: a client that declares nothing', () => {
  let session: ServerSession;
  let answers: Record<string, unknown>;

  before(async () => {
    session = (await startSampleSession(MINIMAL_CLIENT)).session;
    answers = await askEverything(session);
  });

  after(async () => {
    assert.equal(await session.stop(), 0);
  });

  it('gets hovers as plain text, without Markdown marks', () => {
    const contents = (answers.hover as Hover).contents as MarkupContent;
    assert.equal(contents.kind, 'plaintext');
    assert.match(contents.value, /^Zinoviev, Grigorii Yevseevich \(23 September 1883/);
    assert.doesNotMatch(contents.value, /\*\*/);
  });

  it('gets definitions as locations, a flat outline and symbol kinds of the initial protocol', () => {
    const definitions = answers.definition as object[];
    assert.ok(definitions.length > 0);
    for (const location of definitions) assert.deepEqual(Object.keys(location).sort(), ['range', 'uri']);
    const symbols = answers.symbols as {
      name: string;
      kind: number;
      containerName?: string;
      children?: unknown;
    }[];
    assert.ok(
      symbols.some((symbol) => symbol.name === 'Note 2' && symbol.containerName?.startsWith('Letter 11')),
    );
    for (const symbol of [...symbols, ...(answers.workspaceSymbols as typeof symbols)]) {
      assert.equal(symbol.children, undefined);
      assert.ok(symbol.kind >= 1 && symbol.kind <= 18, `kind ${symbol.kind} of ${symbol.name}`);
    }
    assert.ok((answers.workspaceSymbols as unknown[]).length > 0);
  });

  it('gets no related information but the related place in the message', () => {
    const diagnostics = answers.diagnostics as { message: string; relatedInformation?: unknown }[];
    assert.ok(diagnostics.length > 0);
    assert.ok(diagnostics.every((diagnostic) => diagnostic.relatedInformation === undefined));
    assert.ok(
      diagnostics.some((diagnostic) =>
        /\(.*stalin-molotov-1926\.letters, line \d+\)$/.test(diagnostic.message),
      ),
    );
  });

  it('gets no code action it could not apply, and no request or notification it did not ask for', () => {
    assert.deepEqual(answers.codeActions, []);
    assert.deepEqual(session.serverRequests, []);
  });

  it('gets an error, not an edit request, from a command that would edit', async () => {
    await assert.rejects(
      session.connection.sendRequest('workspace/executeCommand', APPLY_SOME_EDIT),
      /does not accept edits/,
    );
  });
});

describe('protocol: VS Code’s capabilities', () => {
  it('get Markdown hovers, links, a symbol tree, code action literals and related information', async () => {
    const { session } = await startSampleSession(VSCODE_CLIENT);
    try {
      const answers = await askEverything(session);
      assert.equal(((answers.hover as Hover).contents as MarkupContent).kind, 'markdown');
      assert.ok(
        (answers.definition as { targetUri?: string }[]).every((link) => link.targetUri === SAMPLE_URI),
      );
      assert.ok(
        (answers.symbols as { children?: unknown[] }[]).some((symbol) => (symbol.children ?? []).length > 0),
      );
      const actions = answers.codeActions as { edit?: unknown; isPreferred?: boolean }[];
      assert.ok(actions.length > 0 && actions.every((action) => action.edit !== undefined));
      assert.ok(
        (answers.diagnostics as { relatedInformation?: unknown[] }[]).some(
          (diagnostic) => (diagnostic.relatedInformation ?? []).length > 0,
        ),
      );
      assert.ok(session.serverRequests.includes('client/registerCapability'));
    } finally {
      assert.equal(await session.stop(), 0);
    }
  });

  it('without literal support get commands that apply the edit through workspace/applyEdit', async () => {
    const capabilities = {
      ...VSCODE_CLIENT.capabilities,
      textDocument: { ...VSCODE_CLIENT.capabilities.textDocument, codeAction: {} },
    };
    const { session, diagnostics } = await startSampleSession({ capabilities });
    try {
      const commands: { title: string; command: string; arguments: unknown[] }[] =
        await session.connection.sendRequest('textDocument/codeAction', {
          textDocument,
          range: { start: { line: 0, character: 0 }, end: { line: 400, character: 0 } },
          context: { diagnostics },
        });
      assert.ok(commands.length > 0);
      const first = commands[0]!;
      assert.equal(first.command, 'letters.applyEdit');
      await session.connection.sendRequest('workspace/executeCommand', {
        command: first.command,
        arguments: first.arguments,
      });
      assert.deepEqual(session.appliedEdits, [first.arguments[0]]);
    } finally {
      assert.equal(await session.stop(), 0);
    }
  });
});

describe('protocol: a client that refuses every request of the server', () => {
  it('is still answered in every feature, and the server is alive at the end', async () => {
    const refusing: ClientProfile = { ...VSCODE_CLIENT, refuseRequests: true };
    const session = await startServer(path.join(ROOT, 'samples'), {}, refusing);
    await openDocument(session, SAMPLE_URI, SAMPLE_TEXT);
    const answers = await askEverything(session);
    assert.equal(((answers.hover as Hover).contents as MarkupContent).kind, 'markdown');
    assert.ok((answers.symbols as unknown[]).length === 20);
    // A register change makes the server ask for an inlay hint refresh, which is refused too.
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await assert.rejects(
      session.connection.sendRequest('workspace/executeCommand', APPLY_SOME_EDIT),
      /did not apply/,
    );
    assert.ok(session.serverRequests.includes('client/registerCapability'));
    assert.ok(session.serverRequests.includes('workspace/applyEdit'));
    assert.equal(
      ((await session.connection.sendRequest('textDocument/documentSymbol', { textDocument })) as unknown[])
        .length,
      20,
    );
    assert.equal(session.process.exitCode, null);
    assert.equal(await session.stop(), 0);
  });
});

describe('protocol: the lifecycle', () => {
  it('refuses requests before initialize (−32002) and after shutdown (InvalidRequest), drops notifications before it', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], {
      stdio: 'pipe',
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const published: unknown[] = [];
    connection.onNotification('textDocument/publishDiagnostics', (params) => published.push(params));
    connection.listen();
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await assert.rejects(connection.sendRequest('textDocument/hover', { textDocument, position: GRISHA }), {
      code: -32002,
    });
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: 'untitled:early.letters',
        languageId: 'letters',
        version: 1,
        text: 'Letter 1\n\nText.1\n',
      },
    });
    await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    // The document opened before initialize was dropped: the server does not know it.
    assert.deepEqual(
      await connection.sendRequest('textDocument/documentSymbol', {
        textDocument: { uri: 'untitled:early.letters' },
      }),
      [],
    );
    await connection.sendRequest('shutdown');
    await assert.rejects(connection.sendRequest('textDocument/documentSymbol', { textDocument }), {
      code: -32600,
    });
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
    assert.deepEqual(published, []);
    connection.dispose();
  });
});

describe('protocol: right from the first request', () => {
  it('answers a hover on a registered person sent right after opening, before the workspace is read', async () => {
    const session = await startServer(path.join(ROOT, 'samples'));
    try {
      await openDocument(session, SAMPLE_URI, SAMPLE_TEXT);
      const shown: Hover | null = await session.connection.sendRequest('textDocument/hover', {
        textDocument,
        position: GRISHA,
      });
      assert.match(
        (shown?.contents as MarkupContent | undefined)?.value ?? '',
        /Zinoviev, Grigorii Yevseevich/,
      );
    } finally {
      await session.stop();
    }
  });

  it('recomputes a cross-reference into a file read later (a workspace folder added) without an edit', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'letters-folders-'));
    mkdirSync(path.join(root, 'first'));
    mkdirSync(path.join(root, 'second'));
    const first = path.join(root, 'first', 'a.letters');
    const text = 'Letter 1\n\n[1 May 1926]\n\nText, see letter 2, note 1.\n';
    writeFileSync(first, text);
    writeFileSync(
      path.join(root, 'second', 'b.letters'),
      'Letter 2\n\n[3 May 1926]\n\nText.1\n\n1.\u00A0\u00A0 One.\n',
    );
    const uri = pathToFileURL(first).toString();
    const session = await startServer(path.join(root, 'first'));
    try {
      await openDocument(session, uri, text);
      // The first publish may come before the folder is read, without the checks across files.
      const broken = await session.diagnostics(uri, (params) => params.diagnostics.length > 0);
      assert.deepEqual(
        broken.diagnostics.map((diagnostic) => diagnostic.code),
        ['xref.broken'],
      );
      const second = pathToFileURL(path.join(root, 'second')).toString();
      await session.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: second, name: 'second' }], removed: [] },
      });
      const fixed = await session.diagnostics(uri, (params) => params.diagnostics.length === 0);
      assert.deepEqual(fixed.diagnostics, []);
    } finally {
      await session.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
