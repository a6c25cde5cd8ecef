import { constants } from "node:fs";
import { randomBytes } from "node:crypto";
import { access, chmod, link, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "./usage-error.js";

const writable = (path: string) =>
  access(path, constants.W_OK).then(
    () => true,
    () => false,
  );

/**
 * Throws a usage error when `path` is an existing file that is read-only (no write bit, or not
 * writable by this user) or its folder is not writable; `shown` names it in the message.
 */
export async function assertWritable(path: string, shown = path): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isFile() && ((existing.mode & 0o222) === 0 || !(await writable(path)))) throw new UsageError(`${shown} is read-only: nothing written`);
  const folder = dirname(path);
  const folderExists = (await stat(folder).catch(() => undefined))?.isDirectory() ?? false;
  if (folderExists && !(await writable(folder)))
    throw new UsageError(
      `cannot write ${shown}: its folder ${folder} is not writable (the file is written next to itself, then renamed over it): nothing written`,
    );
}

/**
 * Writes a file through a temporary file in the same folder and a rename, so readers never see half
 * a file. A read-only file is never replaced (the rename would get around its permissions), and a
 * folder that cannot take the temporary file is said plainly: both are usage errors, nothing written.
 */
export async function writeFileAtomic(path: string, content: string, options: { exclusive?: boolean; mode?: number } = {}): Promise<void> {
  if (!options.exclusive) await assertWritable(path);
  const folder = dirname(path);
  const tmp = join(folder, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, content, { flag: "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS")
      throw new UsageError(
        `cannot write ${path}: its folder ${folder} is not writable (the file is written next to itself, then renamed over it): nothing written`,
      );
    throw error;
  }
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
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw new UsageError(`cannot write ${path}: it is a folder`);
    throw error;
  }
}
