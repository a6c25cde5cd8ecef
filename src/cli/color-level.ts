export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The colour level for a stream. `--no-color` wins, then FORCE_COLOR, then
 * NO_COLOR and TERM=dumb; otherwise colour only on a terminal that has it.
 */
export function colorLevel(
  stream: { isTTY?: boolean; hasColors?: (count?: number) => boolean },
  flag: boolean | undefined,
  env: NodeJS.ProcessEnv = process.env,
): ColorLevel {
  if (flag === false) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    if (force === "2") return 2;
    if (force === "3") return 3;
    return 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  if (env.TERM === "dumb") return 0;
  if (!stream.isTTY || !stream.hasColors) return 0;
  if (stream.hasColors(2 ** 24)) return 3;
  if (stream.hasColors(256)) return 2;
  return stream.hasColors() ? 1 : 0;
}
