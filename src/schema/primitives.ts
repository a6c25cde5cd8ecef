import * as z from "zod";
import type { Check, Length, Span } from "../model.js";
import { dateError, isIsoDate } from "./parse-date.js";
import { LENGTH_EXPECTED, parseLength } from "./parse-length.js";
import { looksLikeSpan, parseSpanObject, parseSpanText, SPAN_EXPECTED } from "./parse-span.js";

/** Adds a custom issue that the loader reports under `rule`. */
export function fail(ctx: { issues: unknown[]; value: unknown }, rule: string, message: string): void {
  (ctx.issues as object[]).push({ code: "custom", message, input: ctx.value, params: { rule } });
}

export const isoDate = z
  .string()
  .meta({ format: "date", description: "A date YYYY-MM-DD" })
  .check((ctx) => {
    if (!isIsoDate(ctx.value)) fail(ctx, "invalid-date", dateError(ctx.value) ?? "invalid date");
  });

/** Free text; Markdown where the format says so. */
export const text = z.string();

/** A title: text with something in it (an empty or blank title leaves reports with empty headings and links). */
export const titleText = z
  .string()
  .meta({ pattern: "\\S" })
  .check((ctx) => {
    if (ctx.value.trim() === "") fail(ctx, "invalid-value", `expected a title with some text, found ${ctx.value === "" ? "an empty one" : "only spaces"}`);
  });
export const markdown = z.string().meta({ description: "Markdown" });

const ID_RE = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}_.-]*$/u;
export const idSchema = z
  .string()
  .meta({ pattern: "^[^\\s]+$", description: "Letters and digits of any script, -, _ and ." })
  .check((ctx) => {
    if (!ID_RE.test(ctx.value)) {
      fail(ctx, "invalid-id", `invalid id "${ctx.value}": expected letters and digits (any script), "-", "_" or ".", starting with a letter or digit`);
    } else if (looksLikeSpan(ctx.value)) {
      fail(ctx, "invalid-id", `invalid id "${ctx.value}": it has the form of a span, which would make KPI target keys ambiguous`);
    }
  });

/**
 * JSON Schema to use instead of the generated one, for schemas that accept
 * more than they allow only to explain the mistake (a length written as a
 * bare number gets "add a unit", not "expected text").
 */
export const jsonSchemaOverrides = new Map<z.ZodType, Record<string, unknown>>();

export const LENGTH_PATTERN = "^\\s*\\d+(\\.\\d+)?(\\s*-\\s*\\d+(\\.\\d+)?)?\\s*[A-Za-z]+\\s*$";

export const lengthSchema = z
  .union([z.string().meta({ pattern: LENGTH_PATTERN }), z.number()])
  .meta({ description: LENGTH_EXPECTED, examples: ["3d", "2w", "2-3w", "1.5mo", "1q"] })
  .transform((raw, ctx): Length => {
    const value = String(raw);
    const r = parseLength(value);
    if ("error" in r) {
      fail({ issues: ctx.issues, value }, "invalid-length", r.error);
      return z.NEVER;
    }
    return r;
  });
jsonSchemaOverrides.set(lengthSchema, { type: "string", pattern: LENGTH_PATTERN, description: LENGTH_EXPECTED, examples: ["3d", "2w", "2-3w", "1.5mo", "1q"] });

const spanBound = z.union([z.string(), z.int()]);

/**
 * A span: text (or a bare year), or `{ start, end }`. The shape is checked by
 * the union, the meaning by one transform, so a bad span is always reported
 * as `invalid-span` at the offending part.
 */
export const spanSchema = z
  .union([z.string(), z.int().meta({ description: "A year" }), z.strictObject({ start: spanBound.optional(), end: spanBound.optional() })])
  .meta({ description: SPAN_EXPECTED, examples: ["2025-10-06", "2025-10", "2026-Q1", "2026", "2025-10..2025-12", "weeks 3-6", "months 2-3"] })
  .transform((raw, ctx): Span => {
    const issue = (message: string, path: string[] = []) => {
      ctx.issues.push({ code: "custom", message, input: raw, path, params: { rule: "invalid-span" } });
      return z.NEVER;
    };
    if (typeof raw === "object") {
      const start = raw.start === undefined ? undefined : String(raw.start);
      const end = raw.end === undefined ? undefined : String(raw.end);
      if (start === undefined && end === undefined) return issue("expected a span with a start, an end or both, found an empty mapping");
      for (const [key, value] of [
        ["start", start],
        ["end", end],
      ] as const) {
        if (value === undefined) continue;
        const r = parseSpanText(value);
        if (!r) return issue(`expected ${SPAN_EXPECTED}, found "${value}"`, [key]);
        if ("error" in r) return issue(r.error, [key]);
        if (r.text.includes("..")) return issue(`expected a single span form, found the range "${value}"`, [key]);
      }
      const r = parseSpanObject(start, end);
      return "error" in r ? issue(r.error) : r;
    }
    const value = String(raw);
    const r = parseSpanText(value);
    if (!r) return issue(`expected ${SPAN_EXPECTED}, found "${value}"`);
    if ("error" in r) return issue(r.error);
    return r;
  });

