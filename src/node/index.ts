// roadmap-kit/node: the helpers that touch the file system. Everything else
// (parse, plan, lint, render) is in the main entry, which runs in a browser.
export { loadRoadmap, FILE_ERROR_CODES } from "./load-roadmap.js";

// Git: a roadmap as it was at a commit, and every committed version of it.
// Only the `git` executable through execFile (no shell); refs are checked and
// passed after --end-of-options, paths after --.
export { readRoadmapAt, type RoadmapAtRef } from "./git/read-roadmap-at.js";
export { readRoadmapHistory, type RoadmapHistory } from "./git/read-roadmap-history.js";
export { logFile, type FileCommit, type LogOptions } from "./git/log-file.js";
export { resolveCommit } from "./git/resolve-commit.js";
export { checkRef } from "./git/check-ref.js";
export { GitError, type GitErrorKind } from "./git/git-error.js";
