#!/usr/bin/env node
// Benchmark of `roadmap history`: a git repository with 200 commits of a
// roadmap of 1,000 items (each commit lengthens a few tasks, finishes one,
// sometimes renames one), then the whole `roadmap history --format json`
// process, and in-process the git reading (log + one batch of blobs) and the
// planning of every version. Goal: under 5 s for the process.
//
//   npm run build && npm run bench      (after the parse/plan/lint figures)
//   node scripts/bench-history.mjs [commits] [items]
//
// Uses the built library in dist/ and bin/roadmap.js.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { seededRandom } from "../dist/plan/forecast/seeded-random.js";

const [commitsArg, itemsArg] = process.argv.slice(2).map(Number);
const COMMITS = commitsArg > 0 ? commitsArg : 200;
const ITEMS = itemsArg > 0 ? itemsArg : 1000;

const { planHistory } = await import("../dist/index.js");
const { readRoadmapHistory } = await import("../dist/node/index.js");

/** Tasks in phases of 50 with 0-3 dependencies on recent tasks, a milestone per phase. */
function initialTasks(n) {
  const r = seededRandom(n);
  const tasks = [];
  for (let i = 0; i < n; i++) {
    const deps = new Set();
    const k = Math.floor(r() * 4);
    for (let j = 0; j < k && i > 0; j++) deps.add(i - 1 - Math.floor(r() * Math.min(i, 60)));
    tasks.push({ days: 1 + Math.floor(r() * 8), status: "todo", title: `Task ${i} of the benchmark`, after: [...deps] });
  }
  return tasks;
}

function yamlOf(tasks) {
  const lines = ["title: History benchmark", "start: 2025-01-06", "sequential: false", "calendar:", "  holidays: [2025-12-25, 2026-01-01]", "phases:"];
  for (let p = 0; p * 50 < tasks.length; p++) {
    lines.push(`  - id: phase-${p}`, `    title: Phase ${p}`, "    tasks:");
    for (let i = p * 50; i < Math.min(tasks.length, (p + 1) * 50); i++) {
      const t = tasks[i];
      lines.push(`      - id: t${i}`, `        title: ${t.title}`, `        duration: ${t.days}d`);
      if (t.status !== "todo") lines.push(`        status: ${t.status}`);
      if (t.after.length > 0) lines.push(`        after: [${t.after.map((d) => `t${d}`).join(", ")}]`);
    }
    lines.push(
      `      - id: m${p}`,
      `        title: Phase ${p} done`,
      "        milestone: true",
      `        after: [${Array.from({ length: Math.min(50, tasks.length - p * 50) }, (_, k) => `t${p * 50 + k}`)
        .slice(-5)
        .join(", ")}]`,
    );
  }
  return `${lines.join("\n")}\n`;
}

const dir = mkdtempSync(join(tmpdir(), "roadmap-bench-history-"));
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "Bench",
  GIT_AUTHOR_EMAIL: "bench@example.com",
  GIT_COMMITTER_NAME: "Bench",
  GIT_COMMITTER_EMAIL: "bench@example.com",
};
const git = (...args) => execFileSync("git", args, { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
try {
  const t0 = performance.now();
  git("init", "-q", "-b", "main");
  const tasks = initialTasks(ITEMS);
  const r = seededRandom(7);
  const start = Date.UTC(2025, 0, 2);
  let bytes = 0;
  for (let c = 0; c < COMMITS; c++) {
    if (c > 0) {
      for (let k = 0; k < 3; k++) tasks[Math.floor(r() * tasks.length)].days += 1;
      const open = tasks.findIndex((t) => t.status === "todo");
      if (open >= 0) tasks[open].status = "done";
      if (c % 10 === 0) tasks[Math.floor(r() * tasks.length)].title += " (renamed)";
    }
    const text = yamlOf(tasks);
    bytes = Buffer.byteLength(text);
    writeFileSync(join(dir, "roadmap.yaml"), text);
    git("add", "roadmap.yaml");
    const date = new Date(start + c * 86_400_000).toISOString().replace(/\.\d+Z$/, "+00:00");
    execFileSync("git", ["commit", "-q", "-m", `version ${c + 1}`], { cwd: dir, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
  }
  const setup = performance.now() - t0;

  const bin = new URL("../bin/roadmap.js", import.meta.url).pathname;
  const runs = [];
  const cpu = [];
  let out = "";
  for (let i = 0; i < 3; i++) {
    // bash's `time` gives the CPU the process used, which the machine's other load does not change.
    const t = performance.now();
    const p = spawnSync("bash", ["-c", 'TIMEFORMAT="%U %S"; time "$0" "$1" history --format json roadmap.yaml > out.json', process.execPath, bin], {
      cwd: dir,
      env,
      encoding: "utf8",
    });
    runs.push(performance.now() - t);
    if (p.status !== 0) throw new Error(`roadmap history failed (${p.status}): ${p.stderr}`);
    const [user, sys] = p.stderr.trim().split("\n").pop().split(" ").map(Number);
    cpu.push((user + sys) * 1000);
    out = readFileSync(join(dir, "out.json"), "utf8");
  }
  const data = JSON.parse(out);
  if (data.versions.length !== COMMITS) throw new Error(`expected ${COMMITS} versions, got ${data.versions.length}`);

  const cwd = process.cwd();
  process.chdir(dir);
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  const read = await readRoadmapHistory("roadmap.yaml");
  const t2 = performance.now();
  const history = planHistory(read.versions);
  if (history.versions.length !== read.count) throw new Error("lost a version");
  const t3 = performance.now();
  const c3 = process.cpuUsage(c1);
  process.chdir(cwd);

  const best = Math.min(...runs);
  console.log(
    `node ${process.version}, ${process.platform}/${process.arch}; ${COMMITS} commits of a ${ITEMS}-task roadmap (${(bytes / 1024).toFixed(0)} KiB, ${history.milestones.length} milestones and phases traced); setup ${(setup / 1000).toFixed(1)} s`,
  );
  console.log(
    `roadmap history --format json: ${(best / 1000).toFixed(2)} s wall, ${(Math.min(...cpu) / 1000).toFixed(2)} s CPU (best of 3; goal 5 s; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
  );
  console.log(
    `  in process: git log and one batch of blobs ${(t2 - t1).toFixed(0)} ms, parse and plan every version ${(t3 - t2).toFixed(0)} ms (${((c3.user + c3.system) / 1000).toFixed(0)} ms CPU in all)`,
  );
  console.log(`  finish ${data.versions[0].finish} → ${data.versions.at(-1).finish} (${data.finishSlip} workdays)`);
  if (best > 5000) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
