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

/**
 * What was found where text was expected, with how to keep the text when YAML
 * read it as something else: digits are a number (`0001` is read as 1), and
 * the `!!timestamp` and `!!binary` tags make a date and bytes.
 */
function foundForText(value: unknown): string {
  if (typeof value === "number") return `the number ${value}; quote it to keep it as written`;
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? "" : value.toISOString();
    // A date-only timestamp is midnight UTC: its text is the date written.
    const dateOnly = /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(iso);
    return dateOnly
      ? `${describeValue(value)}: write the date as plain text, e.g. ${iso.slice(0, 10)}`
      : `${describeValue(value)}: write it as plain text, without the !!timestamp tag`;
  }
  if (value instanceof Uint8Array) return `${describeValue(value)}: write it as plain text, without the !!binary tag`;
  return describeValue(value);
}

/**
 * A check that takes a number and reads it as text (a span's year,
 * `when: 0001`) ends its message with `found "1"`, as if `1` had been
 * written: says that YAML read a number, which has lost any leading zeros.
 */
function numberAsText(message: string, ...candidates: unknown[]): string {
  const value = candidates.find((c): c is number => typeof c === "number");
  if (value === undefined) return message;
  const quoted = `found ${JSON.stringify(String(value))}`;
  if (!message.endsWith(quoted)) return message;
  return `${message.slice(0, -quoted.length)}found the number ${value}; if it was written with leading zeros, quote it to keep them`;
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
  // Own properties only: a key of the input is never looked up on a prototype (`constructor`).
  const valueAt = (path: Path): unknown => {
    let v: unknown = input;
    for (const seg of path) v = v && typeof v === "object" && Object.hasOwn(v, seg) ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
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
          const shown = issue.expected === "string" ? foundForText(found) : describeValue(found);
          push("invalid-type", `${at(path)}expected ${describeExpected(issue.expected)}, found ${shown}`, path);
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
        const found = issue.input ?? valueAt(path);
        const expected = unionExpected(issue);
        const expects = (type: string) =>
          issue.errors.some((branch) => branch.some((i) => i.path.length === 0 && i.code === "invalid_type" && i.expected === type));
        // A number that a number branch refused (`.inf`) is not text gone wrong.
        const text = expects("string") && !(typeof found === "number" && (expects("number") || expects("int")));
        const shown = text ? foundForText(found) : describeValue(found);
        push("invalid-type", `${at(path)}expected ${expected}, found ${shown}`, path);
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
        // A key that names nothing (an unknown rule) is shown at the key, as an unknown key is.
        push(rule, `${at(path)}${numberAsText(issue.message, valueAt(path), issue.input)}`, path, rule === "unknown-rule");
        return;
      }
      default:
        push("invalid-value", `${at(path)}${issue.message}`, path);
    }
  };
  issues.forEach(visit);
  return out;
}
