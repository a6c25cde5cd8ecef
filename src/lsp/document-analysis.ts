import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Range as LspRange } from "vscode-languageserver";
import type { Document, Node } from "yaml";
import type { Diagnostic } from "../diagnostics.js";
import { checkRoadmap, type CheckResult } from "../lint/check-roadmap.js";
import { parseRoadmap, type ParseResult } from "../load/parse-roadmap.js";
import type { IsoDate, LintSettings } from "../model.js";
import { buildIdIndex, type IdIndex } from "./id-index.js";
import { parseTree, spanOf } from "./yaml-tree.js";

/** The lint settings that apply to a roadmap: from the nearest settings file, with that file's own problems. */
export interface FoundSettings {
  /** The settings file, as a path. */
  file?: string;
  settings?: LintSettings;
  diagnostics: Diagnostic[];
}

export interface AnalysisOptions {
  /** The file name diagnostics carry (the document's path). */
  file?: string;
  /** Settings from the nearest `.roadmaprc.yaml`; the roadmap's own `lint:` key wins over them. */
  config?: LintSettings;
  /** The as-of date given explicitly (`roadmap lsp --as-of`); wins over every setting. */
  asOf?: IsoDate;
  /** The date used when neither `asOf` nor a setting gives one (today). */
  defaultAsOf: IsoDate;
}

/**
 * One version of an open roadmap: parsed, planned and linted exactly as
 * `roadmap lint` does (parseRoadmap, then checkRoadmap with the same
 * settings). The editor's tree and the id index, which only the requests
 * need, are built on first use.
 */
export interface DocumentAnalysis {
  document: TextDocument;
  parsed: ParseResult;
  checked: CheckResult;
  /** The `yaml` Document of the text (built on first use). */
  readonly tree: Document;
  /** Ids and their uses (built on first use). */
  readonly index: IdIndex;
  /** The LSP range of a node of the tree. */
  rangeOf(node: Node | null | undefined): LspRange | undefined;
}

export function analyzeDocument(document: TextDocument, options: AnalysisOptions): DocumentAnalysis {
  const text = document.getText();
  const parsed = parseRoadmap(text, { file: options.file });
  const checked = checkRoadmap(parsed, { asOf: options.asOf, defaultAsOf: options.defaultAsOf, config: options.config });
  let tree: Document | undefined;
  let index: IdIndex | undefined;
  return {
    document,
    parsed,
    checked,
    get tree() {
      tree ??= parseTree(text);
      return tree;
    },
    get index() {
      index ??= buildIdIndex(this.tree);
      return index;
    },
    rangeOf(node) {
      const span = spanOf(node);
      return span && { start: document.positionAt(span[0]), end: document.positionAt(span[1]) };
    },
  };
}
