/** The first line of a roadmap file: points YAML editors (yaml-language-server) at the JSON Schema. */
export function schemaModeline(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}`;
}
