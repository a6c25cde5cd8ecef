import type { PinsAndLengths } from "../schedule/pins-and-lengths.js";

/** The items whose length is a range (lower bound below the upper), with their bounds in working days. */
export interface RangedItems {
  index: Int32Array;
  lower: Int32Array;
  /** Number of whole working days in each range: upper - lower + 1. */
  choices: Int32Array;
}

export function rangedItems(pins: PinsAndLengths): RangedItems {
  const index: number[] = [];
  for (let x = 0; x < pins.length.length; x++) if (pins.hasLength[x] && pins.lengthMin[x] < pins.length[x]) index.push(x);
  return {
    index: Int32Array.from(index),
    lower: Int32Array.from(index, (x) => pins.lengthMin[x]),
    choices: Int32Array.from(index, (x) => pins.length[x] - pins.lengthMin[x] + 1),
  };
}
