import type { Priority } from "../../model.js";

/** Priority words per language, as written; they are matched folded (see `fold`). */
export const priorityWords: Record<string, Record<Priority, string[]>> = {
  en: {
    critical: ["critical", "crit", "blocker", "urgent", "p0"],
    high: ["high", "p1", "major"],
    medium: ["medium", "normal", "mid", "p2"],
    low: ["low", "minor", "p3", "p4"],
  },
  ru: {
    critical: ["критический", "критичный", "критично", "критическая", "срочно"],
    high: ["высокий", "высокая"],
    medium: ["средний", "средняя"],
    low: ["низкий", "низкая"],
  },
  tr: {
    critical: ["kritik", "acil"],
    high: ["yüksek"],
    medium: ["orta"],
    low: ["düşük"],
  },
  de: {
    critical: ["kritisch", "dringend"],
    high: ["hoch"],
    medium: ["mittel"],
    low: ["niedrig", "gering"],
  },
};
