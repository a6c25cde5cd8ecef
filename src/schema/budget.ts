import * as z from "zod";
import { idSchema, markdown, moneySchema, titleText } from "./primitives.js";

export const perSchema = z.enum(["month", "year", "once"]);

const totalSchema = z.strictObject({ per: perSchema, amount: moneySchema });

export const budgetItemSchema = z.strictObject({
  title: titleText,
  category: z.string().optional(),
  count: z.number().positive().optional(),
  amount: moneySchema,
  per: perSchema,
  notes: markdown.optional(),
});

export const budgetSchema = z.strictObject({
  id: idSchema.optional(),
  title: titleText,
  currency: z.string().optional(),
  phase: z.string().optional(),
  items: z.array(budgetItemSchema),
  total: z
    .union([totalSchema, z.array(totalSchema).min(1)])
    .optional()
    .meta({ description: "Declared total, or several (e.g. per month and per year); lint checks each against the items" }),
  notes: markdown.optional(),
});
