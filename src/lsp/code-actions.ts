import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { SOURCE } from "./diagnostics.js";
import { plainOrQuoted } from "./yaml-tree.js";

/** The suggestions of a did-you-mean hint: `(did you mean "x"?)` or `(did you mean one of a, b?)`. */
export function hintsOf(message: string): string[] {
  const one = /\(did you mean "((?:[^"\\]|\\.)*)"\?\)/.exec(message);
  if (one) return [one[1]];
  const many = /\(did you mean one of ([^()?]+)\?\)/.exec(message);
  return many
    ? many[1]
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** The replacement text for `word` where `written` was: same quotes as written, else plain when YAML reads it back unchanged. */
function replacement(written: string, word: string): string {
  if (written.startsWith('"')) return JSON.stringify(word);
  if (written.startsWith("'")) return `'${word.replace(/'/g, "''")}'`;
  return plainOrQuoted(word);
}

/**
 * Quick fixes from the did-you-mean hints of roadmap diagnostics: "Change
 * to `gateway`" replaces the key or value the diagnostic points at. Only a
 * single-line scalar is replaced, never a mapping or a list.
 */
export function codeActionsFor(document: TextDocument, diagnostics: LspDiagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    const hints = hintsOf(typeof diagnostic.message === "string" ? diagnostic.message : diagnostic.message.value);
    if (hints.length === 0) continue;
    const written = document.getText(diagnostic.range);
    if (written === "" || /[\n{}[\],#]|: /.test(written)) continue;
    hints.forEach((word, i) => {
      actions.push({
        title: `Change to "${word}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: hints.length === 1 && i === 0,
        edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: replacement(written, word) }] } },
      });
    });
  }
  return actions;
}
