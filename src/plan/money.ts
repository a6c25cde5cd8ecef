/** Exact money helpers: amounts are integer cents as bigint. */

/** `num / den` rounded half up (half away from zero for negatives). */
export function divRoundHalfUp(num: bigint, den: bigint): bigint {
  if (den < 0n) return divRoundHalfUp(-num, -den);
  if (num < 0n) return -divRoundHalfUp(-num, den);
  return (2n * num + den) / (2n * den);
}

/** Cents from a model amount; non-integers (which the loader does not produce) round half up. */
export function toCents(amount: number): bigint {
  if (Number.isSafeInteger(amount)) return BigInt(amount);
  if (!Number.isFinite(amount)) return 0n;
  return BigInt(Math.sign(amount) * Math.floor(Math.abs(amount) + 0.5));
}

/** A line total: count x amount, exact when count is a whole number. */
export function lineCents(count: number, amount: number): bigint {
  if (Number.isSafeInteger(count)) return BigInt(count) * toCents(amount);
  return toCents(count * amount);
}

/** `1234567n` → `"12345.67"`. */
export function formatCents(cents: bigint): string {
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  const frac = String(abs % 100n).padStart(2, "0");
  return `${neg ? "-" : ""}${abs / 100n}.${frac}`;
}
