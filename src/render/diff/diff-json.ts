import type { DiffSide, RoadmapDiff } from "../../compare/roadmap-diff.js";
import type { ItemSnapshot } from "../../compare/types.js";
import { diffHeadline } from "./diff-words.js";

/** A 0..1 fraction to 4 decimals, as in the plan's JSON. */
function fraction(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function side(s: DiffSide) {
  const p = s.summary;
  return {
    ref: s.ref,
    commit: s.commit,
    title: p?.title ?? null,
    finish: p?.finish ?? null,
    bestCaseFinish: p?.bestCaseFinish ?? null,
    due: p?.due ?? null,
    progress: p ? fraction(p.progress) : null,
    expectedProgress: p ? fraction(p.expectedProgress) : null,
    items: p?.items ?? null,
    done: p?.done ?? null,
    error: s.error,
  };
}

function snapshot(s: ItemSnapshot | undefined) {
  if (!s) return undefined;
  return {
    start: s.start,
    end: s.end,
    status: s.status,
    title: s.title,
    progress: fraction(s.progress),
    critical: s.critical,
    parent: s.parent,
    milestone: s.milestone,
  };
}

/**
 * One comparison as the JSON of `roadmap diff --format json`: the stable
 * fields of the CLI spec (`file`, `status`, `base`, `head`, `finishSlip`,
 * `bestCaseSlip`, `items`, `criticalPath`), then `asOf`, the headline, risks,
 * KPIs, budgets and new errors.
 */
export function diffToJson(entry: RoadmapDiff) {
  const d = entry.diff;
  const { lead, rest } = diffHeadline(entry);
  return {
    file: entry.file,
    status: entry.status,
    base: side(entry.base),
    head: side(entry.head),
    finishSlip: d?.finishSlip ?? null,
    bestCaseSlip: d?.bestCaseSlip ?? null,
    items: (d?.items ?? []).map((i) => ({
      id: i.id,
      changes: i.changes,
      startSlip: i.startSlip,
      endSlip: i.endSlip,
      before: snapshot(i.before),
      after: snapshot(i.after),
    })),
    criticalPath: d?.criticalPath ?? { entered: [], left: [] },
    asOf: entry.asOf,
    headline: rest ? `${lead} ${rest}` : lead,
    risks: d?.risks ?? [],
    kpis: d?.kpis ?? [],
    budgets: d?.budgets ?? [],
    problems: (d?.problems ?? []).map((p) => ({
      code: p.code,
      severity: p.severity,
      message: p.message,
      file: p.file ?? entry.file,
      line: p.range?.start.line ?? null,
      col: p.range?.start.col ?? null,
    })),
  };
}
