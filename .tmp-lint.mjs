import { main } from "markdownlint-cli2";
import { readFileSync, readdirSync } from "node:fs";
const nonFileContents = {};
for (const f of readdirSync("/tmp/mdr7")) nonFileContents[f] = readFileSync("/tmp/mdr7/" + f, "utf8");
const errors = [];
const code = await main({ directory: process.argv[2] ?? "/tmp", argv: [], nonFileContents, logMessage: () => {}, logError: (m) => errors.push(m) });
console.log(code); console.log(errors.join("\n"));
