import type { Rule } from "../rule.js";

export const doneBeforeDependency: Rule = {
  id: "done-before-dependency",
  severity: "error",
  description: "An item that is done while an item it comes `after` is not done.",
  check: ({ plan }) => {
    const out = [];
    for (const p of plan.items) {
      if (p.status !== "done") continue;
      const after = p.item.after;
      for (let j = 0; j < after.length; j++) {
        const dep = plan.itemsById.get(after[j]);
        if (!dep || dep.id === p.id || dep.status === "done" || dep.status === "cancelled") continue;
        out.push({
          message: `"${p.id}" is done, but it comes after "${dep.id}", which is ${dep.status}: expected "${dep.id}" done first (or drop the dependency)`,
          path: [...p.item.path, "after", j],
        });
      }
    }
    return out;
  },
};
