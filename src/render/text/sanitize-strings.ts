import { sanitizeText } from "./sanitize-text.js";

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether any string inside `value` (keys included) would change. */
function isUnclean(value: unknown, seen: Set<object>): boolean {
  if (typeof value === "string") return sanitizeText(value) !== value;
  if (typeof value !== "object" || value === null || seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.some((v) => isUnclean(v, seen));
  if (value instanceof Map) {
    for (const [k, v] of value) if (isUnclean(k, seen) || isUnclean(v, seen)) return true;
    return false;
  }
  if (value instanceof Set) {
    for (const v of value) if (isUnclean(v, seen)) return true;
    return false;
  }
  if (!isPlainObject(value)) return false;
  return Object.entries(value).some(([k, v]) => isUnclean(k, seen) || isUnclean(v, seen));
}

/** A copy with every string sanitised; shared objects stay shared, cycles stay cycles. */
function cleanCopy(value: unknown, copies: Map<object, unknown>): unknown {
  if (typeof value === "string") return sanitizeText(value);
  if (typeof value !== "object" || value === null) return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (const v of value) out.push(cleanCopy(v, copies));
    return out;
  }
  if (value instanceof Map) {
    const out = new Map();
    copies.set(value, out);
    for (const [k, v] of value) out.set(cleanCopy(k, copies), cleanCopy(v, copies));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set();
    copies.set(value, out);
    for (const v of value) out.add(cleanCopy(v, copies));
    return out;
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(value));
  copies.set(value, out);
  for (const [k, v] of Object.entries(value)) out[sanitizeText(k)] = cleanCopy(v, copies);
  return out;
}

/**
 * `value` with `sanitizeText` applied to every string in it: plain objects,
 * arrays, maps and sets are copied (their keys too), anything else is kept.
 * Each renderer passes its input through this once, so no string from a
 * roadmap reaches an output with a control character, an escape sequence,
 * a bidi override or a carriage return, whichever field it comes from.
 * Returns `value` itself, uncopied, when nothing in it needs cleaning.
 */
export function sanitizeStrings<T>(value: T): T {
  return isUnclean(value, new Set()) ? (cleanCopy(value, new Map()) as T) : value;
}
