import * as z from "zod";
import { isoDate } from "./primitives.js";

export const ruleSettingSchema = z.enum(["off", "warn", "error"]);

/** Lint settings: in `.roadmaprc.yaml` and under a roadmap's `lint:` key. */
export const lintSettingsFields = {
  "as-of": isoDate.optional().meta({ description: "Default as-of date for lint and reports (the --as-of option wins)" }),
  rules: z.record(z.string(), ruleSettingSchema).optional().meta({ description: "Severity per rule id: off, warn or error" }),
};

export const lintSettingsSchema = z.strictObject(lintSettingsFields);
