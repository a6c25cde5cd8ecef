import { planHistory } from "../../src/compare/plan-history.js";
import type { History } from "../../src/compare/types.js";
import { dayToIso, isoToDay } from "../../src/plan/day-number.js";
import { parseRoadmap } from "../../src/index.js";
import { planRoadmap } from "../../src/plan/plan-roadmap.js";
import { renderHtml } from "../../src/render/render-html.js";
import { BASE, HEAD } from "../git/platform-roadmap.js";
import { hostileHistory, hostileRoadmapText } from "./hostile-versions.js";

/** Six weekly versions of the platform roadmap, one that does not parse, the API task growing. */
export function platformHistory(): History {
  const texts = [
    BASE,
    HEAD,
    null,
    HEAD.replace("duration: 8d", "duration: 10d"),
    HEAD.replace("duration: 8d", "duration: 12d"),
    HEAD.replace("duration: 8d", "duration: 6d"),
  ];
  return planHistory(
    texts.map((text, i) => {
      const date = dayToIso(isoToDay("2026-01-02") + i * 7);
      const commit = String(i + 1).repeat(40);
      if (text === null) return { commit, date, subject: "half an edit", error: "phases[0]: unknown key" };
      return { commit, date, subject: `version ${i + 1}`, roadmap: parseRoadmap(text, { file: "r.yaml" }).roadmap! };
    }),
  );
}

/** HTML reports with the history charts: the platform roadmap, and the hostile one with a hostile history. */
export function historyPages(): [string, string][] {
  const plan = (text: string) => planRoadmap(parseRoadmap(text, { file: "r.yaml" }).roadmap!, { asOf: "2026-02-06" });
  return [
    ["history-platform", renderHtml(plan(HEAD), { history: platformHistory(), generator: "roadmap-kit test" })],
    ["history-hostile", renderHtml(plan(hostileRoadmapText(2)), { history: hostileHistory(), generator: "roadmap-kit test" })],
  ];
}
