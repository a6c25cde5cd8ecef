import type { Rule } from "./rule.js";
import { planRules } from "./rules/plan-rules.js";

/** Every lint rule that runs on a valid roadmap and its plan. */
export const rules: Rule[] = [...planRules];
