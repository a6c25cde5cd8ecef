import type { Path } from "../model.js";
import { roadmapJsonSchema } from "../schema/json-schema.js";

/** A JSON Schema node, as `roadmapJsonSchema` generates them. */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  $ref?: string;
  required?: string[];
}

let root: (SchemaNode & { $defs?: Record<string, SchemaNode> }) | undefined;
const schema = () => (root ??= roadmapJsonSchema() as SchemaNode & { $defs?: Record<string, SchemaNode> });

/** A schema with its references followed and its unions spread out. */
function expand(node: SchemaNode | undefined, seen = new Set<SchemaNode>()): SchemaNode[] {
  if (!node || seen.has(node)) return [];
  seen.add(node);
  if (node.$ref) {
    const name = /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1];
    return expand(name ? schema().$defs?.[name] : node.$ref === "#" ? schema() : undefined, seen);
  }
  const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
  return branches.length ? [node, ...branches.flatMap((b) => expand(b, seen))] : [node];
}

/** The schemas that may describe the value at `path` (several where the format allows several shapes). */
export function schemasAt(path: Path): SchemaNode[] {
  let nodes = expand(schema());
  for (const seg of path) {
    nodes = nodes.flatMap((n) => {
      if (typeof seg === "number") return expand(n.items);
      const property = n.properties?.[seg];
      if (property) return expand(property);
      return typeof n.additionalProperties === "object" ? expand(n.additionalProperties) : [];
    });
    if (nodes.length === 0) break;
  }
  return nodes;
}

export interface KeyInfo {
  key: string;
  description?: string;
  required: boolean;
}

/** The keys a mapping at `path` may have, from the schema, in the schema's order. */
export function keysAt(path: Path): KeyInfo[] {
  const out = new Map<string, KeyInfo>();
  for (const node of schemasAt(path)) {
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      if (!out.has(key))
        out.set(key, { key, description: expand(value).find((v) => v.description)?.description, required: node.required?.includes(key) ?? false });
    }
  }
  return [...out.values()];
}

/** The values the schema allows at `path` when they are a closed set (enums, booleans). */
export function enumAt(path: Path): string[] {
  const out = new Set<string>();
  for (const node of schemasAt(path)) {
    for (const v of node.enum ?? []) out.add(String(v));
    if (node.const !== undefined) out.add(String(node.const));
    if (node.type === "boolean") ["true", "false"].forEach((v) => out.add(v));
  }
  return [...out];
}

/** True when the value at `path` may be a mapping. */
export function allowsObject(path: Path): boolean {
  return schemasAt(path).some((n) => n.type === "object" || n.properties !== undefined);
}
