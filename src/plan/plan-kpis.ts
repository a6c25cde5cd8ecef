import type { IsoDate, Kpi } from "../model.js";
import { dayToIso, isoToDay, type DayNumber } from "./day-number.js";
import { resolveSpanDays } from "./resolve-span.js";
import type { PlannedKpi, PlannedKpiTarget } from "./types.js";

/** Whether `value` meets `target` given which way is better. */
export function meetsTarget(value: number, target: number, better: "lower" | "higher"): boolean {
  return better === "lower" ? value <= target : value >= target;
}

/**
 * KPI status as of a date. A target is due at the end of its span, or at
 * the planned end of its item (`itemEnd`); the target due as of the date is
 * the latest one due on or before it.
 */
export function planKpi(kpi: Kpi, asOf: IsoDate, start: DayNumber | undefined, itemEnd: (id: string) => DayNumber | undefined): PlannedKpi {
  const asOfDay = isoToDay(asOf);
  const dated = kpi.targets.map((t, i) => {
    let day: DayNumber | undefined;
    if (t.span) {
      const r = resolveSpanDays(t.span, start);
      if (!("error" in r)) day = r.to ?? r.from;
    } else {
      day = itemEnd(t.key);
    }
    return { t, i, day };
  });
  dated.sort((a, b) => {
    if (a.day === undefined || b.day === undefined) return (a.day === undefined ? 1 : 0) - (b.day === undefined ? 1 : 0) || a.i - b.i;
    return a.day - b.day || a.i - b.i;
  });
  const targets: PlannedKpiTarget[] = dated.map(({ t, day }) => ({ key: t.key, value: t.value, date: day === undefined ? null : dayToIso(day) }));
  let dueIndex = -1;
  let nextIndex = -1;
  dated.forEach(({ day }, k) => {
    if (day === undefined) return;
    if (day <= asOfDay) dueIndex = k;
    else if (nextIndex < 0) nextIndex = k;
  });
  const lastDated = [...dated].reverse().find((d) => d.day !== undefined);
  const final = kpi.target ?? lastDated?.t.value ?? dated[dated.length - 1]?.t.value ?? null;
  const current = kpi.current ?? null;
  const baseline = kpi.baseline ?? null;
  const due = dueIndex >= 0 ? targets[dueIndex] : null;
  let progress: number | null = null;
  if (baseline !== null && current !== null && final !== null) {
    if (final === baseline) progress = meetsTarget(current, final, kpi.better) ? 1 : 0;
    else progress = Math.min(1, Math.max(0, (current - baseline) / (final - baseline)));
  }
  return {
    id: kpi.id,
    title: kpi.title,
    unit: kpi.unit,
    better: kpi.better,
    baseline,
    current,
    targets,
    final,
    due: due?.value ?? null,
    dueKey: due?.key ?? null,
    dueDate: due?.date ?? null,
    next: nextIndex >= 0 ? targets[nextIndex] : null,
    meets: due && current !== null ? meetsTarget(current, due.value, kpi.better) : null,
    meetsFinal: final !== null && current !== null ? meetsTarget(current, final, kpi.better) : null,
    progress,
    kpi,
  };
}
