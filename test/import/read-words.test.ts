import { describe, expect, it } from "vitest";
import type { Priority, Status } from "../../src/model.js";
import { labelField, readLabelLine } from "../../src/import/read-label.js";
import { readPriorityValue, readStatusMark, readStatusValue } from "../../src/import/read-status.js";
import { readTitle } from "../../src/import/read-title.js";
import { labelWords, type LabelField } from "../../src/import/words/labels.js";
import { priorityWords } from "../../src/import/words/priorities.js";
import { statusMarks, statusWords } from "../../src/import/words/statuses.js";

const everyStatusWord = Object.entries(statusWords).flatMap(([lang, byStatus]) =>
  Object.entries(byStatus).flatMap(([status, words]) => words.map((w) => [lang, w, status as Status] as const)),
);
const everyPriorityWord = Object.entries(priorityWords).flatMap(([lang, byPriority]) =>
  Object.entries(byPriority).flatMap(([priority, words]) => words.map((w) => [lang, w, priority as Priority] as const)),
);
const everyLabel = Object.entries(labelWords).flatMap(([lang, byField]) =>
  Object.entries(byField).flatMap(([field, words]) => words.map((w) => [lang, w, field as LabelField] as const)),
);

describe("status marks and words", () => {
  it.each([...statusMarks].map(([mark, status]) => [mark, status]))("%s is %s, at the start or the end of a title", (mark, status) => {
    expect(readStatusMark(`${mark} Ship it`)).toEqual({ status, mark, rest: "Ship it" });
    expect(readStatusMark(`Ship it ${mark}`)).toEqual({ status, mark, rest: "Ship it" });
    expect(readTitle(`${mark} Ship it`)).toMatchObject({ title: "Ship it", status: { value: status } });
  });

  it.each(everyStatusWord)("%s: %s is %s, as written, in capitals, bold, after a mark, in brackets", (_lang, word, status) => {
    expect(readStatusValue(word)?.status).toBe(status);
    expect(readStatusValue(word.toUpperCase())?.status).toBe(status);
    expect(readStatusValue(`**${word}**`)?.status).toBe(status);
    expect(readStatusValue(`✅ ${word}`)?.status).toBe(status);
    expect(readTitle(`Ship it (${word})`)).toMatchObject({ title: "Ship it", status: { value: status } });
  });

  it("keeps what follows a status as a remark", () => {
    expect(readStatusValue("✅ **Mitigated** - Phase 1 completed ahead of schedule")).toEqual({
      status: "done",
      rest: "**Mitigated** - Phase 1 completed ahead of schedule",
    });
    expect(readStatusValue("⏳ **Pending** - Phase 5 concern")).toEqual({ status: "todo", rest: "Phase 5 concern" });
    expect(readStatusValue("Production ready")).toBeUndefined();
  });
});

describe("priorities", () => {
  it.each(everyPriorityWord)("%s: %s is %s, with a colour in front or a remark after", (_lang, word, priority) => {
    expect(readPriorityValue(word)).toEqual({ priority, rest: "" });
    expect(readPriorityValue(`🔴 ${word.toUpperCase()}`)).toEqual({ priority, rest: "" });
    expect(readPriorityValue(`${word} for AI services`)).toEqual({ priority, rest: "for AI services" });
  });
});

describe("labels", () => {
  // The first language that lists a word decides its field ("status" is English and German).
  const first = new Map<string, LabelField>();
  for (const [, word, field] of everyLabel) if (!first.has(word.toLowerCase())) first.set(word.toLowerCase(), field);
  it.each(everyLabel)("%s: %s names a field", (_lang, word) => {
    const field = first.get(word.toLowerCase());
    expect(labelField(word)).toBe(field);
    expect(labelField(`📅 **${word.toUpperCase()}**`)).toBe(field);
    expect(readLabelLine(`🎯 ${word}: something`)).toEqual({ label: word, value: "something", field });
  });

  it.each([
    ["Document Owner", "owner"],
    ["PROJECT LEAD", "owner"],
    ["Progress notes (Oct 25, 2025)", "notes"],
    ["WEEK 4 TARGETS", "success"],
    ["Portfolio Output", "deliverables"],
    ["Key Achievements", undefined],
    ["Technical Design", undefined],
    ["API Response Time", undefined],
  ])("%s → %s", (label, field) => {
    expect(labelField(label)).toBe(field);
  });
});
