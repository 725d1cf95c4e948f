// Bundles the extension client, the language server and the CLI with esbuild.
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

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, ...server, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, ...server, entryPoints: ['server/src/cli/lettersCheck.ts'], outfile: 'dist/cli.js' },
  { ...common, ...server, entryPoints: ['server/src/cli/lettersExport.ts'], outfile: 'dist/export.js' },
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
