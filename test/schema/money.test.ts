import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/index.js";

/** A roadmap with one budget item of `amount` (as written in YAML). */
const budget = (amount: string) => `title: T\nbudgets:\n  - title: B\n    items:\n      - title: I\n        amount: ${amount}\n        per: once\n`;

const problems = (amount: string) => parseRoadmap(budget(amount), { file: "r.yaml" }).diagnostics.map((d) => `${d.code} ${d.message}`);

const AT = "invalid-money budgets[0].items[0].amount:";
const TOO_LARGE = `${AT} expected an amount of money of at most 90071992547409.91 (the largest amount kept exact to the cent), found`;
const NOT_MONEY = `${AT} expected an amount of money (at least 0, at most two decimals, e.g. 1500 or 1234.50), found`;

describe("money amounts", () => {
  it.each([["0"], ["1500"], ["1234.50"], ["'1,234.50'"], ["90071992547409"], ["'90071992547409.91'"], ["'90,071,992,547,409.91'"], ["1e3"]])(
    "takes %s",
    (amount) => {
      expect(problems(amount)).toEqual([]);
    },
  );

  it.each([
    // Every stated condition met but the size: the message gives the limit.
    ["9007199254740991", `${TOO_LARGE} 9007199254740991`],
    ["90071992547409.92", `${TOO_LARGE} 90071992547409.92`],
    ["'90071992547409.92'", `${TOO_LARGE} "90071992547409.92"`],
    ["'900,719,925,474,099.1'", `${TOO_LARGE} "900,719,925,474,099.1"`],
    ["1e300", `${TOO_LARGE} 1e+300`],
    // Other mistakes keep the message that names them.
    ["-1", `${NOT_MONEY} -1`],
    ["5000.125", `${NOT_MONEY} 5000.125`],
    ["'12.345'", `${NOT_MONEY} "12.345"`],
    ["'1e3'", `${NOT_MONEY} "1e3"`],
  ])("refuses %s", (amount, message) => {
    expect(problems(amount)).toEqual([message]);
  });
});
