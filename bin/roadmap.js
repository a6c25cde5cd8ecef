#!/usr/bin/env node
// Runs the CLI bundle (dist/bundle/roadmap.cjs) compiled with the V8 code cache the build wrote
// next to it: start-up skips parsing and compiling. Without a cache, or with one V8 rejects (another
// Node.js version), the bundle is compiled as usual.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const bundle = fileURLToPath(new URL("../dist/bundle/roadmap.cjs", import.meta.url));
const cacheFile = `${bundle}.cache`;
const writeCache = process.env.ROADMAP_WRITE_CODE_CACHE === "1";
delete process.env.ROADMAP_WRITE_CODE_CACHE;
const cachedData = !writeCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
const script = new Script(Module.wrap(readFileSync(bundle, "utf8")), { filename: bundle, cachedData });
if (writeCache) process.once("exit", () => writeFileSync(cacheFile, script.createCachedData()));
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
