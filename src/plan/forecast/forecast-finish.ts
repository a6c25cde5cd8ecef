import type { IsoDate } from "../../model.js";
import { dayToIso, isoToDay } from "../day-number.js";
import type { ScheduleInputs } from "../schedule/schedule-inputs.js";
import { compileForwardPass } from "./compiled-pass.js";
import { nearestRank } from "./nearest-rank.js";
import { rangedItems } from "./ranged-items.js";
import { seededRandom } from "./seeded-random.js";

export interface ForecastOptions {
  /** Monte Carlo runs (default 10000). */
  runs?: number;
  /** PRNG seed (default 1). */
  seed?: number;
}

/** How likely each finish date is, given the estimate ranges. */
export interface Forecast {
  /** Plans evaluated: the runs drawn, or every combination when there are no more than the runs asked for. */
  runs: number;
  seed: number;
  /** True when every combination of range lengths was evaluated once (the numbers are exact). */
  exact: boolean;
  p50: IsoDate;
  p80: IsoDate;
  p95: IsoDate;
  /** Share of plans finishing on or before the roadmap's `due`; null without one. */
  dueProbability: number | null;
  /** Each finish date and the share of plans ending on it, earliest first. */
  distribution: { date: IsoDate; share: number }[];
}

export const DEFAULT_RUNS = 10_000;
export const DEFAULT_SEED = 1;

/**
 * The finish distribution: each run draws every ranged length uniformly from
 * the whole working days of its range and plans forward again; fixed lengths
 * and pins stay. When the ranges allow no more combinations than the runs
 * asked for, each combination is planned once instead, so the numbers are
 * exact. Pure and deterministic: the same seed gives the same numbers.
 */
export function forecastFinish(inputs: ScheduleInputs, due: IsoDate | null, options: ForecastOptions = {}): Forecast {
  const runs = Math.max(1, Math.floor(options.runs ?? DEFAULT_RUNS));
  const seed = Math.floor(options.seed ?? DEFAULT_SEED);
  const ranged = rangedItems(inputs.pins);
  const lengths = Int32Array.from(inputs.pins.length);
  let combinations = 1;
  for (const c of ranged.choices) combinations = Math.min(combinations * c, Number.MAX_SAFE_INTEGER);
  const exact = combinations <= runs;
  const count = exact ? combinations : runs;
  const finishes = new Float64Array(count);
  const random = seededRandom(seed);
  const finishOf = compileForwardPass(inputs);
  for (let run = 0; run < count; run++) {
    if (exact) {
      // The run number in mixed radix: one digit per ranged item.
      let rest = run;
      for (let k = 0; k < ranged.index.length; k++) {
        lengths[ranged.index[k]] = ranged.lower[k] + (rest % ranged.choices[k]);
        rest = Math.floor(rest / ranged.choices[k]);
      }
    } else {
      for (let k = 0; k < ranged.index.length; k++) lengths[ranged.index[k]] = ranged.lower[k] + Math.floor(random() * ranged.choices[k]);
    }
    finishes[run] = finishOf(lengths);
  }
  finishes.sort();
  const dueDay = due === null ? NaN : isoToDay(due);
  let onTime = 0;
  const distribution: Forecast["distribution"] = [];
  for (let k = 0, first = 0; k < count; k++) {
    if (finishes[k] <= dueDay) onTime++;
    if (k + 1 === count || finishes[k + 1] !== finishes[k]) {
      distribution.push({ date: dayToIso(finishes[k]), share: (k + 1 - first) / count });
      first = k + 1;
    }
  }
  return {
    runs: count,
    seed,
    exact,
    p50: dayToIso(nearestRank(finishes, 0.5)),
    p80: dayToIso(nearestRank(finishes, 0.8)),
    p95: dayToIso(nearestRank(finishes, 0.95)),
    dueProbability: due === null ? null : onTime / count,
    distribution,
  };
}
