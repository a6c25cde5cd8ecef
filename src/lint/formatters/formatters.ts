import { json } from "./json.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export const formats = ["stylish", "json"] as const;
export type Format = (typeof formats)[number];

export const formatters: Record<Format, Formatter> = { stylish, json };
