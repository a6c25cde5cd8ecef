/**
 * A YAML front matter block ("---" lines around `key: value` lines at the very
 * start, as Jekyll, Hugo and many wikis write it): its lines, and the Markdown
 * after it. Each line is read like a header line ("owner: Ana"); `title:` names
 * the roadmap when no heading does.
 */
export function splitFrontMatter(markdown: string): { lines: string[]; title?: string; titleLine?: string; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(markdown);
  if (!m) return { lines: [], body: markdown };
  const lines = m[1].split("\n").filter((l) => l.trim() !== "");
  // Front matter is YAML mappings; anything else (a horizontal rule over a paragraph) is not.
  if (lines.length === 0 || !lines.every((l) => /^[A-Za-z_][\w-]*\s*:/.test(l) || /^\s/.test(l))) return { lines: [], body: markdown };
  const titleLine = lines.find((l) => /^title\s*:/i.test(l));
  const title =
    titleLine
      ?.replace(/^title\s*:\s*/i, "")
      .replace(/^(["'])(.*)\1$/, "$2")
      .trim() || undefined;
  return { lines: lines.filter((l) => l !== titleLine), title, titleLine, body: markdown.slice(m[0].length) };
}
