import { describe, expect, it } from "vitest";
import { HtmlValidate } from "html-validate";
import { historyPages } from "../render-diff/history-pages.js";
import { allRoadmaps, renderFor } from "./html-helpers.js";

const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });

describe("html-validate", () => {
  it.each(allRoadmaps())("%s: reports nothing", async (name, text) => {
    for (const asOf of ["2025-10-25", "2026-05-01"]) {
      const { html } = await renderFor(text, `${name}.yaml`, asOf);
      const report = await validator.validateString(html, `${name}.html`);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
      expect(messages).toEqual([]);
    }
  });

  it.each(historyPages())("%s (render --history): reports nothing", async (name, html) => {
    const report = await validator.validateString(html, `${name}.html`);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });
});
