import type { Diagnostic } from "../../diagnostics.js";
import type { Rule } from "../rule.js";

export interface FormatContext {
  /** Files that were linted, including those without problems. */
  files: string[];
  /** Rules that ran, for formats that describe them (SARIF). */
  rules: Rule[];
  /** Colour functions; identity when colour is off. */
  color?: {
    red(s: string): string;
    yellow(s: string): string;
    dim(s: string): string;
    bold(s: string): string;
    underline(s: string): string;
  };
}

/** Turns diagnostics into the text of one output format. */
export type Formatter = (diagnostics: Diagnostic[], context: FormatContext) => string;
