import { randomBytes } from "node:crypto";
import { link, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Writes a file through a temporary file in the same folder and a rename, so readers never see half a file. */
export async function writeFileAtomic(path: string, content: string, options: { exclusive?: boolean } = {}): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(tmp, content, { flag: "wx" });
  try {
    if (options.exclusive) {
      // link() fails with EEXIST instead of replacing: an existing file is never touched.
      await link(tmp, path);
      await rm(tmp, { force: true });
    } else {
      await rename(tmp, path);
    }
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
