// Bundles the CLI into dist/bundle/: one file per command group instead of
// hundreds of modules, so `roadmap` starts fast. Commands load lazily
// (dynamic imports become chunks). The library (dist/index.js) is not bundled.
import { build } from "esbuild";
import { rmSync } from "node:fs";

const outdir = new URL("../dist/bundle/", import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [new URL("../src/cli/bin.ts", import.meta.url).pathname],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "none",
  // date-fns locales are chosen at run time by the roadmap's `locale`; they load from node_modules.
  external: ["date-fns/locale/*"],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: "warning",
});
