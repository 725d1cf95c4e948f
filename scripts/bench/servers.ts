/**
 * The two servers the benchmark compares, started over stdio as VS Code starts them: the Letters
 * server and VS Code's Markdown language server, whose client requests (`markdown/parse`, the
 * workspace's files) are answered here as VS Code's Markdown extension answers them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Session, type Published } from './lsp';

/** The repository's root folder. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** What differs between the two servers: how to start them and how diagnostics arrive. */
export interface Subject {
  name: string;
  languageId: string;
  /** Whether the server completes its first diagnostics later, once its dictionary has loaded. */
  completesLater: boolean;
  /**
   * How many work-done progresses the server reports from its start to the end of its first
   * reading of the workspace; the many-files bench waits for them to end before it goes on.
   */
  progressesAfterStart: number;
  start(folder: string): Promise<Session>;
  /**
   * Sends nothing for push servers; pulls for pull servers. Resolves when diagnostics of `version`
   * are in, with them as the client received them (the notification's or the report's parameters).
   */
  diagnostics(session: Session, uri: string, version: number, pushed: Promise<Published>): Promise<unknown>;
}

/**
 * The Letters server, `server` (this build's `dist/server.js` by default; another build's to
 * compare the two on one machine) over stdio; with `profile`, it writes a CPU profile
 * (`node --cpu-prof`) into that folder when it exits.
 */
export function lettersServer(profile = '', server = path.join(ROOT, 'dist', 'server.js')): Subject {
  return {
    name: 'letters',
    languageId: 'letters',
    completesLater: true,
    // The reading of the edition and the dictionary's loading (`server/src/lsp/documentSync.ts`,
    // `diagnosticsScheduler.ts`), reported because the client declares `window.workDoneProgress`.
    progressesAfterStart: 2,
    start: (folder) =>
      Session.start(
        [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), server, '--stdio'],
        pathToFileURL(folder).toString(),
        { workDoneProgress: true },
      ),
    diagnostics: async (_session, _uri, _version, pushed) => (await pushed).params,
  };
}

/** VS Code's Markdown language server, its diagnostics pulled as VS Code pulls them. */
export const markdownServer: Subject = {
  name: 'markdown',
  languageId: 'markdown',
  completesLater: false,
  progressesAfterStart: 0,
  start: (folder) => startMarkdownServer(folder),
  diagnostics: (session, uri) =>
    session.connection.sendRequest('textDocument/diagnostic', {
      textDocument: { uri },
      identifier: 'markdown',
    }),
};

/** Settings VS Code would send with link validation turned on (`markdown.validate.enabled`). */
const MARKDOWN_SETTINGS = {
  markdown: {
    server: { log: 'off' },
    preferredMdPathExtensionStyle: 'auto',
    suggest: { paths: { enabled: true, includeWorkspaceHeaderCompletions: 'never' } },
    occurrencesHighlight: { enabled: false },
    validate: {
      enabled: true,
      referenceLinks: { enabled: 'warning' },
      fragmentLinks: { enabled: 'warning' },
      fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' },
      ignoredLinks: [],
      unusedLinkDefinitions: { enabled: 'hint' },
      duplicateLinkDefinitions: { enabled: 'warning' },
    },
  },
};

/**
 * Starts VS Code's Markdown server and answers its requests as the markdown-language-features
 * client does: `markdown/parse` tokenizes with markdown-it (html on, linkify on, tokens cached per
 * document version), the workspace's files are the open ones and the `.md` files of the folder.
 */
async function startMarkdownServer(folder: string): Promise<Session> {
  const require = createRequire(__filename);
  const serverMain = path.join(
    path.dirname(require.resolve('vscode-markdown-languageserver/package.json')),
    'dist',
    'node',
    'workerMain.js',
  );
  // markdown-it ships no types; this is the one call the benchmark makes.
  const MarkdownIt = require('markdown-it') as new (options: object) => {
    parse(text: string, env: object): unknown[];
  };
  const engine = new MarkdownIt({ html: true, linkify: true });
  const tokenCache = new Map<string, { version: number; tokens: unknown }>();
  const session = await Session.start([serverMain, '--stdio'], pathToFileURL(folder).toString(), {
    initializationOptions: { markdownFileExtensions: ['md'] },
    setup: (started) => {
      const connection = started.connection;
      connection.onRequest('markdown/parse', (params: { uri: string; text?: string }) => {
        if (typeof params.text === 'string') return engine.parse(params.text, {});
        const document = started.documents.get(params.uri);
        if (!document) return engine.parse(readFileSync(fileURLToPath(params.uri), 'utf8'), {});
        const cached = tokenCache.get(params.uri);
        if (cached?.version === document.version) return cached.tokens;
        const tokens = engine.parse(document.text, {});
        tokenCache.set(params.uri, { version: document.version, tokens });
        return tokens;
      });
      // As VS Code's Markdown extension: the workspace's Markdown files are the open ones and those
      // on disk; a file's text is the editor's where it is open, the disk's otherwise.
      connection.onRequest('markdown/findMarkdownFilesInWorkspace', () => [
        ...new Set([...started.documents.keys(), ...markdownFilesIn(folder)]),
      ]);
      connection.onRequest('markdown/fs/stat', (params: { uri: string }) => {
        if (started.documents.has(params.uri)) return { isDirectory: false };
        try {
          return { isDirectory: statSync(fileURLToPath(params.uri)).isDirectory() };
        } catch {
          return undefined;
        }
      });
      connection.onRequest('markdown/fs/readFile', (params: { uri: string }) => {
        const open = started.documents.get(params.uri)?.text;
        if (open !== undefined) return [...Buffer.from(open)];
        try {
          return [...readFileSync(fileURLToPath(params.uri))];
        } catch {
          return [];
        }
      });
      connection.onRequest('markdown/fs/readDirectory', (params: { uri: string }) => {
        try {
          return readdirSync(fileURLToPath(params.uri), { withFileTypes: true }).map((entry) => [
            entry.name,
            { isDirectory: entry.isDirectory() },
          ]);
        } catch {
          return [];
        }
      });
      connection.onRequest('markdown/fs/watcher/create', () => null);
      connection.onRequest('markdown/fs/watcher/delete', () => null);
      connection.onRequest('workspace/diagnostic/refresh', () => null);
    },
  });
  await session.connection.sendNotification('workspace/didChangeConfiguration', {
    settings: MARKDOWN_SETTINGS,
  });
  return session;
}

/** The `index`-th edit of a run: type `x` in the middle of a letter's body, then delete it, and so on. */
export function typeCharacter(
  session: Session,
  uri: string,
  offset: number,
  index: number,
): { version: number; send: () => Promise<number> } {
  const insert = index % 2 === 0;
  const version = (session.documents.get(uri)?.version ?? 0) + 1;
  const send = session.prepareEdit(uri, offset, insert ? offset : offset + 1, insert ? 'x' : '');
  return { version, send };
}

/** The URIs of the `.md` files directly in `folder`. */
function markdownFilesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => pathToFileURL(path.join(folder, name)).toString());
}
