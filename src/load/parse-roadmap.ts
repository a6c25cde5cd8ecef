import { CORE_SCHEMA, load as fastLoad } from "js-yaml";
import { LineCounter, parseDocument, isMap, type Node } from "yaml";
import type { Diagnostic } from "../diagnostics.js";
import { sortDiagnostics } from "../diagnostics.js";
import type { Roadmap } from "../model.js";
import { roadmapSchema } from "../schema/roadmap.js";
import { describeValue } from "./describe-value.js";
import { recordEvents, type YamlEvents } from "./fast-locator.js";
import { createLazyLocator, createLocator, type Locator } from "./locator.js";
import { aliasProblems } from "./alias-problems.js";
import { checkReferences } from "./check-references.js";
import { resolveRoadmap } from "./resolve-roadmap.js";
import { stripExtensions } from "./strip-extensions.js";
import { yamlErrorsToDiagnostics } from "./yaml-errors.js";
import { zodIssuesToDiagnostics } from "./zod-issue-to-diagnostics.js";

export interface ParseOptions {
  /** File name reported in diagnostics. */
  file?: string;
}

export interface ParseResult {
  /**
   * Present when the file is valid YAML of the right shape. It can still carry
   * cross-reference errors (unknown or duplicate ids): check `diagnostics`.
   */
  roadmap?: Roadmap;
  diagnostics: Diagnostic[];
  /** Maps data paths to source ranges; absent when the text is not YAML at all. */
  locator?: Locator;
}

/** Aliases expanded per document; more is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 1000;

/** A problem with the file as a whole, reported at its first character. */
function atStart(code: string, message: string, file?: string): Diagnostic {
  return { code, severity: "error", message, file, path: [], range: { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } } };
}

/** Parses and validates roadmap YAML text. No I/O; never throws on bad input. */
export function parseRoadmap(text: string, options: ParseOptions = {}): ParseResult {
  const file = options.file;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\u0000")) return { diagnostics: [atStart("binary-file", "the file is binary (it contains NUL bytes), not YAML text", file)] };
  if (text.trim() === "") return { diagnostics: [atStart("empty-file", "the file is empty: expected a roadmap mapping with at least a title", file)] };

  const fast = fastPath(text);
  if (fast && "error" in fast) return { diagnostics: [{ ...fast.error, file }] };
  if (fast) {
    keepVersionText(fast.data, text);
    return validate(fast.data, createLazyLocator(text, fast.events), file, []);
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const locator = createLocator(doc, lineCounter);
  const diagnostics: Diagnostic[] = [];

  diagnostics.push(...yamlErrorsToDiagnostics(doc, text, lineCounter, file), ...aliasProblems(doc, lineCounter, file));
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics: sortDiagnostics(diagnostics), locator };

  const contents = doc.contents as Node | null;
  if (!isMap(contents)) {
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      data = undefined;
    }
    if (data === null || data === undefined) {
      return {
        diagnostics: [atStart("empty-file", "the file has no content (only comments): expected a roadmap mapping with at least a title", file)],
        locator,
      };
    }
    const message = `expected the file to be a mapping (title:, phases: …), found ${describeValue(data)}`;
    return { diagnostics: [{ code: "invalid-type", severity: "error", message, file, path: [], range: locator.value([]) }], locator };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `too many alias expansions (over ${MAX_ALIAS_COUNT}): the file looks like an alias bomb`
        : `the YAML could not be read: ${(error as Error).message}`;
    return { diagnostics: [{ code: "yaml-syntax", severity: "error", message, file, path: [], range: locator.value([]) }], locator };
  }

  keepVersionText(data as Record<string, unknown>, text);
  return validate(data, locator, file, diagnostics);
}

/** `version: 1.0` is a number in YAML; keep the text as written ("1.0", not "1"). */
function keepVersionText(data: Record<string, unknown>, text: string): void {
  if (typeof data.version !== "number") return;
  const m = /^version:[ \t]*([0-9][0-9.]*)[ \t]*(?:#.*)?\r?$/m.exec(text);
  if (m && Number(m[1]) === data.version) data.version = m[1];
}

/**
 * js-yaml reads YAML about 15x faster than the \`yaml\` package, which keeps
 * source positions. Plain mappings without anchors go through js-yaml, and
 * positions are computed only if a diagnostic needs them. Anything else
 * (anchors, which js-yaml would not bound, syntax errors, duplicate keys)
 * takes the slow path for exact diagnostics.
 */
function fastPath(text: string): { data: Record<string, unknown>; events: YamlEvents } | { error: Diagnostic } | undefined {
  const anchors = /(^|[\s[{,])&[^\s]/.test(text);
  if (anchors && text.length <= LARGE_FILE) return undefined;
  if (anchors) {
    return {
      error: atStart(
        "yaml-syntax",
        `YAML anchors and aliases are not read in files over ${LARGE_FILE / 1048576} MiB (they could expand without bound): write the values out`,
      ),
    };
  }
  try {
    const recorder = recordEvents();
    const data = fastLoad(text, { schema: CORE_SCHEMA, listener: recorder.listener });
    if (data && typeof data === "object" && !Array.isArray(data)) return { data: data as Record<string, unknown>, events: recorder.events };
  } catch (error) {
    // The slow path explains the error best, but reads about 1.5 MiB/s: in a
    // large file, js-yaml's own position and message are the answer.
    const mark = (error as { mark?: { line: number; column: number }; reason?: string }).mark;
    if (text.length > LARGE_FILE && mark) {
      const at = { line: mark.line + 1, col: mark.column + 1 };
      const said = (error as { reason?: string }).reason ?? "invalid YAML";
      const depth = /maxDepth \((\d+)\)/.exec(said);
      const reason = depth ? `the YAML nests too deeply to read here: expected at most ${depth[1]} levels of nested collections, found more` : said;
      return {
        error: {
          code: /duplicated mapping key/.test(reason) ? "duplicate-key" : "yaml-syntax",
          severity: "error",
          message: reason,
          path: [],
          range: { start: at, end: at },
        },
      };
    }
  }
  return undefined;
}

/** Above this size, YAML errors are explained from js-yaml alone (see fastPath). */
const LARGE_FILE = 2 * 1024 * 1024;

function validate(data: unknown, locator: Locator, file: string | undefined, diagnostics: Diagnostic[]): ParseResult {
  const extensions = stripExtensions(data);
  const clean = data;
  const parsed = roadmapSchema.safeParse(clean, { reportInput: true });
  const references = checkReferences(clean);
  for (const f of references.findings) {
    diagnostics.push({ code: f.code, severity: "error", message: f.message, file, path: f.path, range: f.key ? locator.key(f.path) : locator.value(f.path) });
  }
  if (!parsed.success) {
    diagnostics.push(...zodIssuesToDiagnostics(parsed.error.issues, locator, file, clean));
    return { diagnostics: sortDiagnostics(diagnostics), locator };
  }

  const roadmap = resolveRoadmap(parsed.data, extensions, references.itemIds, file);
  // Cross-reference errors leave a roadmap that can still be planned (bad references are ignored).
  return { roadmap, diagnostics: sortDiagnostics(diagnostics), locator };
}
