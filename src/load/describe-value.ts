const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * How a found value reads in a message: `"text"`, `42`, `a list`, `a mapping`,
 * `nothing`; values of YAML's explicit tags say so (`a timestamp (!!timestamp)`,
 * `binary data (!!binary, 5 bytes)`), not "a mapping".
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") {
    const short = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return JSON.stringify(short);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a timestamp (!!timestamp)";
  // A Buffer is a Uint8Array too.
  if (value instanceof Uint8Array) return `binary data (!!binary, ${plural(value.length, "byte")})`;
  if (value instanceof Set) return "a set (!!set)";
  if (value instanceof Map) return "an ordered mapping (!!omap)";
  if (typeof value === "object") return "a mapping";
  return typeof value;
}

const EXPECTED: ReadonlyMap<string, string> = new Map([
  ["string", "text"],
  ["number", "a number"],
  ["int", "a whole number"],
  ["boolean", "true or false"],
  ["array", "a list"],
  ["object", "a mapping"],
  ["record", "a mapping"],
]);

export function describeExpected(expected: string): string {
  return EXPECTED.get(expected) ?? expected;
}
