#!/usr/bin/env node
// Speed as ratios measured in the same run:
// - start-up: `roadmap status` / `--version` / `lint` on the largest bundled roadmap against `node -e 0`;
// - throughput: `roadmap lint` on generated 5,000- and 20,000-task projects, against TaskJuggler (tj3)
//   scheduling the same 5,000 tasks when tj3 is installed, and 20k against 5k (linear is 4x);
// - forecast: `roadmap render -f json` with 10,000 Monte Carlo runs on a 1,000-task roadmap of ranged estimates.
//
//   npm run build && node scripts/bench-speed.mjs [runs]
//
// Medians of whole processes (wall clock), so the figures include Node's own start.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { seededRandom } from "../dist/plan/forecast/seeded-random.js";

const RUNS = Number(process.argv[2] ?? 15);
const BIN = new URL("../bin/roadmap.js", import.meta.url).pathname;
const LARGEST = new URL("../roadmaps/enterprise-microservices-platform-2025.yaml", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "roadmap-bench-speed-"));

/** Median wall time in ms of a command run `runs` times (after one warm-up). */
function median(command, args, runs = RUNS, okCodes = [0, 1]) {
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    const r = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 1 << 28 });
    if (!okCodes.includes(r.status)) throw new Error(`${command} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    if (i > 0) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * A project of `n` tasks in phases of 50, each task after up to two of the
 * 100 tasks before it, as roadmap YAML and as TaskJuggler source with the same
 * lengths, dependencies and calendar.
 */
function project(n, { ranged = false } = {}) {
  const r = seededRandom(n);
  const yaml = ["title: Generated", "start: 2026-01-05", "due: 2027-06-30", "sequential: false", "phases:"];
  const tjp = ['project p "Generated" 2026-01-05 - 2035-12-31 {', '  timezone "UTC"', "  workinghours mon - fri 9:00 - 17:00", "}"];
  const path = new Map();
  for (let id = 1; id <= n; id++) {
    const phase = Math.floor((id - 1) / 50);
    if ((id - 1) % 50 === 0) {
      yaml.push(`  - id: p${phase}`, `    title: Phase ${phase}`, "    tasks:");
      if (phase > 0) tjp.push("}");
      tjp.push(`task p${phase} "Phase ${phase}" {`);
    }
    path.set(id, `p${phase}.t${id}`);
    const deps = new Set();
    for (let k = 0; k < 2; k++) if (id > 1 && r() < 0.6) deps.add(Math.max(1, id - 1 - Math.floor(r() * 100)));
    const low = 1 + Math.floor(r() * 5);
    const length = ranged ? `${low}-${low + 1 + Math.floor(r() * 5)}d` : `${low}d`;
    const after = deps.size ? `, after: [${[...deps].map((d) => `t${d}`).join(", ")}]` : "";
    yaml.push(`      - { id: t${id}, title: Task ${id}, duration: ${length}${after} }`);
    tjp.push(`  task t${id} "Task ${id}" {`, `    length ${low}d`);
    if (deps.size) tjp.push(`    depends ${[...deps].map((d) => path.get(d)).join(", ")}`);
    tjp.push("  }");
  }
  tjp.push("}");
  return { yaml: `${yaml.join("\n")}\n`, tjp: `${tjp.join("\n")}\n` };
}

const hasTj3 = spawnSync("tj3", ["--version"]).status === 0;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const ms = (x) => `${x.toFixed(0)} ms`;

const node = median(process.execPath, ["-e", "0"]);
console.log(`node ${process.version}, ${process.platform}/${process.arch}; medians of ${RUNS} runs, whole processes`);
console.log("\nStart-up (largest bundled roadmap) against `node -e 0`:");
console.log(`  node -e 0                    ${ms(node)}`);
for (const [name, args] of [
  ["roadmap --version", ["--version"]],
  ["roadmap lint", ["lint", LARGEST, "--as-of", "2025-03-01"]],
  ["roadmap status", ["status", LARGEST, "--as-of", "2025-03-01"]],
]) {
  const t = median(process.execPath, [BIN, ...args]);
  console.log(`  ${name.padEnd(28)} ${ms(t).padStart(7)}  ${ratio(t, node)}`);
}

console.log("\nThroughput: `roadmap lint` on generated projects, against tj3 scheduling the same tasks:");
const lintTimes = new Map();
for (const n of [5000, 20000]) {
  const { yaml, tjp } = project(n);
  const file = join(dir, `p${n}.yaml`);
  writeFileSync(file, yaml);
  const lint = median(process.execPath, [BIN, "lint", file, "--as-of", "2026-01-05"], Math.min(RUNS, 7));
  lintTimes.set(n, lint);
  let line = `  ${String(n).padStart(6)} tasks  roadmap lint ${ms(lint).padStart(8)}`;
  if (n === 5000 && hasTj3) {
    const tjpFile = join(dir, `p${n}.tjp`);
    writeFileSync(tjpFile, tjp);
    const tj3 = median("tj3", ["--silent", "--no-color", "-o", dir, tjpFile], 3, [0]);
    line += `   tj3 ${ms(tj3).padStart(8)}   roadmap is ${ratio(tj3, lint)} faster`;
  }
  if (n === 20000) line += `   ${ratio(lint, lintTimes.get(5000))} the 5k time (linear: 4x)`;
  console.log(line);
}
if (!hasTj3) console.log("  (tj3 not installed: no TaskJuggler comparison)");

console.log("\nForecast: 10,000 Monte Carlo runs on 1,000 ranged tasks:");
const forecastFile = join(dir, "forecast-1000.yaml");
writeFileSync(forecastFile, project(1000, { ranged: true }).yaml);
const withForecast = median(process.execPath, [BIN, "render", "-f", "json", forecastFile, "--as-of", "2026-01-05", "--runs", "10000"], 5);
const oneRun = median(process.execPath, [BIN, "render", "-f", "json", forecastFile, "--as-of", "2026-01-05", "--runs", "1"], 5);
console.log(`  roadmap render -f json --runs 10000   ${ms(withForecast)} (goal: 1000 ms); with --runs 1: ${ms(oneRun)}`);

rmSync(dir, { recursive: true, force: true });
