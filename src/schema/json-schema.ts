import * as z from "zod";
import { jsonSchemaOverrides } from "./primitives.js";
import { roadmapSchema } from "./roadmap.js";
import { PACKAGE_VERSION } from "../package-version.js";

/** Where the JSON Schema is inside the published package. */
export const SCHEMA_PATH = "schemas/roadmap.schema.json";

/**
 * The schema's address: this version's file in the published npm package,
 * as jsDelivr serves every npm package (`/npm/NAME@VERSION/PATH`). A version
 * never changes once published, so the address is stable; a roadmap written
 * for one version keeps its schema when a later one changes the format.
 */
export const SCHEMA_ID = `https://cdn.jsdelivr.net/npm/roadmap-kit@${PACKAGE_VERSION}/${SCHEMA_PATH}`;

/**
 * The JSON Schema of the roadmap format, generated from the zod schemas.
 * Strict objects also accept `x-*` extension keys. Checks that live in
 * transforms (span and length syntax beyond the pattern, real dates, id
 * references) are only in the zod schemas and the linter.
 */
export function roadmapJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(roadmapSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
    override: (ctx) => {
      const js = ctx.jsonSchema as Record<string, unknown>;
      const replacement = jsonSchemaOverrides.get(ctx.zodSchema as unknown as z.ZodType);
      if (replacement) {
        for (const key of Object.keys(js)) delete js[key];
        Object.assign(js, replacement);
        return;
      }
      if (js.type === "object" && js.additionalProperties === false) {
        js.patternProperties = { "^x-": {} };
      }
    },
  }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: SCHEMA_ID, ...schema };
}
