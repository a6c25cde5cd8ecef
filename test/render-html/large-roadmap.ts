import { stringify } from "yaml";

/** A roadmap of `phases` sequential phases with `tasks` chained tasks each (phases × (tasks + 1) items), over about two years. */
export function largeRoadmapYaml(phases = 20, tasks = 24): string {
  return stringify(
    {
      title: `Large programme (${phases * (tasks + 1)} items)`,
      start: "2025-01-06",
      locale: "en",
      calendar: { holidays: ["2025-12-25", "2026-01-01"] },
      phases: Array.from({ length: phases }, (_, p) => ({
        id: `p${p + 1}`,
        title: `Phase ${p + 1}: workstream ${String.fromCharCode(65 + (p % 26))}`,
        tasks: Array.from({ length: tasks }, (_, t) => ({
          id: `p${p + 1}-t${t + 1}`,
          title: `Task ${t + 1} of phase ${p + 1} with a reasonably long descriptive title`,
          duration: `${1 + ((p * 7 + t * 3) % 4)}d`,
          ...(t > 0 && t % 3 !== 0 ? { after: [`p${p + 1}-t${t}`] } : {}),
          ...(p < 4 ? { status: "done" } : p === 4 && t < 10 ? { status: "in-progress", progress: 0.5 } : {}),
        })),
      })),
      milestones: [{ id: "go-live", title: "Go-live", after: [`p${phases}`] }],
    },
    { lineWidth: 0 },
  );
}
