import type { Line } from "./blocks.js";
import { fold } from "./fold.js";
import { labelField } from "./read-label.js";
import { readStatusValue } from "./read-status.js";
import type { LabelField } from "./words/labels.js";
import { weekWords, monthWords } from "./words/periods.js";

/** Column headers that name the work itself. */
const TITLE_WORDS = new Set(
  [
    "task",
    "tasks",
    "feature",
    "features",
    "item",
    "title",
    "name",
    "work",
    "milestone",
    "initiative",
    "epic",
    "story",
    "phase",
    "step",
    "activity",
    "задача",
    "название",
    "этап",
    "работа",
    "фича",
    "görev",
    "başlık",
    "iş",
    "aşama",
    "özellik",
    "adım",
    "aufgabe",
    "titel",
    "meilenstein",
    "arbeitspaket",
    "schritt",
  ].map(fold),
);
/** A first column with one of these makes a table of metrics, not of work. */
const METRIC_WORDS = new Set(
  ["metric", "metrics", "kpi", "kpis", "measure", "метрика", "метрики", "показатель", "metrik", "metrikler", "kennzahl", "kennzahlen"].map(fold),
);
const RISK_WORDS = new Set(["risk", "risks", "риск", "риски", "riskler", "risiko", "risiken"].map(fold));
const RISK_COLUMNS = new Set(
  [
    "probability",
    "likelihood",
    "impact",
    "mitigation",
    "severity",
    "вероятность",
    "влияние",
    "митигация",
    "olasılık",
    "etki",
    "wahrscheinlichkeit",
    "auswirkung",
  ].map(fold),
);
const PERIOD_COLUMNS = new Set([...weekWords, ...monthWords, "sprint", "quarter", "квартал", "çeyrek", "quartal", "kw"].map(fold));

export interface WorkColumns {
  title: number;
  fields: (LabelField | undefined)[];
}

const headerKey = (line: Line) => fold(line.text.replace(/[^\p{L}\p{N}\s()'-]/gu, " ")).replace(/\s*\([^()]*\)$/, "");

/**
 * The columns of a table of work: one with a status, owner, date or estimate.
 * Undefined for other tables (metrics, risks, budgets), which stay text.
 */
export function workColumns(header: Line[], rows: Line[][] = []): WorkColumns | undefined {
  const keys = header.map(headerKey);
  if (keys.length < 2 || METRIC_WORDS.has(keys[0])) return undefined;
  if (keys.some((k) => RISK_WORDS.has(k)) && keys.some((k) => RISK_COLUMNS.has(k))) return undefined;
  const fields = header.map((h, i): LabelField | undefined => (PERIOD_COLUMNS.has(keys[i]) ? "when" : labelField(h.text)));
  // A column of nothing but statuses ("| Done |" with ✅ and ❌) is a status column, whatever its name.
  if (!fields.includes("status")) {
    const statuses = header.findIndex((_, i) => {
      const cells = rows.map((r) => r[i]?.text ?? "").filter((t) => t !== "");
      return fields[i] === undefined && i > 0 && cells.length > 0 && cells.every((t) => readStatusValue(t)?.rest === "");
    });
    if (statuses >= 0) fields[statuses] = "status";
  }
  if (!fields.some((f) => f === "status" || f === "owner" || f === "when" || f === "duration" || f === "due")) return undefined;
  let title = keys.findIndex((k) => TITLE_WORDS.has(k));
  if (title < 0) title = fields.indexOf(undefined);
  if (title < 0) return undefined;
  fields[title] = undefined;
  return { title, fields };
}
