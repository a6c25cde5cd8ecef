import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";

/**
 * Where to run git for a file: its folder (or the nearest folder above that
 * exists, for a file deleted from the working tree) and the file's path
 * relative to that folder, `./`-prefixed so git reads it relative to it.
 */
export async function gitPlace(path: string): Promise<{ cwd: string; relative: string }> {
  const abs = resolve(path);
  let dir = dirname(abs);
  let rel = basename(abs);
  for (;;) {
    if ((await stat(dir).catch(() => undefined))?.isDirectory()) return { cwd: dir, relative: rel };
    const up = dirname(dir);
    if (up === dir) return { cwd: dir, relative: rel };
    rel = `${basename(dir)}/${rel}`;
    dir = up;
  }
}
