// Bundles the CLI into one CommonJS file, dist/bundle/roadmap.cjs, and writes
// V8's code cache for it (dist/bundle/roadmap.cjs.cache), so `roadmap` starts
// fast: bin/roadmap.js compiles the bundle with the cache instead of parsing
// and compiling hundreds of modules. Command modules still initialise lazily
// (esbuild keeps dynamic imports of bundled modules lazy), and so does
// string-width (see lazyStringWidth). The library (dist/index.js) is not bundled.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

/**
 * string-width builds an Intl.Segmenter and its regexes when it is imported (about a fifth of
 * `status`'s start-up), though the terminal and HTML renderers only call it for text beyond
 * their plain fast path (emoji, CJK, combining marks). In the bundle, the renderers' import gets
 * a stand-in that requires the real module on its first call; esbuild keeps a required ES
 * module's initialisation lazy. Same function, same results; only when it loads changes.
 */
const lazyStringWidth = {
  name: "lazy-string-width",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.kind === "import-statement" ? { path: "string-width", namespace: "lazy" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      resolveDir: new URL("..", import.meta.url).pathname,
      contents: `let real;
export default function stringWidth(text, options) {
  real ??= require("string-width").default;
  return real(text, options);
}`,
    }));
  },
};

const outdir = new URL("../dist/bundle/", import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [new URL("../src/cli/bin.ts", import.meta.url).pathname],
  outfile: `${outdir}roadmap.cjs`,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "none",
  // date-fns locales are chosen at run time by the roadmap's `locale`; they load from node_modules.
  external: ["date-fns/locale/*"],
  define: { "import.meta.url": "__roadmapBundleUrl" },
  banner: { js: "var __roadmapBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyStringWidth],
  logLevel: "warning",
});

// The code cache: run a typical command once (status of a bundled roadmap, which loads, plans,
// lints and renders) so the functions it compiles are in the cache. A cache that does not fit
// the running Node.js is ignored by V8, so this only ever makes start-up faster.
const bin = new URL("../bin/roadmap.js", import.meta.url).pathname;
const sample = new URL("../roadmaps/enterprise-microservices-platform-2025.yaml", import.meta.url).pathname;
const cached = spawnSync(process.execPath, [bin, "status", sample, "--as-of", "2025-03-01", "--no-color"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, ROADMAP_WRITE_CODE_CACHE: "1" },
});
if (cached.status !== 0) throw new Error(`writing the code cache failed: roadmap status exited ${cached.status}`);
