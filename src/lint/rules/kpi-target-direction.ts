import type { Path } from "../../model.js";
import type { Finding, Rule } from "../rule.js";

/** Baseline, then dated targets in date order, then the final target: each step must not move the wrong way. */
export const kpiTargetDirection: Rule = {
  id: "kpi-target-direction",
  severity: "error",
  description: "KPI targets that move the wrong way over time for `better` (rising when lower is better, or falling when higher is).",
  check: ({ plan }) => {
    const out: Finding[] = [];
    for (const k of plan.kpis) {
      const steps: { label: string; value: number; path: Path }[] = [];
      if (k.baseline !== null) steps.push({ label: "the baseline", value: k.baseline, path: [...k.kpi.path, "baseline"] });
      for (const t of k.targets) {
        if (t.date !== null) steps.push({ label: `target ${t.key} (due ${t.date})`, value: t.value, path: [...k.kpi.path, "targets", t.key] });
      }
      if (k.kpi.target !== undefined) steps.push({ label: "the final target", value: k.kpi.target, path: [...k.kpi.path, "target"] });
      for (let i = 1; i < steps.length; i++) {
        const prev = steps[i - 1];
        const cur = steps[i];
        const wrong = k.better === "lower" ? cur.value > prev.value : cur.value < prev.value;
        if (!wrong) continue;
        out.push({
          message: `KPI "${k.id}" (better: ${k.better}): ${cur.label} is ${cur.value}, ${k.better === "lower" ? "higher" : "lower"} than ${prev.label}, ${prev.value}: expected each target ${k.better === "lower" ? "at or below" : "at or above"} the one before`,
          path: cur.path,
        });
      }
    }
    return out;
  },
};
