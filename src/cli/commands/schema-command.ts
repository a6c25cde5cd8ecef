import { roadmapJsonSchema } from "../../schema/json-schema.js";
import type { CliIo } from "../context.js";
import { writeFileAtomic } from "../write-file-atomic.js";

export function schemaText(): string {
  return `${JSON.stringify(roadmapJsonSchema(), null, 2)}\n`;
}

/** `roadmap schema [-o FILE]`. */
export async function schemaCommand(options: { output?: string }, io: CliIo): Promise<number> {
  const text = schemaText();
  if (options.output) await writeFileAtomic(options.output, text);
  else io.stdout.write(text);
  return 0;
}
