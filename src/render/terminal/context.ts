import type { Labels } from "../../report/i18n/labels.js";
import type { Locale } from "../dates.js";
import type { Theme } from "./theme.js";

/** What every terminal section needs: the width to fit, the colours, the report's language. */
export interface TerminalContext {
  /** Display columns available; lines never exceed it. */
  width: number;
  theme: Theme;
  dateLocale: Locale;
  /** BCP 47 code for numbers and money (the report's language: `--lang`, else the roadmap's `locale`). */
  numberLocale: string;
  /** Every word the report shows, in the report's language (`labelsFor`). */
  t: Labels;
}
