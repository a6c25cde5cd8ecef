import { renderGfm } from "./render-gfm.js";

export interface Structure {
  html: string;
  /** Heading levels and texts (tags stripped), in order. */
  headings: { level: number; text: string }[];
  /** For each table, the number of cells of each row (header first). */
  tables: number[][];
  /** The text of each ```mermaid code block, entities decoded. */
  mermaid: string[];
}

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The structure of a Markdown document as micromark (CommonMark + GFM) reads it. */
export function documentStructure(markdown: string): Structure {
  const html = renderGfm(markdown);
  const headings = [...html.matchAll(/<h([1-6])>([\s\S]*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), text: decode(m[2]) }));
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) =>
    [...m[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => (row[1].match(/<t[hd][ >]/g) ?? []).length),
  );
  const mermaid = [...html.matchAll(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g)].map((m) => decode(m[1]));
  return { html, headings, tables, mermaid };
}
