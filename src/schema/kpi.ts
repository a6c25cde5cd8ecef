import * as z from "zod";
import { idSchema, markdown, titleText } from "./primitives.js";

export const kpiSchema = z.strictObject({
  id: idSchema.optional(),
  title: titleText,
  unit: z.string().optional(),
  better: z.enum(["lower", "higher"]).optional(),
  baseline: z.number().optional(),
  current: z.number().optional(),
  targets: z.record(z.string(), z.number()).meta({ description: "Targets keyed by span (date, month, quarter, year) or item id" }).optional(),
  target: z.number().optional(),
  group: z.string().optional(),
  notes: markdown.optional(),
});
