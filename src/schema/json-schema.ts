import * as z from "zod";
import { jsonSchemaOverrides } from "./primitives.js";
import { roadmapSchema } from "./roadmap.js";

export const SCHEMA_ID = "https://roadmap-kit.dev/schemas/roadmap.schema.json";

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
