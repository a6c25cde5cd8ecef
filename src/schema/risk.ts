import * as z from "zod";
import { idList, idSchema, markdown, ownerSchema, titleText } from "./primitives.js";

export const riskLevelSchema = z.enum(["low", "medium", "high", "critical"]);

export const riskSchema = z.strictObject({
  id: idSchema.optional(),
  title: titleText,
  probability: z.union([z.enum(["low", "medium", "high"]), z.number().min(0).max(1)]).optional(),
  impact: riskLevelSchema.optional(),
  mitigation: markdown.optional(),
  status: z.enum(["open", "mitigated", "accepted", "closed", "occurred"]).optional(),
  owner: ownerSchema.optional(),
  affects: idList.optional(),
  group: z.string().optional(),
  notes: markdown.optional(),
});
