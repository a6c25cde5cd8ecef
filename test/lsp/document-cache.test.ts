import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyzeDocument } from "../../src/lsp/document-analysis.js";
import { DocumentCache } from "../../src/lsp/document-cache.js";

describe("the per-document cache", () => {
  it("analyses each version once and forgets closed documents", async () => {
    const seen: number[] = [];
    const cache = new DocumentCache(async (document) => {
      seen.push(document.version);
      return analyzeDocument(document, { defaultAsOf: "2025-01-06" });
    });
    const v1 = TextDocument.create("file:///r.yaml", "yaml", 1, "title: A\n");
    const first = await cache.get(v1);
    expect(await cache.get(v1)).toBe(first);
    const v2 = TextDocument.update(v1, [{ text: "title: B\n" }], 2);
    const second = await cache.get(v2);
    expect(second).not.toBe(first);
    expect(second.checked.roadmap?.title).toBe("B");
    cache.drop(v2.uri);
    await cache.get(v2);
    expect(seen).toEqual([1, 2, 2]);
  });

  it("does not keep a failed analysis", async () => {
    let fail = true;
    const cache = new DocumentCache(async (document) => {
      if (fail) throw new Error("settings unreadable");
      return analyzeDocument(document, { defaultAsOf: "2025-01-06" });
    });
    const doc = TextDocument.create("file:///r.yaml", "yaml", 1, "title: A\n");
    await expect(cache.get(doc)).rejects.toThrow("settings unreadable");
    fail = false;
    expect((await cache.get(doc)).checked.roadmap?.title).toBe("A");
  });
});
