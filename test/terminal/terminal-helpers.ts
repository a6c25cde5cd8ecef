import { fileURLToPath } from "node:url";

/** A file of test/terminal/fixtures/. */
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Removes SGR colour codes (what chalk writes), and only those. */
export const stripSgr = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");
