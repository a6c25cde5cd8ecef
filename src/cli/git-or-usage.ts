import { GitError } from "../node/git/git-error.js";
import { UsageError } from "./usage-error.js";

/** Awaits a git read; a GitError becomes the CLI's one-line usage error (exit 2). */
export async function gitOrUsage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
}
