import * as z from "zod";
import { budgetSchema } from "./budget.js";
import { itemSchema, milestoneSchema } from "./item.js";
import { kpiSchema } from "./kpi.js";
import { checkSchema, isoDate, lengthSchema, markdown, ownerSchema, titleText, weekdaySchema } from "./primitives.js";
import { lintSettingsSchema } from "./lint-settings.js";
import { localeSchema } from "./locale.js";
import { riskSchema } from "./risk.js";

export const calendarSchema = z.strictObject({
  workdays: z.array(weekdaySchema).min(1).optional(),
  holidays: z.array(isoDate).optional(),
});

export const sectionSchema = z.strictObject({
  title: titleText,
  body: markdown,
});

/** The whole roadmap file, as written (before id resolution). */
export const roadmapSchema = z
  .strictObject({
    $schema: z.string().optional(),
    title: titleText,
    summary: markdown.optional(),
    owner: ownerSchema.optional(),
    version: z.union([z.string(), z.number()]).transform(String).optional(),
    updated: isoDate.optional(),
    review: z.strictObject({ every: lengthSchema, next: isoDate.optional() }).optional(),
    start: isoDate.optional(),
    due: isoDate.optional().meta({ description: "Deadline of the whole roadmap; lint warns when the planned finish is later" }),
    locale: localeSchema.optional(),
    currency: z.string().optional(),
    repository: z.url({ protocol: /^https?$/ }).optional(),
    calendar: calendarSchema.optional(),
    sequential: z.boolean().optional(),
    deliverables: z.array(checkSchema).optional(),
    success: z.array(checkSchema).optional(),
    notes: markdown.optional(),
    phases: z.array(itemSchema).optional(),
    milestones: z.array(milestoneSchema).optional(),
    risks: z.array(riskSchema).optional(),
    kpis: z.array(kpiSchema).optional(),
    budgets: z.array(budgetSchema).optional(),
    sections: z.array(sectionSchema).optional(),
    lint: lintSettingsSchema.optional(),
  })
  .meta({ title: "roadmap-kit roadmap", description: "A roadmap kept as code: phases, tasks, milestones, risks, KPIs and budgets." });

export type RoadmapInput = z.output<typeof roadmapSchema>;
