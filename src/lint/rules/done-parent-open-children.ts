import type { Rule } from "../rule.js";

function list(ids: string[]): string {
  const shown = ids
    .slice(0, 5)
    .map((id) => `"${id}"`)
    .join(", ");
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

export const doneParentOpenChildren: Rule = {
  id: "done-parent-open-children",
  severity: "error",
  description: "An item marked done while some of its tasks are not done (or cancelled).",
  check: ({ plan }) => {
    const open = new Map<string, string[]>();
    for (const p of plan.items) {
      if (p.parent === null || p.status === "done" || p.status === "cancelled") continue;
      const parent = plan.itemsById.get(p.parent);
      if (parent?.item.status !== "done") continue;
      if (!open.has(p.parent)) open.set(p.parent, []);
      open.get(p.parent)!.push(`${p.id}`);
    }
    return [...open].map(([id, children]) => {
      const parent = plan.itemsById.get(id)!;
      return {
        message: `"${id}" is marked done, but ${children.length === 1 ? "its task" : `${children.length} of its tasks`} ${list(children)} ${children.length === 1 ? "is" : "are"} not: expected every task done or cancelled`,
        path: [...parent.item.path, "status"],
      };
    });
  },
};
