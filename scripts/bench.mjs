#!/usr/bin/env node
// Benchmark: generates roadmaps of 1k, 10k and 100k tasks (random DAGs,
// several dependencies each) as YAML text, then times reading the YAML, schema
// validation, planning and linting separately, the source positions a
// diagnostic needs (js-yaml events vs the `yaml` Document), and the whole
// `roadmap lint` process against a bare `node -e 0`; then the language
// server's change → diagnostics time (scripts/bench-lsp.mjs).
//
//   npm run build && npm run bench [-- 1000 10000]   (also runs bench-lsp, bench-history and bench-speed)
//
// Uses the built library in dist/.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { seededRandom } from "../dist/plan/forecast/seeded-random.js";

const lib = await import("../dist/index.js");
const planRoadmap = lib.planRoadmap ?? (await import("../dist/plan/plan-roadmap.js")).planRoadmap;
const lintRoadmap = lib.lintRoadmap ?? (await import("../dist/lint/lint-roadmap.js")).lintRoadmap;
const { parseRoadmap } = lib;
const { load: readYaml, CORE_SCHEMA } = await import("js-yaml");
const { LineCounter, parseDocument } = await import("yaml");
const { createFastLocator } = await import("../dist/load/fast-locator.js");

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [1_000, 10_000, 100_000];
const AS_OF = "2025-10-06";

/**
 * A roadmap of `n` tasks in phases of 50, block-style YAML as people write it.
 * Each task has a length and 0-4 dependencies on earlier tasks (mostly recent
 * ones, some far back), so the graph is a DAG with long chains and fan-in; the
 * first 2% of tasks are done and the next 1% in progress.
 */
function generate(n) {
  const r = seededRandom(n);
  const lines = [
    "title: Benchmark roadmap",
    "start: 2025-10-06",
    "updated: 2025-10-06",
    "sequential: false",
    "calendar:",
    "  holidays: [2025-12-25, 2026-01-01, 2026-05-01]",
    "phases:",
  ];
  const perPhase = 50;
  for (let p = 0; p * perPhase < n; p++) {
    lines.push(`  - id: phase-${p}`, `    title: Phase ${p}`, "    tasks:");
    for (let i = p * perPhase; i < Math.min(n, (p + 1) * perPhase); i++) {
      lines.push(`      - id: t${i}`, `        title: Task ${i} of the benchmark`);
      lines.push(`        duration: ${1 + Math.floor(r() * 10)}d`);
      // Like a real roadmap: the first tasks done, a few in progress, the rest to do.
      const status = i < n * 0.02 ? "done" : i < n * 0.03 ? "in-progress" : "todo";
      if (status !== "todo") lines.push(`        status: ${status}`);
      const deps = new Set();
      const k = Math.floor(r() * 5);
      for (let j = 0; j < k && i > 0; j++) {
        const back = r() < 0.8 ? 1 + Math.floor(r() * Math.min(i, 200)) : 1 + Math.floor(r() * i);
        deps.add(`t${i - back}`);
      }
      if (deps.size > 0) lines.push(`        after: [${[...deps].join(", ")}]`);
    }
  }
  return lines.join("\n") + "\n";
}

function time(fn, repeat) {
  let best = Infinity;
  let result;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, result };
}

function wall(args, repeat) {
  let best = Infinity;
  let status;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 1 << 28 });
    best = Math.min(best, performance.now() - t0);
    status = r.status;
  }
  return { ms: best, status };
}

const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)).padStart(8);
const dir = mkdtempSync(join(tmpdir(), "roadmap-bench-"));
const bin = new URL("../bin/roadmap.js", import.meta.url).pathname;
const rows = [];
try {
  const bare = wall(["-e", "0"], 5);
  for (const n of SIZES) {
    const text = generate(n);
    const mib = Buffer.byteLength(text) / (1 << 20);
    const repeat = n >= 100_000 ? 1 : 3;
    const parsed = time(() => parseRoadmap(text, { file: "bench.yaml" }), repeat);
    const roadmap = parsed.result.roadmap;
    if (!roadmap) throw new Error(`the generated roadmap does not parse: ${JSON.stringify(parsed.result.diagnostics.slice(0, 3))}`);
    const read = time(() => readYaml(text, { schema: CORE_SCHEMA }), repeat);
    const positions = time(() => createFastLocator(text).value(["phases", 0]), repeat);
    const documentPositions = time(() => parseDocument(text, { lineCounter: new LineCounter() }), 1);
    const planned = time(() => planRoadmap(roadmap, { asOf: AS_OF }), repeat + 2);
    const linted = time(() => lintRoadmap(roadmap, planned.result, { asOf: AS_OF, locator: parsed.result.locator }), repeat);
    const file = join(dir, `bench-${n}.yaml`);
    writeFileSync(file, text);
    const proc = wall([bin, "lint", "--as-of", AS_OF, "--quiet", file], n >= 100_000 ? 1 : 3);
    rows.push({
      tasks: n,
      size: `${mib.toFixed(2)} MiB`,
      parse: parsed.ms,
      read: read.ms,
      positions: positions.ms,
      documentPositions: documentPositions.ms,
      rate: mib / (parsed.ms / 1000),
      plan: planned.ms,
      lint: linted.ms,
      process: proc.ms,
      exit: proc.status,
      bare: bare.ms,
      findings: linted.result.length,
    });
    console.error(`${n} tasks done`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`node ${process.version}, ${process.platform}/${process.arch}; best of 3 (1 run at 100k); times in ms`);
console.log("   tasks      YAML      read  validate  (MiB/s)      plan      lint  findings   `roadmap lint`  (exit)  `node -e 0`");
for (const r of rows) {
  console.log(
    `${String(r.tasks).padStart(8)} ${r.size.padStart(9)} ${fmt(r.read).padStart(9)} ${fmt(r.parse - r.read).padStart(9)} ${r.rate.toFixed(2).padStart(8)} ${fmt(r.plan)} ${fmt(r.lint)} ${String(r.findings).padStart(9)} ${fmt(r.process).padStart(16)} ${String(r.exit).padStart(7)} ${fmt(r.bare).padStart(12)}`,
  );
}
console.log("\nread: js-yaml (the fast path); validate: zod, references and the model; (MiB/s): read + validate.");
console.log("Source positions, computed only when a diagnostic needs them:");
console.log("   tasks   js-yaml events   yaml Document   ratio");
for (const r of rows) {
  console.log(
    `${String(r.tasks).padStart(8)} ${fmt(r.positions).padStart(16)} ${fmt(r.documentPositions).padStart(15)} ${(r.documentPositions / r.positions).toFixed(1).padStart(6)}x`,
  );
}

// The language server: change → diagnostics published, on the largest bundled roadmap.
await import("./bench-lsp.mjs");

// `roadmap history` over a git repository of many versions: its own script, run here so `npm run bench` has it.
console.log("");
spawnSync(process.execPath, [new URL("bench-history.mjs", import.meta.url).pathname], { stdio: "inherit" });

// Start-up, throughput against TaskJuggler, and the forecast, as ratios of whole processes.
console.log("");
spawnSync(process.execPath, [new URL("bench-speed.mjs", import.meta.url).pathname], { stdio: "inherit" });
