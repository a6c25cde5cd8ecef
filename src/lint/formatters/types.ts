import type { Diagnostic } from "../../diagnostics.js";
import type { RuleInfo } from "../rule-catalog.js";

export interface FormatContext {
  /** Files that were linted, including those without problems. */
  files: string[];
  /** Every rule, for formats that describe them (SARIF, JUnit). */
  rules: RuleInfo[];
  /** The roadmap-kit version, for formats that name the tool (SARIF). */
  toolVersion?: string;
  /** Folder that file paths are relative to (SARIF artifact URIs); default: as given. */
  cwd?: string;
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
