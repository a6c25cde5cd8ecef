import type { Locale } from "../dates.js";
import type { Theme } from "./theme.js";

/** What every terminal section needs: the width to fit, the colours, the roadmap's locale. */
export interface TerminalContext {
  /** Display columns available; lines never exceed it. */
  width: number;
  theme: Theme;
  dateLocale: Locale;
  /** BCP 47 code for numbers (the roadmap's `locale`). */
  numberLocale: string;
}
