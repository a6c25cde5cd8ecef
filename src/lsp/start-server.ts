import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { IsoDate } from "../model.js";
import { CONFIG_FILE_NAMES } from "../lint/parse-lint-config.js";
import { codeActionsFor } from "./code-actions.js";
import { completionsAt } from "./completion.js";
import { definitionAt } from "./definition.js";
import { documentDiagnostics, toLspDiagnostic } from "./diagnostics.js";
import { analyzeDocument, type DocumentAnalysis, type FoundSettings } from "./document-analysis.js";
import { DocumentCache } from "./document-cache.js";
import { hoverAt } from "./hover.js";
import { isRoadmapDocument } from "./is-roadmap-document.js";
import { referencesAt } from "./references.js";
import { prepareRenameAt, RenameRefused, renameAt } from "./rename.js";
import { documentSymbols } from "./symbols.js";

/** What the server needs from its surroundings: the file system and the clock stay with the caller. */
export interface ServerHost {
  /** The lint settings for the roadmap at `uri` (the nearest `.roadmaprc.yaml`), read afresh; the result's `uri` is the settings file's, for its own problems. */
  findSettings(uri: string): Promise<FoundSettings & { uri?: string }>;
  /** The file name diagnostics carry for a document. */
  fileOf(uri: string): string | undefined;
  /** The date to plan at when neither `asOf` nor a setting gives one. */
  today(): IsoDate;
  /** `--as-of`: wins over every setting. */
  asOf?: IsoDate;
  /** At most one check per this many milliseconds while changes keep coming (default 0: see below). */
  debounceMs?: number;
}

/**
 * The shortest time between two checks of a document, unless the host says
 * otherwise. A check takes a few milliseconds, so none is waited for: a
 * change is checked on the next turn of the event loop, and the changes
 * that arrive together, or while a check runs, are checked once, together.
 * A larger interval gathers changes that come faster than it.
 */
export const DEFAULT_DEBOUNCE_MS = 0;

/**
 * Serves roadmaps over the Language Server Protocol on `connection`:
 * diagnostics (those of `roadmap lint`) on open and change, hover,
 * completion, definition, references, rename, outline and quick fixes.
 */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const settingsPublished = new Map<string, string>();
  const cache = new DocumentCache(async (document) => {
    const found = await host.findSettings(document.uri);
    if (found.uri) publishSettingsProblems(found.uri, found);
    return analyzeDocument(document, { file: host.fileOf(document.uri), config: found.settings, asOf: host.asOf, defaultAsOf: host.today() });
  });

  /** A settings file's own problems go to that file, once per change of them. */
  const publishSettingsProblems = (uri: string, found: FoundSettings) => {
    const diagnostics = found.diagnostics.map((d) => toLspDiagnostic(d));
    const key = JSON.stringify(diagnostics);
    if (settingsPublished.get(uri) === key) return;
    settingsPublished.set(uri, key);
    void connection.sendDiagnostics({ uri, diagnostics });
  };

  const isRoadmap = (document: TextDocument) => isRoadmapDocument(document.uri, document.getText());

  const check = async (document: TextDocument) => {
    if (!isRoadmap(document)) return;
    const analysis = await cache.get(document);
    // A newer version is on its way: its own check publishes.
    if (documents.get(document.uri)?.version !== document.version) return;
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: documentDiagnostics(analysis) });
  };
  const report = (error: unknown) => connection.console.error(`roadmap: ${(error as Error)?.stack ?? String(error)}`);

  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const lastCheck = new Map<string, number>();
  /** Checks the document's latest version soon: on the next turn of the event loop, or when the interval since the last check is over. */
  const schedule = (document: TextDocument, interval: number) => {
    if (timers.has(document.uri)) return;
    const wait = Math.max(0, (lastCheck.get(document.uri) ?? -Infinity) + interval - performance.now());
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        lastCheck.set(document.uri, performance.now());
        const current = documents.get(document.uri);
        if (current) check(current).catch(report);
      }, wait),
    );
  };
  const checkAll = () => {
    cache.drop();
    for (const document of documents.all()) schedule(document, 0);
  };

  /** The analysis of the document a request is about, or undefined when it is not an open roadmap. */
  const analysisOf = async (uri: string): Promise<DocumentAnalysis | undefined> => {
    const document = documents.get(uri);
    return document && isRoadmap(document) ? cache.get(document) : undefined;
  };

  let watchSettings = false;
  connection.onInitialize((params): InitializeResult => {
    watchSettings = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ["[", ",", " ", ":"] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: "roadmap" },
    };
  });
  connection.onInitialized(() => {
    if (!watchSettings) return;
    const globPattern = `**/{${CONFIG_FILE_NAMES.join(",")}}`;
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern }] }).catch(report);
  });
  // A settings file changed: every open roadmap is checked again with it.
  connection.onDidChangeWatchedFiles(() => checkAll());

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, host.debounceMs ?? DEFAULT_DEBOUNCE_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    lastCheck.delete(e.document.uri);
    cache.drop(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    return analysis ? hoverAt(analysis, params.position) : null;
  });
  connection.onCompletion(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    if (!analysis) return [];
    // A space asks for values only after `key: `, `- `, `, ` or `[ `; in prose it asks for nothing.
    if (params.context?.triggerCharacter === " ") {
      const line = analysis.document.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
      if (!/(?:[:\-,[])\s$/.test(line)) return [];
    }
    return completionsAt(analysis, params.position);
  });
  connection.onDefinition(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    return analysis ? definitionAt(analysis, params.position) : null;
  });
  connection.onReferences(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    return analysis ? referencesAt(analysis, params.position, params.context.includeDeclaration) : [];
  });
  const refused = (error: unknown) => {
    if (error instanceof RenameRefused) return new ResponseError(LSPErrorCodes.RequestFailed, error.message);
    throw error;
  };
  connection.onPrepareRename(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    try {
      return analysis ? prepareRenameAt(analysis, params.position) : null;
    } catch (error) {
      return refused(error);
    }
  });
  connection.onRenameRequest(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    try {
      return analysis ? renameAt(analysis, params.position, params.newName) : null;
    } catch (error) {
      return refused(error);
    }
  });
  connection.onDocumentSymbol(async (params) => {
    const analysis = await analysisOf(params.textDocument.uri);
    return analysis ? documentSymbols(analysis) : [];
  });
  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    return document && isRoadmap(document) ? codeActionsFor(document, params.context.diagnostics) : [];
  });

  documents.listen(connection);
  connection.listen();
}
