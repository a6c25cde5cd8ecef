import type { Path } from "../model.js";

export type Extensions = Map<string, Record<string, unknown>>;

export const pathKey = (path: Path): string => path.join("\u0000");

/**
 * Removes `x-*` keys (user extensions, allowed anywhere) from freshly parsed
 * data, in place, and returns them per mapping path, so strict validation
 * never sees them.
 */
export function stripExtensions(data: unknown): Extensions {
  const out: Extensions = new Map();
  const path: Path = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        if (v !== null && typeof v === "object") {
          path.push(i);
          walk(v);
          path.pop();
        }
      }
      return;
    }
    const obj = value as Record<string, unknown>;
    // KPI target keys are item ids or spans, never extensions.
    const keepAll = path[path.length - 1] === "targets";
    for (const k in obj) {
      if (!keepAll && k.charCodeAt(0) === 120 /* x */ && k.charCodeAt(1) === 45 /* - */) {
        let ext = out.get(pathKey(path));
        if (!ext) out.set(pathKey(path), (ext = {}));
        ext[k] = obj[k];
        delete obj[k];
        continue;
      }
      const v = obj[k];
      if (v !== null && typeof v === "object") {
        path.push(k);
        walk(v);
        path.pop();
      }
    }
  };
  if (data !== null && typeof data === "object") walk(data);
  return out;
}
