/** What a command needs from the process, passed in so commands stay testable. */
export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Set by --no-color at the top level. */
  color?: boolean;
}
