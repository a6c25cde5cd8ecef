import { main } from "./main.js";

// The one place that ends the process: every command returns its exit code.

// A closed pipe (`roadmap render … | head`) is the reader's choice, not a failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
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
