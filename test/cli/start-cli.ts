import { spawn, type ChildProcess } from "node:child_process";
import { BIN, ROOT } from "./run-cli.js";

/** A `roadmap` process that keeps running (`--watch`), with its output as it comes. */
export interface RunningCli {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once `test` holds for the output so far, checked on every chunk; rejects after `timeoutMs` with the output. */
  waitFor(what: string, test: (stdout: string, stderr: string) => boolean, timeoutMs?: number): Promise<void>;
  /** The exit code, once the process ends. */
  exited: Promise<number | null>;
}

export function startCli(args: string[], options: { cwd?: string } = {}): RunningCli {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of [...listeners]) l();
  };
  child.stdout!.setEncoding("utf8").on("data", (s: string) => {
    out += s;
    changed();
  });
  child.stderr!.setEncoding("utf8").on("data", (s: string) => {
    err += s;
    changed();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      changed();
      resolve(code);
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(what, test, timeoutMs = 20_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (test(out, err)) {
            finish();
            resolve();
          } else if (child.exitCode !== null) {
            finish();
            reject(new Error(`the process ended (${child.exitCode}) before ${what}\nstdout:\n${out}\nstderr:\n${err}`));
          }
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`timed out waiting for ${what}\nstdout:\n${out}\nstderr:\n${err}`));
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
  };
}
