/** The lint output formats, in a module of their own so the CLI can list them without loading them. */
export const formats = ["stylish", "json", "github", "sarif", "junit"] as const;
export type Format = (typeof formats)[number];
