import type { CliIo } from "./context.js";

/** What every command's registration gets: the streams, where to put the exit code, the global flags. */
export interface CommandContext {
  io: CliIo;
  setCode(code: number): void;
  /** false for the global --no-color; undefined lets the environment decide. */
  color(): false | undefined;
  version(): string;
}

/** Adds one command to the program. */
export type RegisterCommand = (program: import("commander").Command, context: CommandContext) => void;
