import type { Diagnostic } from "../../diagnostics.js";
import type { Path } from "../../model.js";

/** A planning problem at a path of the roadmap. */
export function scheduleDiagnostic(code: string, message: string, path: Path, severity: "error" | "warning" = "error"): Diagnostic {
  return { code, severity, message, path };
}

/** An id as the messages quote it. */
export function quoted(id: string): string {
  return JSON.stringify(id);
}
