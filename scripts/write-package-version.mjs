// Writes src/package-version.ts from package.json's version. `npm version`
// runs it (the "version" script), then rebuilds and regenerates the schema,
// whose `$id` names the version.
import { readFileSync, writeFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const target = new URL("../src/package-version.ts", import.meta.url);
const text = readFileSync(target, "utf8").replace(/PACKAGE_VERSION = "[^"]*"/, `PACKAGE_VERSION = ${JSON.stringify(version)}`);
writeFileSync(target, text);
console.log(`wrote src/package-version.ts (${version})`);
