/** Columns to fit: the terminal's width, else `COLUMNS`, else 80. */
export function terminalWidth(stream: { columns?: number }, env: NodeJS.ProcessEnv = process.env): number {
  if (typeof stream.columns === "number" && stream.columns > 0) return stream.columns;
  const fromEnv = Number.parseInt(env.COLUMNS ?? "", 10);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}
