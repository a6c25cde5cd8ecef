import { enUS } from "date-fns/locale/en-US";
import { ja } from "date-fns/locale/ja";
import { ru } from "date-fns/locale/ru";
import { describe, expect, it } from "vitest";
import { formatMoney, formatNumber } from "../../src/render/markdown/format-number.js";
import { formatRange } from "../../src/render/markdown/format-range.js";
import { progressBar } from "../../src/render/markdown/labels.js";
import { labelsFor } from "../../src/report/i18n/index.js";
import { linkRef } from "../../src/render/markdown/link-ref.js";
import { reviewDue as nextReview } from "../../src/plan/review-due.js";
import { reviewCycleWords } from "../../src/render/review-cycle-words.js";
import { length } from "../plan/make-roadmap.js";

describe("linkRef", () => {
  const repo = "https://github.com/o/r";
  it("links issues and pull requests to the repository", () => {
    expect(linkRef("#76", repo)).toBe("[#76](https://github.com/o/r/issues/76)");
    expect(linkRef("PR #72", repo)).toBe("[PR #72](https://github.com/o/r/pull/72)");
    expect(linkRef("pr 72", `${repo}.git`)).toBe("[PR #72](https://github.com/o/r/pull/72)");
    expect(linkRef("#76", `${repo}/`)).toBe("[#76](https://github.com/o/r/issues/76)");
  });

  it("leaves them as text without a repository, and never links anything but http(s)", () => {
    expect(linkRef("#76")).toBe("#76");
    expect(linkRef("PR #72")).toBe("PR #72");
    expect(linkRef("https://example.com/a_b", repo)).toBe("<https://example.com/a_b>");
    expect(linkRef("javascript:alert(1)", repo)).toBe("javascript:alert(1)");
    expect(linkRef("[x](javascript:alert(1))", repo)).toBe("\\[x\\](javascript:alert(1))");
    expect(linkRef("#76", "javascript:alert(1)")).toBe("#76");
  });
});

describe("formatRange", () => {
  it("is as short as stays clear, in the locale", () => {
    expect(formatRange("2025-10-06", "2025-10-06", enUS)).toBe("Oct 6, 2025");
    expect(formatRange("2025-10-06", "2025-10-17", enUS)).toBe("Oct 6 – Oct 17, 2025");
    expect(formatRange("2025-12-29", "2026-01-09", enUS)).toBe("Dec 29, 2025 – Jan 9, 2026");
    expect(formatRange("2026-02-23", "2026-03-06", ru)).toBe("23 фев. – 6 мар. 2026 г.");
    expect(formatRange("2026-02-23", "2026-03-06", ja)).toBe("02/23 – 2026/03/06");
  });
});

describe("review cycle", () => {
  it("reads as words in the report's language and counts like the stale-review lint rule", () => {
    const [en, ru, tr] = [labelsFor("en"), labelsFor("ru"), labelsFor("tr")];
    expect(reviewCycleWords(length("1w"), en)).toBe("every week");
    expect(reviewCycleWords(length("2w"), en)).toBe("every 2 weeks");
    expect(reviewCycleWords(length("1q"), en)).toBe("every quarter");
    expect(reviewCycleWords(length("1-2mo"), en)).toBe("every 1–2 months");
    expect(reviewCycleWords(length("1w"), ru)).toBe(ru.review.everyWeek);
    expect(reviewCycleWords(length("5d"), ru)).toBe(ru.review.days(5));
    expect(reviewCycleWords(length("2w"), tr)).toBe(tr.review.weeks(2));
    expect(reviewCycleWords(length("2w"), ru)).not.toBe(reviewCycleWords(length("5w"), ru));
    expect(nextReview("2025-10-25", length("1w"))).toBe("2025-11-01");
    expect(nextReview("2025-01-31", length("1mo"))).toBe("2025-02-28");
    expect(nextReview("2025-10-13", length("1q"))).toBe("2026-01-13");
  });
});

describe("numbers", () => {
  it("groups thousands the same way in every locale, exactly", () => {
    expect(formatNumber(1000000)).toBe("1,000,000");
    expect(formatNumber(99.95)).toBe("99.95");
    expect(formatNumber(-70)).toBe("-70");
    expect(formatNumber(1e21)).toBe("1e+21");
    expect(formatMoney(179000000n)).toBe("1,790,000.00");
    expect(formatMoney(-5n)).toBe("-0.05");
  });

  it("shows progress as a percentage and a ten-cell bar", () => {
    expect(labelsFor("en").percent(0.425)).toBe("43%");
    expect(progressBar(0.26)).toBe("`███░░░░░░░`");
    expect(progressBar(1.5)).toBe("`██████████`");
  });
});
