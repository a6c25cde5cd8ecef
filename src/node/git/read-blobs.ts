import { runGit } from "./run-git.js";

/**
 * The contents of many git objects in one `git cat-file --batch` (objects
 * named by id, or `commit:path` for paths without a line break), in order;
 * null for an object git does not have.
 */
export async function readBlobs(names: readonly string[], cwd: string): Promise<(Buffer | null)[]> {
  if (names.length === 0) return [];
  const out = await runGit(["cat-file", "--batch"], { cwd, input: names.map((n) => `${n}\n`).join("") });
  const result: (Buffer | null)[] = [];
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const eol = out.indexOf(10, at);
    if (eol < 0) {
      result.push(null);
      continue;
    }
    const header = out.subarray(at, eol).toString("utf8");
    const m = / (\w+) (\d+)$/.exec(header);
    if (!m || header.endsWith(" missing") || header.endsWith(" ambiguous")) {
      result.push(null);
      at = eol + 1;
      continue;
    }
    const size = Number(m[2]);
    result.push(m[1] === "blob" ? out.subarray(eol + 1, eol + 1 + size) : null);
    at = eol + 1 + size + 1;
  }
  return result;
}
