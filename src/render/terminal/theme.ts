import { Chalk, type ChalkInstance } from "chalk";

/** 0 no colour, 1 16 colours, 2 256 colours, 3 truecolor (chalk levels). */
export type ColorLevel = 0 | 1 | 2 | 3;

/** A chalk instance, or the colour level to make one with (0 for none). */
export type ColorOption = ChalkInstance | ColorLevel;

type Paint = (text: string) => string;

/**
 * The few colours the terminal reports use, by meaning. Colour only
 * underlines what the symbols and words already say.
 */
export interface Theme {
  enabled: boolean;
  heading: Paint;
  muted: Paint;
  done: Paint;
  active: Paint;
  warn: Paint;
  bad: Paint;
  critical: Paint;
  /** The unfilled part of a bar. */
  track: Paint;
}

export function makeTheme(color: ColorOption | undefined): Theme {
  const chalk = typeof color === "function" ? color : new Chalk({ level: color ?? 0 });
  return {
    enabled: chalk.level > 0,
    heading: chalk.bold,
    muted: chalk.dim,
    done: chalk.green,
    active: chalk.cyan,
    warn: chalk.yellow,
    bad: chalk.red,
    critical: chalk.magenta,
    track: chalk.gray,
  };
}
