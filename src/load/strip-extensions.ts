import type { Path } from "../model.js";

export type Extensions = Map<string, Record<string, unknown>>;

export const pathKey = (path: Path): string => path.join("\u0000");

/**
 * Copies `data` without `x-*` keys (user extensions, allowed anywhere) and
 * collects them per mapping path, so strict validation never sees them.
 */
export function stripExtensions(data: unknown, path: Path = [], out: Extensions = new Map()): { data: unknown; extensions: Extensions } {
  if (Array.isArray(data)) {
    return { data: data.map((v, i) => stripExtensions(v, [...path, i], out).data), extensions: out };
  }
  if (data && typeof data === "object") {
    const clean: Record<string, unknown> = {};
    let ext: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(data)) {
      if (k.startsWith("x-")) (ext ??= {})[k] = v;
      else clean[k] = stripExtensions(v, [...path, k], out).data;
    }
    if (ext) out.set(pathKey(path), ext);
    return { data: clean, extensions: out };
  }
  return { data, extensions: out };
}
