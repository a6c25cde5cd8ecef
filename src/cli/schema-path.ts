import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { SCHEMA_ID, SCHEMA_PATH } from "../schema/json-schema.js";
import { packageRoot } from "./package-root.js";

const PACKAGE_NAME = "roadmap-kit";

/** `./x` or `../x`, with forward slashes whatever the system. */
function relativeFrom(dir: string, file: string): string {
  const path = relative(dir, file).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

function isInside(dir: string, root: string): boolean {
  const r = root.endsWith(sep) ? root : root + sep;
  return (dir + sep).startsWith(r);
}

/**
 * The schema modeline's target for a roadmap written at `target`, chosen so
 * it resolves for everyone who checks the project out, whatever way the tool
 * was installed:
 * - in roadmap-kit's own repository: its `schemas/` file, relative;
 * - when the project has roadmap-kit in its `node_modules` (`npm install -D
 *   roadmap-kit`, also linked): that copy, relative, e.g.
 *   `./node_modules/roadmap-kit/schemas/roadmap.schema.json`;
 * - otherwise (`npx`, a global install): the versioned address of this
 *   version's schema in the published package (`SCHEMA_ID`).
 * The search up from the file stops at the project's root (a folder with
 * `package.json` or `.git`): a copy further up is not the project's.
 */
export function schemaPathFor(target: string, root: string = fileURLToPath(packageRoot)): string {
  const dir = dirname(resolve(target));
  if (isInside(dir, root) && !relative(root, dir).split(sep).includes("node_modules")) return relativeFrom(dir, join(root, SCHEMA_PATH));
  for (let at = dir; ; at = dirname(at)) {
    const installed = join(at, "node_modules", PACKAGE_NAME, SCHEMA_PATH);
    if (existsSync(installed)) return relativeFrom(dir, installed);
    if (existsSync(join(at, "package.json")) || existsSync(join(at, ".git")) || dirname(at) === at) return SCHEMA_ID;
  }
}
