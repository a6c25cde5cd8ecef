import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { schemaPathFor } from "../../src/cli/schema-path.js";
import { SCHEMA_ID, SCHEMA_PATH } from "../../src/schema/json-schema.js";
import { ROOT, runCli } from "./run-cli.js";

const tmp = (name = "roadmap-modeline-") => mkdtempSync(join(tmpdir(), name));
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const MODELINE = /^# yaml-language-server: \$schema=(\S+)$/;

/** Runs a `roadmap` binary other than the repository's (an installed copy). */
function run(bin: string, args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const modelineOf = (file: string): string => MODELINE.exec(readFileSync(file, "utf8").split("\n")[0])?.[1] ?? "";

describe("the schema modeline's target", () => {
  it.each([
    { name: "a roadmap in the package's own repository", layout: [] as string[], file: "<root>/roadmaps/new.yaml", target: "../schemas/roadmap.schema.json" },
    {
      name: "the package in the project's node_modules",
      layout: ["package.json", "node_modules/roadmap-kit/schemas/roadmap.schema.json"],
      file: "roadmap.yaml",
      target: "./node_modules/roadmap-kit/schemas/roadmap.schema.json",
    },
    {
      name: "a roadmap in a folder of that project",
      layout: ["package.json", "node_modules/roadmap-kit/schemas/roadmap.schema.json"],
      file: "plans/q1/roadmap.yaml",
      target: "../../node_modules/roadmap-kit/schemas/roadmap.schema.json",
    },
    { name: "a project without the package", layout: ["package.json"], file: "roadmap.yaml", target: SCHEMA_ID },
    { name: "an empty folder", layout: [], file: "roadmap.yaml", target: SCHEMA_ID },
    {
      name: "a copy above the project's root is not the project's",
      layout: ["node_modules/roadmap-kit/schemas/roadmap.schema.json", "app/.git/HEAD"],
      file: "app/roadmap.yaml",
      target: SCHEMA_ID,
    },
  ])("$name", ({ layout, file, target }) => {
    const dir = tmp();
    for (const f of layout) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), "{}");
    }
    const path = file.startsWith("<root>/") ? join(ROOT, file.slice("<root>/".length)) : join(dir, file);
    // The running package is elsewhere (as under npx), except for the repository's own roadmaps.
    const running = file.startsWith("<root>/") ? ROOT : join(dir, "elsewhere", "roadmap-kit");
    expect(schemaPathFor(path, running)).toBe(target);
    if (!target.startsWith("https:")) expect(existsSync(resolve(dirname(path), target))).toBe(true);
  });

  it("names this version's schema in the published package, the schema's own $id", () => {
    expect(SCHEMA_ID).toBe(`https://cdn.jsdelivr.net/npm/roadmap-kit@${VERSION}/${SCHEMA_PATH}`);
    expect(JSON.parse(readFileSync(join(ROOT, SCHEMA_PATH), "utf8")).$id).toBe(SCHEMA_ID);
  });
});

describe("roadmap init from the packed package", () => {
  // The package as npm publishes it: `npm pack`, unpacked where `npm install` puts it. Its dependencies
  // come from this repository's node_modules, so the test needs no network.
  let packed: string[];
  let project: string;
  let installedBin: string;
  beforeAll(() => {
    const out = tmp("roadmap-pack-");
    const npmEnv = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };
    const [info] = JSON.parse(
      execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", out], { cwd: ROOT, encoding: "utf8", env: npmEnv }),
    ) as { filename: string; files: { path: string }[] }[];
    packed = info.files.map((f) => f.path);
    project = tmp("roadmap-project-");
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "my-project", private: true, devDependencies: { "roadmap-kit": `^${VERSION}` } }));
    const installed = join(project, "node_modules", "roadmap-kit");
    mkdirSync(installed, { recursive: true });
    execFileSync("tar", ["xzf", join(out, info.filename), "-C", installed, "--strip-components=1"]);
    symlinkSync(join(ROOT, "node_modules"), join(installed, "node_modules"), "dir");
    installedBin = join(installed, "bin", "roadmap.js");
  }, 60_000);

  it("installed in the project: a relative modeline to the installed schema, which is there", () => {
    for (const [file, target] of [
      ["roadmap.yaml", "./node_modules/roadmap-kit/schemas/roadmap.schema.json"],
      ["plans/team.yaml", "../node_modules/roadmap-kit/schemas/roadmap.schema.json"],
    ]) {
      mkdirSync(dirname(join(project, file)), { recursive: true });
      const r = run(installedBin, ["init", file], project);
      expect(r.code, r.stderr).toBe(0);
      expect(modelineOf(join(project, file))).toBe(target);
      const schema = resolve(dirname(join(project, file)), target);
      expect(readFileSync(schema, "utf8")).toBe(runCli(["schema"]).stdout);
      expect(run(installedBin, ["lint", file], project)).toMatchObject({ code: 0, stdout: "" });
    }
  });

  it("run from elsewhere (npx, a global install): the versioned URL of the schema in the published package", () => {
    const empty = tmp("roadmap-npx-");
    const r = run(installedBin, ["init"], empty);
    expect(r.code, r.stderr).toBe(0);
    const url = modelineOf(join(empty, "roadmap.yaml"));
    const m = /^https:\/\/cdn\.jsdelivr\.net\/npm\/roadmap-kit@([^/]+)\/(.+)$/.exec(url);
    expect(m?.[1]).toBe(VERSION);
    expect(packed).toContain(m?.[2]);
    expect(JSON.parse(readFileSync(join(project, "node_modules", "roadmap-kit", m![2]), "utf8")).$id).toBe(url);
    expect(run(installedBin, ["lint"], empty)).toMatchObject({ code: 0, stdout: "" });
  });
});

