import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { packageRoot } from "./package-root.js";

const SCHEMA_FILE = fileURLToPath(new URL("schemas/roadmap.schema.json", packageRoot));

/** The schema modeline's target for a roadmap written at `target`: the package's schema, relative to the file's folder. */
export function schemaPathFor(target: string): string {
  const path = relative(dirname(resolve(target)), SCHEMA_FILE);
  return path.startsWith(".") ? path : `./${path}`;
}
