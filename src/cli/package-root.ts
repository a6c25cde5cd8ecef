/**
 * The package's root folder. This module sits two levels below it both in
 * the compiled tree (dist/cli/) and in the CLI bundle (dist/bundle/), so the
 * same relative URL works in both.
 */
export const packageRoot = new URL("../../", import.meta.url);