export const progressSchema = z
  .union([z.number().meta({ minimum: 0, maximum: 1 }), z.string().meta({ pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" })])
  .meta({ description: "0-100% or 0..1" })
  .transform((raw, ctx): number => {
    if (typeof raw === "number") {
      if (raw >= 0 && raw <= 1) return raw;
      const hint = raw > 1 && raw <= 100 ? ` (write "${raw}%" or ${raw / 100})` : "";
      fail({ issues: ctx.issues, value: raw }, "invalid-progress", `expected progress between 0 and 1 or 0% and 100%, found ${raw}${hint}`);
      return z.NEVER;
    }
    const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw);
    if (!m || Number(m[1]) > 100) {
      fail({ issues: ctx.issues, value: raw }, "invalid-progress", `expected progress between 0% and 100% (or 0..1), found "${raw}"`);
      return z.NEVER;
    }
    return Number(m[1]) / 100;
  });

/** The largest amount `toCents` reads: Number.MAX_SAFE_INTEGER cents, 90071992547409.91. */
const MAX_MONEY = `${Math.floor(Number.MAX_SAFE_INTEGER / 100)}.${String(Number.MAX_SAFE_INTEGER % 100).padStart(2, "0")}`;

/** Why `toCents` refused an amount, said with the limit it broke. */
function moneyError(raw: number | string): string {
  const found = typeof raw === "number" && !Number.isFinite(raw) ? String(raw) : JSON.stringify(raw);
  const written = typeof raw === "number" ? String(raw) : raw.trim().replace(/[_,]/g, "");
  // The form toCents reads (or a number too large to print without an exponent): only the size is wrong.
  if (/^\d+(\.\d{1,2})?$/.test(written) || (typeof raw === "number" && raw > 0 && /e\+/.test(written))) {
    return `expected an amount of money of at most ${MAX_MONEY} (the largest amount kept exact to the cent), found ${found}`;
  }
  return `expected an amount of money (at least 0, at most two decimals, e.g. 1500 or 1234.50), found ${found}`;
}

/** Money: a number or decimal string with at most two decimals, read exactly into integer cents. */
export const moneySchema = z
  .union([z.number().meta({ minimum: 0 }), z.string().meta({ pattern: "^\\s*\\d[\\d_,]*(\\.\\d{1,2})?\\s*$" })])
  .meta({ description: "An amount with at most two decimals" })
  .transform((raw, ctx): number => {
    const cents = toCents(raw);
    if (cents === undefined) {
      fail({ issues: ctx.issues, value: raw }, "invalid-money", moneyError(raw));
      return z.NEVER;
    }
    return cents;
  });

export function toCents(raw: number | string): number | undefined {
  let textValue: string;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < 0) return undefined;
    textValue = String(raw);
    if (/e/i.test(textValue)) return undefined;
  } else {
    textValue = raw.trim().replace(/[_,]/g, "");
  }
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(textValue);
  if (!m) return undefined;
  const cents = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** A checklist entry: a string, or { title, done }. */
export const checkSchema = z
  .union([z.string(), z.strictObject({ title: z.string(), done: z.boolean().optional(), group: z.string().optional() })])
  .transform((v): Check => {
    if (typeof v === "string") return { title: v, done: false };
    return v.group === undefined ? { title: v.title, done: v.done ?? false } : { title: v.title, done: v.done ?? false, group: v.group };
  });

export const ownerSchema = z.union([z.string(), z.array(z.string())]).transform((v) => (typeof v === "string" ? [v] : v));

export const statusSchema = z.enum(["todo", "in-progress", "done", "blocked", "cancelled"]);
export const prioritySchema = z.enum(["critical", "high", "medium", "low"]);
export const weekdaySchema = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
export const idList = z.array(z.string());
