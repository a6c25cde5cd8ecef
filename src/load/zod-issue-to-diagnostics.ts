import type { z } from "zod";
import type { Diagnostic } from "../diagnostics.js";
import { formatPath } from "../diagnostics.js";
import type { Path } from "../model.js";
import { knownKeysAt } from "../schema/known-keys.js";
import { didYouMean } from "../suggest.js";
import { describeExpected, describeValue } from "./describe-value.js";
import type { Locator } from "./locator-type.js";

type Issue = z.core.$ZodIssue;

const at = (path: Path) => (path.length ? `${formatPath(path)}: ` : "");

function isRootTypeMismatch(issues: Issue[], depth: number): boolean {
  return issues.some((i) => i.code === "invalid_type" && i.path.length === depth);
}

/** Picks the union branch the user most likely meant: the one that got furthest. */
function unionBranch(issue: Extract<Issue, { code: "invalid_union" }>): Issue[] | undefined {
  const depth = issue.path.length;
  const candidates = issue.errors.filter((branch) => branch.length > 0 && !isRootTypeMismatch(branch, 0));
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => a.length - b.length);
  return candidates[0].map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue).filter(() => depth >= 0);
}

function unionExpected(issue: Extract<Issue, { code: "invalid_union" }>): string {
  const names = new Set<string>();
  for (const branch of issue.errors) {
    const root = branch.find((i) => i.path.length === 0 && i.code === "invalid_type");
    if (root && root.code === "invalid_type") names.add(describeExpected(root.expected));
  }
  return names.size ? [...names].join(" or ") : "a different value";
}

export function zodIssuesToDiagnostics(
  issues: Issue[],
  locator: Locator,
  file: string | undefined,
  input: unknown,
  keysAt: (path: Path) => string[] = knownKeysAt,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (code: string, message: string, path: Path, useKey = false) => {
    out.push({ code, severity: "error", message, file, path, range: useKey ? locator.key(path) : locator.value(path) });
  };
  const valueAt = (path: Path): unknown => {
    let v: unknown = input;
    for (const seg of path) v = v && typeof v === "object" ? (v as Record<string, unknown>)[seg as string] : undefined;
    return v;
  };

  const visit = (issue: Issue) => {
    const path = issue.path as Path;
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) {
          const stray = /\s/.test(key) && (valueAt(path) as Record<string, unknown> | undefined)?.[key] === null;
          const hint = stray ? " (a comma inside { } ends a value: quote text that contains commas)" : didYouMean(key, keysAt(path));
          push("unknown-key", `${at(path)}unknown key "${key}"${hint}`, [...path, key], true);
        }
        return;
      case "invalid_type": {
        const found = issue.input !== undefined ? issue.input : valueAt(path);
        if (found === undefined) {
          const key = path[path.length - 1];
          push("missing-key", `${at(path.slice(0, -1))}missing required key "${String(key)}"`, path.slice(0, -1));
        } else {
          push("invalid-type", `${at(path)}expected ${describeExpected(issue.expected)}, found ${describeValue(found)}`, path);
        }
        return;
      }
      case "invalid_value": {
        const found = issue.input ?? valueAt(path);
        const options = issue.values.map(String);
        const hint = typeof found === "string" ? didYouMean(found, options) : "";
        push("invalid-value", `${at(path)}expected one of ${options.join(", ")}; found ${describeValue(found)}${hint}`, path);
        return;
      }
      case "invalid_union": {
        if ((issue.input ?? valueAt(path)) === undefined) {
          push("missing-key", `${at(path.slice(0, -1))}missing required key "${String(path[path.length - 1])}"`, path.slice(0, -1));
          return;
        }
        const branch = unionBranch(issue);
        if (branch) {
          branch.forEach(visit);
          return;
        }
        push("invalid-type", `${at(path)}expected ${unionExpected(issue)}, found ${describeValue(issue.input ?? valueAt(path))}`, path);
        return;
      }
      case "invalid_format": {
        const what = issue.format === "url" ? "a URL (http or https)" : issue.format;
        push("invalid-value", `${at(path)}expected ${what}, found ${describeValue(issue.input ?? valueAt(path))}`, path);
        return;
      }
      case "too_small":
      case "too_big": {
        const found = issue.input ?? valueAt(path);
        const limit = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
        const bound =
          issue.code === "too_small"
            ? issue.inclusive === false
              ? `greater than ${limit}`
              : `at least ${limit}`
            : issue.inclusive === false
              ? `less than ${limit}`
              : `at most ${limit}`;
        const what = Array.isArray(found) ? `a list of ${bound} ${limit === 1 ? "entry" : "entries"}` : `a number ${bound}`;
        push("invalid-value", `${at(path)}expected ${what}, found ${Array.isArray(found) ? `${found.length}` : describeValue(found)}`, path);
        return;
      }
      case "custom": {
        const rule = (issue.params as { rule?: string } | undefined)?.rule ?? "invalid-value";
        push(rule, `${at(path)}${issue.message}`, path);
        return;
      }
      default:
        push("invalid-value", `${at(path)}${issue.message}`, path);
    }
  };
  issues.forEach(visit);
  return out;
}
