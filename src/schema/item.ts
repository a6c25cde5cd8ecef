import * as z from "zod";
import {
  checkSchema,
  idList,
  idSchema,
  isoDate,
  lengthSchema,
  markdown,
  ownerSchema,
  prioritySchema,
  progressSchema,
  spanSchema,
  statusSchema,
  titleText,
} from "./primitives.js";

/** Fields shared by phases, tasks and milestones. */
const common = {
  id: idSchema.optional(),
  title: titleText,
  status: statusSchema.optional(),
  owner: ownerSchema.optional(),
  when: spanSchema.optional(),
  due: isoDate.optional(),
  completed: isoDate.optional(),
  after: idList.optional(),
  refs: z.array(z.string()).optional(),
  notes: markdown.optional(),
  tags: z.array(z.string()).optional(),
};

export const itemFields = {
  ...common,
  goal: markdown.optional(),
  progress: progressSchema.optional(),
  priority: prioritySchema.optional(),
  duration: lengthSchema.optional(),
  milestone: z.boolean().optional(),
  deliverables: z.array(checkSchema).optional(),
  success: z.array(checkSchema).optional(),
};
const itemBase = z.strictObject(itemFields);

export interface ItemInput extends z.output<typeof itemBase> {
  tasks?: ItemInput[];
}
export interface ItemRaw extends z.input<typeof itemBase> {
  tasks?: ItemRaw[];
}

/** A phase or task; tasks nest to any depth. */
export const itemSchema: z.ZodType<ItemInput, ItemRaw> = z
  .strictObject({
    ...itemFields,
    tasks: z.array(z.lazy(() => itemSchema)).optional(),
  })
  .meta({ id: "item", description: "A phase or a task; tasks nest to any depth" });

/** A top-level milestone: a zero-length item. */
export const milestoneSchema = z.strictObject({
  ...common,
  goal: markdown.optional(),
  priority: prioritySchema.optional(),
  deliverables: z.array(checkSchema).optional(),
  success: z.array(checkSchema).optional(),
});

export type MilestoneInput = z.output<typeof milestoneSchema>;
