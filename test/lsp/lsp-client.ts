import { spawn, type ChildProcess } from "node:child_process";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver";
import { BIN, ROOT } from "../cli/run-cli.js";

/** A real LSP client: `roadmap lsp --stdio` as a child process, spoken to with vscode-jsonrpc. */
export interface LspClient {
  connection: MessageConnection;
  process: ChildProcess;
  /** Resolves with the next diagnostics published for `uri` (after `version`, when given). */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  /** Every publication so far, in order. */
  log: PublishDiagnosticsParams[];
  /** `shutdown`, `exit`, and the process's exit code. */
  close(): Promise<number | null>;
}

export async function startClient(args: string[] = [], cwd = ROOT): Promise<LspClient> {
  const child = spawn(process.execPath, [BIN, "lsp", "--stdio", ...args], { cwd, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const log: PublishDiagnosticsParams[] = [];
  const waiting: { uri: string; version?: number; resolve: (d: Diagnostic[]) => void; reject: (e: Error) => void }[] = [];
  connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    log.push(params);
    const i = waiting.findIndex((w) => w.uri === params.uri && (w.version === undefined || params.version === w.version));
    if (i >= 0) waiting.splice(i, 1)[0].resolve(params.diagnostics);
    else published.push(params);
  });
  connection.listen();
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  void exited.then((code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`the server exited (${code}): ${stderr}`));
  });
  return {
    connection,
    process: child,
    log,
    diagnostics(uri, version) {
      const i = published.findIndex((p) => p.uri === uri && (version === undefined || p.version === version));
      if (i >= 0) return Promise.resolve(published.splice(i, 1)[0].diagnostics);
      return new Promise((resolve, reject) => waiting.push({ uri, version, resolve, reject }));
    },
    async close() {
      await connection.sendRequest("shutdown");
      await connection.sendNotification("exit");
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
