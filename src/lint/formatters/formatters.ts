import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export const formats = ["stylish", "json", "github", "sarif", "junit"] as const;
export type Format = (typeof formats)[number];

export const formatters: Record<Format, Formatter> = { stylish, json, github, sarif, junit };