describe("roadmap schema --write", () => {
  const schema = () => runCli(["schema"]).stdout;
  const roadmap = (line: string) => `${line}\ntitle: T\nstart: 2025-01-06\nphases:\n  - { title: One, duration: 1d }\n`;

  it("writes the schema where a relative modeline points, then finds it up to date", () => {
    const dir = tmp();
    mkdirSync(join(dir, "plans"));
    writeFileSync(join(dir, "plans", "a.yaml"), roadmap("# yaml-language-server: $schema=../schema/roadmap.schema.json"));
    writeFileSync(join(dir, "plans", "b.yaml"), roadmap('$schema: "./b.schema.json"'));
    const first = runCli(["schema", "--write", "plans"], { cwd: dir });
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toBe("Wrote schema/roadmap.schema.json (for plans/a.yaml)\nWrote plans/b.schema.json (for plans/b.yaml)\n");
    expect(readFileSync(join(dir, "schema", "roadmap.schema.json"), "utf8")).toBe(schema());
    expect(readFileSync(join(dir, "plans", "b.schema.json"), "utf8")).toBe(schema());
    expect(runCli(["schema", "--write", "plans/a.yaml"], { cwd: dir }).stdout).toBe("schema/roadmap.schema.json is up to date (plans/a.yaml)\n");
  });

  it.each([
    {
      name: "a URL: nothing to write",
      line: `# yaml-language-server: $schema=${SCHEMA_ID}`,
      code: 0,
      out: `roadmap.yaml: the schema is at ${SCHEMA_ID}: nothing to write\n`,
      err: "",
    },
    { name: "no modeline", line: "# just a comment", code: 0, out: "roadmap.yaml: no schema modeline (roadmap init writes one)\n", err: "" },
    {
      name: "into node_modules: the package's copy is not written",
      line: "# yaml-language-server: $schema=./node_modules/roadmap-kit/schemas/roadmap.schema.json",
      code: 2,
      out: "",
      err: "install roadmap-kit there",
    },
    {
      name: "a file that is not a roadmap schema is not overwritten",
      line: "# yaml-language-server: $schema=./package.json",
      code: 2,
      out: "",
      err: "not a roadmap JSON Schema",
    },
    { name: "the roadmap itself", line: "# yaml-language-server: $schema=./roadmap.yaml", code: 2, out: "", err: "one of the roadmaps" },
    // A roadmap, perhaps from an untrusted pull request, does not choose where files land.
    {
      name: "an absolute path",
      line: "# yaml-language-server: $schema=/tmp/roadmap-evil.json",
      code: 2,
      out: "",
      err: "outside the folder the command runs in",
    },
    {
      name: "a path out of the folder",
      line: "# yaml-language-server: $schema=../evil/x.json",
      code: 2,
      out: "",
      err: "outside the folder the command runs in",
    },
    { name: "a file that is not JSON", line: "# yaml-language-server: $schema=./run.sh", code: 2, out: "", err: "expected a .json file" },
    { name: "a folder", line: "# yaml-language-server: $schema=./folder.json", code: 2, out: "", err: "not a file" },
  ])("$name", ({ line, code, out, err }) => {
    const dir = tmp();
    mkdirSync(join(dir, "folder.json"));
    writeFileSync(join(dir, "package.json"), '{ "name": "p" }\n');
    writeFileSync(join(dir, "roadmap.yaml"), roadmap(line));
    const r = runCli(["schema", "--write"], { cwd: dir });
    expect(r.code).toBe(code);
    expect(r.stdout).toBe(out);
    if (err) expect(r.stderr).toContain(err);
    else expect(r.stderr).toBe("");
    expect(readFileSync(join(dir, "package.json"), "utf8")).toBe('{ "name": "p" }\n');
    expect(readFileSync(join(dir, "roadmap.yaml"), "utf8")).toBe(roadmap(line));
    expect(existsSync(join(dir, "node_modules"))).toBe(false);
    expect(existsSync(join(dir, "run.sh"))).toBe(false);
    expect(existsSync(join(dir, "..", "evil"))).toBe(false);
    expect(existsSync("/tmp/roadmap-evil.json")).toBe(false);
  });

  it("refuses -o with --write, and paths without --write", () => {
    expect(runCli(["schema", "--write", "-o", "x.json"]).code).toBe(2);
    expect(runCli(["schema", "roadmap.yaml"]).code).toBe(2);
  });
});
