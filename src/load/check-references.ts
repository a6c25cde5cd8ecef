import { formatPath } from "../diagnostics.js";
import type { Path } from "../model.js";
import { parseSpanText } from "../schema/parse-span.js";
import { didYouMean } from "../suggest.js";
import { assignIds } from "./slugify.js";

export interface Finding {
  code: string;
  message: string;
  path: Path;
  /** Point at the key rather than the value. */
  key?: boolean;
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : undefined);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asText = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

interface Entry {
  id?: string;
  title: string;
  path: Path;
  data: Obj;
}

function entries(list: unknown, base: Path): Entry[] {
  const out: Entry[] = [];
  asList(list).forEach((v, i) => {
    const data = asObj(v);
    if (data) out.push({ id: asText(data.id), title: asText(data.title) ?? "", path: [...base, i], data });
  });
  return out;
}

/** Every work item (phases, nested tasks, milestones) in file order, as the resolver orders them. */
export function itemEntries(root: Obj): Entry[] {
  const out: Entry[] = [];
  const visit = (list: unknown, base: Path) => {
    for (const e of entries(list, base)) {
      out.push(e);
      visit(e.data.tasks, [...e.path, "tasks"]);
    }
  };
  visit(root.phases, ["phases"]);
  out.push(...entries(root.milestones, ["milestones"]));
  return out;
}

/**
 * Checks ids and references on the raw data, so they are reported together
 * with schema problems: duplicate ids, unknown ids in `after`, `affects`,
 * KPI target keys and budget `phase`, self-dependencies.
 */
export function checkReferences(data: unknown): { findings: Finding[]; itemIds: string[] } {
  const root = asObj(data);
  if (!root) return { findings: [], itemIds: [] };
  const findings: Finding[] = [];

  const duplicates = (list: Entry[], what: string) => {
    const seen = new Map<string, Path>();
    for (const e of list) {
      if (e.id === undefined) continue;
      const first = seen.get(e.id);
      const path = [...e.path, "id"];
      if (first)
        findings.push({ code: "duplicate-id", message: `${formatPath(path)}: duplicate ${what} id "${e.id}" (first used at ${formatPath(first)})`, path });
      else seen.set(e.id, e.path);
    }
  };

  const items = itemEntries(root);
  duplicates(items, "item");
  const itemIds = assignIds(items, "item");
  const ids = new Set(itemIds);
  const ref = (value: unknown, path: Path, what: string) => {
    if (typeof value !== "string" || ids.has(value)) return;
    findings.push({ code: "unknown-ref", message: `${formatPath(path)}: unknown item "${value}" in ${what}${didYouMean(value, ids)}`, path });
  };

  items.forEach((e, i) => {
    asList(e.data.after).forEach((dep, j) => {
      if (dep === itemIds[i]) {
        const path = [...e.path, "after", j];
        findings.push({ code: "self-dependency", message: `${formatPath(path)}: "${dep}" cannot come after itself`, path });
      } else if (typeof dep === "string" && !ids.has(dep)) {
        ref(dep, [...e.path, "after", j], "after");
      }
    });
  });

  const risks = entries(root.risks, ["risks"]);
  duplicates(risks, "risk");
  for (const r of risks) asList(r.data.affects).forEach((id, j) => ref(id, [...r.path, "affects", j], "affects"));

  const kpis = entries(root.kpis, ["kpis"]);
  duplicates(kpis, "KPI");
  for (const k of kpis) {
    for (const key of Object.keys(asObj(k.data.targets) ?? {})) {
      const path = [...k.path, "targets", key];
      const span = parseSpanText(key);
      if (span && "error" in span) findings.push({ code: "invalid-span", message: `${formatPath(path)}: ${span.error}`, path, key: true });
      else if (!span && !ids.has(key)) {
        findings.push({
          code: "unknown-ref",
          message: `${formatPath(path)}: target key "${key}" is neither a span (2026-Q1, 2026-03, 2026-03-31, 2026) nor a known item${didYouMean(key, ids)}`,
          path,
          key: true,
        });
      }
    }
  }

  const budgets = entries(root.budgets, ["budgets"]);
  duplicates(budgets, "budget");
  for (const b of budgets) ref(b.data.phase, [...b.path, "phase"], "phase");
  return { findings, itemIds };
}
