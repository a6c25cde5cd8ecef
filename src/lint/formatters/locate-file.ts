/** Where a linted file is, seen from the folder the formats report relative to. */
export type FileLocation =
  /** Inside the folder (or relative and no folder given): forward slashes, no `./`. */
  | { inside: true; path: string }
  /** Outside the folder: the absolute path with forward slashes, or the relative one as given. */
  | { inside: false; path: string; absolute: boolean };

interface Split {
  /** `/`, `C:/` or `` (relative). */
  root: string;
  parts: string[];
}

function split(path: string): Split {
  const p = path.replace(/\\/g, "/");
  const root = /^(?:[A-Za-z]:)?\//.exec(p)?.[0] ?? "";
  const parts: string[] = [];
  for (const seg of p.slice(root.length).split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else if (seg === ".." && root) continue;
    else parts.push(seg);
  }
  return { root: root.length === 3 ? root[0].toUpperCase() + root.slice(1) : root, parts };
}

/**
 * Locates `file` relative to `cwd` without touching the file system (the
 * formatters run in a browser too). Handles POSIX and Windows paths.
 */
export function locateFile(file: string, cwd?: string): FileLocation {
  const f = split(file);
  const c = cwd ? split(cwd) : undefined;
  if (!f.root && !c?.root) {
    if (f.parts[0] === "..") return { inside: false, path: f.parts.join("/"), absolute: false };
    return { inside: true, path: f.parts.join("/") };
  }
  const abs: Split = f.root ? f : split(c!.root + [...c!.parts, ...f.parts].join("/"));
  if (c?.root && c.root === abs.root && c.parts.length < abs.parts.length && c.parts.every((p, i) => abs.parts[i] === p)) {
    return { inside: true, path: abs.parts.slice(c.parts.length).join("/") };
  }
  return { inside: false, path: abs.root + abs.parts.join("/"), absolute: true };
}

/** Whether a POSIX or Windows path is absolute. */
export function isAbsolutePath(path: string): boolean {
  return split(path).root !== "";
}

/** An absolute path as a `file:` URI, each segment percent-encoded; `dir` adds the trailing slash. */
export function fileUri(absolutePath: string, dir = false): string {
  const { root, parts } = split(absolutePath);
  const drive = root.length === 3 ? `/${root.slice(0, 2)}` : "";
  const path = parts.map(encodeURIComponent).join("/");
  return `file://${drive}/${path}${dir && path ? "/" : ""}`;
}

/** A relative path as a relative URI reference. */
export function relativeUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}
