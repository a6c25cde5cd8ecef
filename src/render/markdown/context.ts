import type { Locale } from "date-fns";
import type { IsoDate } from "../../model.js";
import type { Plan, PlannedItem } from "../../plan/types.js";
import type { Labels } from "../../report/i18n/labels.js";
import type { Report } from "../../report/report.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { formatRange } from "./format-range.js";
import { formatDay } from "../dates.js";

/** What every part of the Markdown report needs: the report model (and its plan, `report.plan`), the date locale and the words. */
export interface MarkdownContext {
  report: Report;
  plan: Plan;
  locale: Locale;
  /** Every word of the report, in the report's language (`labelsFor`). */
  t: Labels;
  repository?: string;
}

/** A day in the roadmap's locale. */
export function day(ctx: MarkdownContext, iso: IsoDate): string {
  return formatDay(iso, ctx.locale);
}

/** An item's planned dates (`Oct 6 – Oct 17, 2025`), or null when it has none. */
export function itemDates(ctx: MarkdownContext, p: PlannedItem): string | null {
  if (!p.start || !p.end) return null;
  return formatRange(p.start, p.end, ctx.locale);
}

/** An item's title as escaped inline Markdown. */
export function itemTitle(ctx: MarkdownContext, id: string): string {
  const p = ctx.plan.itemsById.get(id);
  return escapeMarkdown(p ? p.title : id);
}

/** A list of names (owners) as escaped inline Markdown, separated as the report's language separates a list. */
export function names(ctx: MarkdownContext, list: string[] | undefined): string {
  return (list ?? []).map(escapeMarkdown).join(ctx.t.punctuation.listSeparator);
}
