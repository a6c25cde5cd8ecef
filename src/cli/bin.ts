import { main } from "./main.js";

// The one place that ends the process: every command returns its exit code.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const err = error as Error;
    process.stderr.write(`roadmap: internal error: ${err?.message ?? String(error)}\n`);
    if (process.env.DEBUG) process.stderr.write(`${err?.stack ?? ""}\n`);
    process.exit(2);
  },
);
