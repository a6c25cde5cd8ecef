/**
 * The package's version, for addresses that name it (the JSON Schema's
 * `$id`). Written by scripts/write-package-version.mjs from package.json
 * (`npm version` runs it); a test fails when the two differ.
 */
export const PACKAGE_VERSION = "0.1.0";
