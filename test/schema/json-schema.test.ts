import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseRoadmap } from "../../src/index.js";
import { schemaText } from "../../src/cli/commands/schema-command.js";
import { roadmapJsonSchema } from "../../src/schema/json-schema.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(roadmapJsonSchema());
}

describe("schemas/roadmap.schema.json", () => {
  it("is up to date with the zod schemas (run `npm run schema` after changing them)", () => {
    expect(readFileSync(join(ROOT, "schemas/roadmap.schema.json"), "utf8")).toBe(schemaText());
  });

  const validate = validator();
  const roadmaps = readdirSync(join(ROOT, "roadmaps")).filter((f) => /\.ya?ml$/.test(f));

  it.each(roadmaps)("accepts roadmaps/%s", (file) => {
    const data = parse(readFileSync(join(ROOT, "roadmaps", file), "utf8"));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
  });

  it("accepts the format specification's example, which also parses without errors", () => {
    const text = readFileSync(join(ROOT, "test/fixtures/spec/format-example.yaml"), "utf8");
    expect(validate(parse(text)) ? [] : validate.errors).toEqual([]);
    const result = parseRoadmap(text, { file: "format-example.yaml" });
    expect(result.diagnostics).toEqual([]);
    expect(result.roadmap?.items.map((i) => i.id)).toContain("yarp-reverse-proxy");
  });

  it("rejects unknown keys but accepts x-* keys and $schema", () => {
    expect(validate({ title: "t", $schema: "./s.json", "x-team": 1, phases: [{ title: "p", "x-jira": "A-1" }] })).toBe(true);
    expect(validate({ title: "t", titel: "u" })).toBe(false);
    expect(validate({ title: "t", phases: [{ title: "p", tasks: [{ title: "q", statuz: "done" }] }] })).toBe(false);
  });
});
