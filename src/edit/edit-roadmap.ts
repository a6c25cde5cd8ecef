import { CORE_SCHEMA, load } from "js-yaml";
import type { Diagnostic } from "../diagnostics.js";
import { formatPath, sortDiagnostics } from "../diagnostics.js";
import { checkRoadmap } from "../lint/check-roadmap.js";
import { parseRoadmap } from "../load/parse-roadmap.js";
import type { IsoDate, LintSettings, Path, Roadmap } from "../model.js";
import { didYouMean } from "../suggest.js";
import { editableKeys, keyOrder, typedValue, type EntityKind } from "./edit-keys.js";
import { EditError } from "./edit-error.js";
import { entitiesOf, findEntity, type Entity } from "./find-entity.js";
import { sameData } from "./same-data.js";
import type { ScalarValue } from "./scalar-source.js";
import { setValue } from "./set-value.js";

/** One `key=value` for the entity an id names. */
export interface Change {
  id: string;
  key: string;
  /** The value as typed; numbers are written as numbers where the key takes them. */
  value: string;
}

export interface EditOptions {
  /** The as-of date the result is linted at (date rules). */
  asOf: IsoDate;
  /** File name for diagnostics. */
  file?: string;
  /** Lint settings from a configuration file, as `roadmap lint` uses them. */
  config?: LintSettings;
}

export interface AppliedChange {
  id: string;
  kind: EntityKind;
  key: string;
  /** The value in the file before, as data (undefined when the key was missing). */
  before: unknown;
  after: ScalarValue;
  /** False when the file already said so (nothing to write for it). */
  changed: boolean;
}

export interface EditResult {
  /** The edited text, or undefined when the edit is refused. */
  text?: string;
  changes: AppliedChange[];
  /** Refused: the reasons (errors). Accepted: the warnings the edit brings. */
  diagnostics: Diagnostic[];
}

const KIND_WORDS: Record<EntityKind, string> = { item: "an item", risk: "a risk", kpi: "a KPI" };

function refused(code: string, message: string, file: string | undefined, path: Path = []): Diagnostic {
  return { code, severity: "error", message, file, path };
}

/** The file's data as the loader reads it, for checking that an edit changed only what it should (the file has loaded once, so it is bounded). */
function dataOf(text: string): unknown {
  return load(text.replace(/^\uFEFF/, ""), { schema: CORE_SCHEMA });
}

function getIn(data: unknown, path: Path): unknown {
  let at = data;
  for (const part of path) at = at && typeof at === "object" ? (at as Record<string | number, unknown>)[part] : undefined;
  return at;
}

