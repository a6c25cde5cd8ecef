import type { Path } from "../model.js";
import { budgetItemSchema, budgetSchema } from "./budget.js";
import { itemFields, milestoneSchema } from "./item.js";
import { kpiSchema } from "./kpi.js";
import { riskSchema } from "./risk.js";
import { calendarSchema, roadmapSchema, sectionSchema } from "./roadmap.js";

const keys = (shape: object) => Object.keys(shape);

/** The keys allowed in the mapping at `path`, for "did you mean" hints. */
export function knownKeysAt(path: Path): string[] {
  const n = path.length;
  const last = path[n - 1];
  const parent = path[n - 2];
  if (n === 0) return keys(roadmapSchema.shape);
  if (last === "calendar" && n === 1) return keys(calendarSchema.shape);
  if (last === "review" && n === 1) return ["every", "next"];
  if (last === "lint" && n === 1) return ["as-of", "rules"];
  if (last === "when") return ["start", "end"];
  if (last === "total") return ["per", "amount"];
  if (typeof last === "number") {
    if (parent === "phases" || parent === "tasks") return [...keys(itemFields), "tasks"];
    if (parent === "milestones") return keys(milestoneSchema.shape);
    if (parent === "risks") return keys(riskSchema.shape);
    if (parent === "kpis") return keys(kpiSchema.shape);
    if (parent === "budgets") return keys(budgetSchema.shape);
    if (parent === "items") return keys(budgetItemSchema.shape);
    if (parent === "sections") return keys(sectionSchema.shape);
    if (parent === "deliverables" || parent === "success") return ["title", "done", "group"];
  }
  return [];
}
