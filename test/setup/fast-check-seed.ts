import fc from "fast-check";

/**
 * Property tests draw from one fixed seed, so `npm test` gives the same answer on every run and
 * a red CI run can be replayed. `FC_SEED=<number>` picks another seed; `FC_SEED=random` lets
 * fast-check choose one per test (a failure prints its seed and path), for exploring.
 */
const seed = process.env.FC_SEED ?? "20261204";
if (seed !== "random" && !/^-?\d+$/.test(seed)) throw new Error(`FC_SEED: expected a whole number or "random", found "${seed}"`);
if (seed !== "random") fc.configureGlobal({ seed: Number(seed) });
