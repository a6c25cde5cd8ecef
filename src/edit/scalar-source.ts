import { CORE_SCHEMA, load as jsYamlLoad } from "js-yaml";
import { parseDocument } from "yaml";

/** A value `roadmap set` writes: text or a number. */
export type ScalarValue = string | number;

/** How an existing scalar is written, so a new value can be written the same way. */
export type ScalarStyle = "PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE";

/** True when both YAML readers the loader uses read `source` back as exactly `value`. */
function readsBackAs(source: string, value: ScalarValue, flow: boolean): boolean {
  const text = flow ? `{k: ${source}}` : `k: ${source}`;
  const doc = parseDocument(text, { strict: true, prettyErrors: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
  try {
    // An alias (`*x`) without its anchor throws here: such text is not plain.
    if ((doc.toJS() as { k?: unknown } | null)?.k !== value) return false;
    return (jsYamlLoad(text, { schema: CORE_SCHEMA }) as { k?: unknown } | null)?.k === value;
  } catch {
    return false;
  }
}

const doubleQuoted = (value: string) => JSON.stringify(value);

/**
 * The source text of a scalar: numbers as written; text in `style` (plain by
 * default) when that style reads back as the same text in its context (a
 * flow mapping `{ … }` forbids `,` and brackets in plain text), else double
 * quoted, which can hold anything. One line always: line breaks are escaped.
 */
export function scalarSource(value: ScalarValue, options: { style?: ScalarStyle; flow: boolean }): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write the number ${value}`);
    return String(value);
  }
  const style = options.style ?? "PLAIN";
  if (style === "QUOTE_DOUBLE") return doubleQuoted(value);
  if (style === "QUOTE_SINGLE") {
    const single = `'${value.replace(/'/g, "''")}'`;
    return !/[\r\n]/.test(value) && readsBackAs(single, value, options.flow) ? single : doubleQuoted(value);
  }
  return value !== "" && !/[\r\n]/.test(value) && value.trim() === value && readsBackAs(value, value, options.flow) ? value : doubleQuoted(value);
}
