import type { History } from "../../compare/types.js";
import { historyHeadline } from "./history-words.js";

function fraction(x: number | null): number | null {
  return x === null ? null : Math.round(x * 10000) / 10000;
}

/**
 * A history as the JSON of `roadmap history --format json`: the stable
 * fields of the CLI spec (`file`, `versions` with commit, date, finish, best
 * case, progress, expected progress, items and done; `milestones` with id,
 * title and a planned date per version), oldest first, then the title, the
 * headline and the finish slip.
 */
export function historyToJson(file: string, history: History) {
  return {
    file,
    versions: history.versions.map((v) => ({
      commit: v.commit,
      date: v.date,
      finish: v.finish,
      bestCaseFinish: v.bestCaseFinish,
      progress: fraction(v.progress),
      expectedProgress: fraction(v.expectedProgress),
      items: v.items,
      done: v.done,
      due: v.due,
      subject: v.subject,
      error: v.error ?? null,
    })),
    milestones: history.milestones.map((m) => ({ id: m.id, title: m.title, dates: m.dates, kind: m.kind, slip: m.slip })),
    title: history.title,
    headline: historyHeadline(history),
    finishSlip: history.finishSlip,
  };
}
