// Writes schemas/roadmap.schema.json from the zod schemas (run after `npm run build`).
import { writeFileSync } from "node:fs";
import { schemaText } from "../dist/cli/commands/schema-command.js";

const target = new URL("../schemas/roadmap.schema.json", import.meta.url);
writeFileSync(target, schemaText());
console.log("wrote schemas/roadmap.schema.json");