function setIn(data: unknown, path: Path, value: unknown): void {
  const parent = getIn(data, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
}

const diagnosticKey = (d: Diagnostic) => `${d.code}\u0000${formatPath(d.path)}`;

/** Ids of every item, risk and KPI by where they are in the file. */
function idsByPath(roadmap: Roadmap | undefined): Map<string, Entity> {
  return new Map((roadmap ? entitiesOf(roadmap) : []).map((e) => [`${e.kind}:${formatPath(e.path)}`, e]));
}

/**
 * Applies `key=value` changes to roadmap text, byte for byte (see setValue),
 * and checks the result as `roadmap lint` would: the edit is refused (no
 * text) when an id is unknown, a key is not one `set` changes, or the result
 * has an error the original did not. Changing the title of an item whose id
 * comes from its title writes that id, so references to it still hold. Pure.
 */
export function editRoadmap(text: string, changes: readonly Change[], options: EditOptions): EditResult {
  const { file } = options;
  const check = { asOf: options.asOf, defaultAsOf: options.asOf, config: options.config };
  const parsed = parseRoadmap(text, { file });
  if (!parsed.roadmap) {
    const errors = parsed.diagnostics.filter((d) => d.severity === "error");
    return { changes: [], diagnostics: [refused("cannot-edit", `${file ?? "the roadmap"} does not load: fix its errors first`, file), ...errors] };
  }
  const roadmap = parsed.roadmap;
  const original = checkRoadmap(parsed, check);
  const knownErrors = new Set(original.diagnostics.filter((d) => d.severity === "error").map(diagnosticKey));
  const knownWarnings = new Set(original.diagnostics.filter((d) => d.severity === "warning").map(diagnosticKey));
  const data = dataOf(text);
  const expected = structuredClone(data);

  const problems: Diagnostic[] = [];
  const applied: AppliedChange[] = [];
  /** Where each change that writes something goes, for refusals that point at it. */
  const written: Path[] = [];
  let edited = text;
  const keysById = new Map<string, string[]>();
  for (const c of changes) keysById.set(c.id, [...(keysById.get(c.id) ?? []), c.key]);
  for (const change of changes) {
    const entity = findEntity(roadmap, change.id, keysById.get(change.id) ?? []);
    if ("error" in entity) {
      problems.push(refused("unknown-id", entity.error, file));
      continue;
    }
    const keys = editableKeys[entity.kind];
    if (!keys.includes(change.key)) {
      const message = `"${change.key}" is not a key set changes on ${KIND_WORDS[entity.kind]} ("${entity.id}"): expected ${keys.join(", ")}${didYouMean(change.key, keys)}`;
      problems.push(refused("not-editable", message, file, entity.path));
      continue;
    }
    const path = [...entity.path, change.key];
    const value = typedValue(change.key, change.value);
    const before = getIn(data, path);
    const changed = !sameData(getIn(expected, path), value);
    applied.push({ id: entity.id, kind: entity.kind, key: change.key, before, after: value, changed });
    if (!changed) continue;
    written.push(path);
    try {
      edited = setValue(edited, path, value, { order: keyOrder[entity.kind] });
      setIn(expected, path, value);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      problems.push(refused("cannot-edit", `cannot set ${change.key} of "${entity.id}": ${error.message}`, file, path));
    }
  }
  if (problems.length > 0) return { changes: applied, diagnostics: problems };

  // A new title gives a new default id: keep the old one by writing it.
  const ids = idsByPath(roadmap);
  const titled = new Set(applied.filter((c) => c.key === "title" && c.changed && c.kind === "item").map((c) => c.id));
  const retitled = titled.size > 0 ? idsByPath(parseRoadmap(edited, { file }).roadmap) : new Map<string, Entity>();
  for (const [where, before] of ids) {
    const after = retitled.get(where);
    if (!after || !titled.has(before.id) || after.id === before.id || before.explicitId || before.kind !== "item") continue;
    const path = [...before.path, "id"];
    edited = setValue(edited, path, before.id, { order: keyOrder.item });
    setIn(expected, path, before.id);
    applied.push({ id: before.id, kind: before.kind, key: "id", before: undefined, after: before.id, changed: true });
  }

  const result = parseRoadmap(edited, { file });
  // Diagnostics point into the file as it is (the edited text is never written): at the value, or at its entity when the key is new.
  const located = (d: Diagnostic): Diagnostic => ({ ...d, range: parsed.locator?.value(d.path) ?? d.range });
  const at = written[0] ?? [];
  const unreadable = result.roadmap ? undefined : result.diagnostics.find((d) => d.severity === "error" && /^(yaml-|duplicate-key)/.test(d.code));
  if (unreadable) {
    // The file reads as YAML, the edited text does not: a layout setValue does not handle (explicit `?` keys, say). Its errors are about text never written.
    const why = unreadable.message;
    const message = `cannot write this change into the file's layout here (the edited text would not read: ${why}): nothing written; make this edit by hand`;
    return { changes: applied, diagnostics: [located(refused("cannot-edit", message, file, at))] };
  }
  const after = checkRoadmap(result, check);
  const newErrors = after.diagnostics.filter((d) => d.severity === "error" && !knownErrors.has(diagnosticKey(d))).map(located);
  if (newErrors.length > 0) return { changes: applied, diagnostics: sortDiagnostics(newErrors) };
  const renamed = [...idsByPath(result.roadmap)].filter(([where, e]) => ids.get(where)?.id !== e.id);
  if (renamed.length > 0 || !sameData(dataOf(edited), expected)) {
    // Not expected to happen (setValue touches one value); it keeps the promise that nothing else changes.
    const shared = /(^|[\s[{,])&[^\s]/.test(text) ? " (the value has an anchor `&name` that an alias `*name` repeats elsewhere, so both would change)" : "";
    const message = `the edit would change more than the values asked for${shared}: nothing written; expected a value used in one place only`;
    return { changes: applied, diagnostics: [located(refused("cannot-edit", message, file, at))] };
  }
  const newWarnings = after.diagnostics.filter((d) => d.severity === "warning" && !knownWarnings.has(diagnosticKey(d)));
  return { text: edited, changes: applied, diagnostics: sortDiagnostics(newWarnings) };
}

/**
 * `roadmap done`: each item's `status: done` and `completed:` the as-of date.
 * An item already done is left as it is (its `completed` date, or none, stays).
 */
export function markDone(text: string, ids: readonly string[], options: EditOptions): EditResult {
  const roadmap = parseRoadmap(text, { file: options.file }).roadmap;
  const changes: Change[] = [];
  for (const ref of ids) {
    // Only items are done: an id that names a risk too means the item.
    const id = ref.includes(":") ? ref : `item:${ref}`;
    const entity = roadmap ? findEntity(roadmap, id, ["status", "completed"]) : undefined;
    const item = entity && !("error" in entity) ? roadmap?.items.find((it) => it.path === entity.path) : undefined;
    changes.push({ id, key: "status", value: "done" });
    if (item?.status !== "done") changes.push({ id, key: "completed", value: options.asOf });
  }
  return editRoadmap(text, changes, options);
}
