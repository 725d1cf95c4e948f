// Lint rules, including the layers of the server as allow-lists (ALLOWED): each folder of
// server/src names the folders it may import, so that a new import across layers fails until the
// list says it may; the client never imports server code.
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const lsp = [
  'vscode-languageserver',
  'vscode-languageserver/*',
  'vscode-languageserver-textdocument',
  'vscode',
];
// The JSON-RPC runtime: what the CLI must not bundle (vscode-languageserver-types, types and constants, is allowed).
const rpc = ['vscode-languageserver-protocol', 'vscode-jsonrpc', '**/protocol/requests'];

/** Restricts the packages a layer may import: `groups` are glob patterns of forbidden module paths. */
function layer(files, groups, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
    },
  };
}

const SERVER = path.resolve('server/src');

/**
 * What each folder of server/src (and server.ts) may import besides itself, from the lowest layer
 * up: syntax (text to tree) → analysis (the edition model: file kinds, one analysis per letter) →
 * topics → reading (the one list of annotations) → render, export → features → service → the
 * hosts (lsp/, cli/, over host/, which finds and reads files). `protocol/` and `schemas/` are
 * outside server/src and allowed where listed too.
 */
const ALLOWED = {
  syntax: [],
  analysis: ['syntax', 'protocol', 'schemas'],
  topics: ['analysis', 'syntax'],
  reading: ['topics', 'analysis', 'syntax'],
  render: ['reading', 'topics', 'analysis', 'syntax', 'protocol'],
  export: ['reading', 'topics', 'analysis', 'syntax', 'protocol'],
  features: ['export', 'render', 'reading', 'topics', 'analysis', 'syntax', 'protocol'],
  service: ['features', 'topics', 'analysis', 'protocol'],
  host: ['analysis', 'syntax'],
  lsp: ['service', 'features', 'host', 'analysis', 'syntax', 'protocol'],
  cli: ['service', 'export', 'host', 'analysis', 'protocol'],
  server: ['lsp', 'host'],
};

/** Files allowed one more folder than their layer: the website's writers join the HTML pages and the TEI. */
const EXCEPTIONS = {
  'export/formats.ts': ['render'],
  'export/siteFiles.ts': ['render'],
};

/** The folder of server/src a path lies in (`server` for server.ts), or the top folder outside it. */
function folderOf(file) {
  const relative = path.relative(SERVER, file);
  if (relative.startsWith('..')) return path.relative(process.cwd(), file).split(path.sep)[0];
  return relative.split(path.sep)[0].replace(/\.ts$/, '');
}

/** The layers rule: a relative import must stay in its folder or reach one that ALLOWED lists. */
const layers = {
  rules: {
    'allowed-folders': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = context.filename;
        const from = folderOf(file);
        const allowed = new Set([
          from,
          ...(ALLOWED[from] ?? []),
          ...(EXCEPTIONS[path.relative(SERVER, file).split(path.sep).join('/')] ?? []),
        ]);
        const check = (node) => {
          const source = node.source?.value;
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const to = folderOf(path.resolve(path.dirname(file), source));
          if (!allowed.has(to))
            context.report({
              node: node.source,
              message: `${from}/ may not import ${to}/: it may import ${[...(ALLOWED[from] ?? [])].join(', ') || 'only itself'} (eslint.config.mjs, ALLOWED).`,
            });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', 'out/**', 'bench-out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  // The project's rule on size: no file over 400 lines, blank lines and comments counted; none of
  // the LSP adapter (server/src/lsp/) over 250.
  { rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] } },
  {
    files: ['server/src/lsp/**'],
    rules: { 'max-lines': ['error', { max: 250, skipBlankLines: false, skipComments: false }] },
  },
  // The preview's script runs in the webview, a browser page.
  {
    files: ['media/**/*.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        Element: 'readonly',
        URLSearchParams: 'readonly',
        acquireVsCodeApi: 'readonly',
      },
    },
  },
  {
    files: ['server/src/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/allowed-folders': 'error' },
  },
  layer(['server/src/syntax/**'], lsp, 'syntax is the lowest layer: text in, tree out, no LSP.'),
  layer(['server/src/analysis/**'], lsp, 'the edition model has no LSP types; they belong to features.'),
  layer(['server/src/topics/**'], lsp, 'a topic checks, describes and annotates without LSP types.'),
  layer(
    ['server/src/reading/**', 'server/src/render/**', 'server/src/export/**'],
    lsp,
    'the readers and writers know nothing of LSP.',
  ),
  layer(
    ['server/src/host/**'],
    [...lsp, ...rpc],
    'host/ finds and reads files for every host, the CLI included.',
  ),
  layer(
    ['server/src/features/**', 'server/src/service/**'],
    [...lsp, ...rpc],
    'features and the service are plain functions returning vscode-languageserver-types; only the adapter (lsp/) touches the connection.',
  ),
  layer(['server/src/cli/**'], [...lsp, ...rpc], 'the CLI bundle stays free of the LSP runtime.'),
  layer(['client/**'], ['**/server/**'], 'the client starts the server; it holds no language logic.'),
  layer(
    ['protocol/**'],
    ['**/server/**', '**/client/**', 'vscode', 'vscode-languageserver', 'vscode-languageclient'],
    'the shared protocol holds request names, message shapes and their typed message types only.',
  ),
);
