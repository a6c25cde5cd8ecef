import { randomBytes } from "node:crypto";
import { chmod, link, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Writes a file through a temporary file in the same folder and a rename, so readers never see half a file. */
export async function writeFileAtomic(path: string, content: string, options: { exclusive?: boolean; mode?: number } = {}): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(tmp, content, { flag: "wx" });
  try {
    // The mode of the file it replaces (set after writing: the umask does not apply to chmod).
    if (options.mode !== undefined) await chmod(tmp, options.mode);
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
