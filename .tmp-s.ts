import { renderGfm } from "./test/render-markdown/render-gfm.js";
import { readFileSync } from "node:fs";
const h = renderGfm(readFileSync("/tmp/mdr7/hostile.md", "utf8"));
console.log(h.slice(-600));
