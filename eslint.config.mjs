// Lint rules, including the layer direction of the server:
// syntax → analysis → topics → features → service → lsp/ (the adapter), cli/ and server.ts; the client never
// imports server code.
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

/** Restricts imports of a layer: `groups` are glob patterns of forbidden module paths. */
function layer(files, groups, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
    },
  };
}

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
  layer(
    ['server/src/syntax/**'],
    [...lsp, '**/analysis/**', '**/features/**', '**/server', '**/lsp/**', '**/cli/**'],
    'syntax is the lowest layer: text in, tree out, no LSP and no upper layers.',
  ),
  layer(
    ['server/src/analysis/**'],
    [...lsp, '**/topics/**', '**/features/**', '**/server', '**/lsp/**', '**/cli/**'],
    'analysis builds the model from syntax only; LSP types belong to features.',
  ),
  layer(
    ['server/src/topics/**'],
    [...lsp, '**/features/**', '**/server', '**/lsp/**', '**/cli/**'],
    'a topic annotates and checks letters without LSP types; the features convert what it says.',
  ),
  layer(
    ['server/src/reading/**'],
    [...lsp, '**/features/**', '**/server', '**/lsp/**', '**/cli/**', '**/render/**', '**/export/**'],
    'reading is the one reader of the model and its annotations for the writers (render/, export/); it writes nothing.',
  ),
  layer(
    ['server/src/render/**'],
    [...lsp, '**/features/**', '**/server', '**/lsp/**', '**/cli/**', '**/export/**'],
    'the renderer turns what reading/ reads into HTML strings; it knows nothing of LSP, the editor or the exports.',
  ),
  {
    ...layer(
      ['server/src/export/**'],
      [...lsp, '**/features/**', '**/server', '**/lsp/**', '**/cli/**', '**/render/**'],
      'TEI and CMIF write what reading/ reads; they never go through the HTML renderer.',
    ),
    // The table of formats lists the website too, whose writer (siteFiles.ts) joins the renderer's
    // pages and each letter's TEI and the edition's CMIF they link.
    ignores: ['server/src/export/formats.ts', 'server/src/export/siteFiles.ts'],
  },
  layer(
    ['server/src/features/**'],
    [...lsp, ...rpc, '**/server', '**/lsp/**', '**/cli/**', '**/service/**'],
    'features are plain functions over the model returning vscode-languageserver-types; only the adapter (lsp/) touches the connection.',
  ),
  layer(
    ['server/src/service/**'],
    [...lsp, ...rpc, '**/server', '**/lsp/**', '**/cli/**', '**/host/**'],
    'the language service is plain functions over the edition (LSP types, no LSP runtime); its hosts (lsp/, cli/) own documents and files.',
  ),
  layer(
    ['server/src/cli/**'],
    [...lsp, ...rpc, '**/features/**', '**/server', '**/lsp/**'],
    'the CLI uses the language service and the host, never the LSP runtime or the features directly.',
  ),
  layer(['client/**'], ['**/server/**'], 'the client starts the server; it holds no language logic.'),
  layer(
    ['protocol/**'],
    ['**/server/**', '**/client/**', 'vscode', 'vscode-languageserver', 'vscode-languageclient'],
    'the shared protocol holds request names, message shapes and their typed message types only.',
  ),
);
