import * as z from "zod";
import { isoDate } from "./primitives.js";

export const ruleSettingSchema = z.enum(["off", "warn", "error"]);

/**
 * A roadmap's severity per rule id. zod's record drops a `__proto__` key without a word, so it is
 * reported here (no rule has that name); every other unknown id is reported by the lint settings check.
 */
const rulesSchema = z.preprocess(
  (raw, ctx) => {
    if (raw !== null && typeof raw === "object" && Object.hasOwn(raw, "__proto__"))
      ctx.issues.push({ code: "custom", message: 'unknown rule "__proto__"', input: raw, path: ["__proto__"], params: { rule: "unknown-rule" } });
    return raw;
  },
  z.record(z.string(), ruleSettingSchema),
);

/** Lint settings: in `.roadmaprc.yaml` and under a roadmap's `lint:` key. */
export const lintSettingsFields = {
  "as-of": isoDate.optional().meta({ description: "Default as-of date for lint and reports (the --as-of option wins)" }),
  rules: z.record(z.string(), ruleSettingSchema).optional().meta({ description: "Severity per rule id: off, warn or error" }),
};

/** A roadmap's own `lint:` key; `.roadmaprc.yaml` checks its written rules itself (parseLintConfig). */
export const lintSettingsSchema = z.strictObject({
  ...lintSettingsFields,
  rules: rulesSchema.optional().meta({ description: "Severity per rule id: off, warn or error" }),
});
