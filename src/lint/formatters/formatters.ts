import type { Format } from "./format-names.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export { formats, type Format } from "./format-names.js";

export const formatters: Record<Format, Formatter> = { stylish, json, github, sarif, junit };
