import type { Block, Line } from "./blocks.js";

/**
 * A heading (or a line that acts as one) and what it holds. `markdown` is the
 * whole section as written, heading included, for keeping it as text.
 */
export interface Section {
  line: Line;
  /** The heading line as written. */
  heading: string;
  pseudo: boolean;
  card: boolean;
  blocks: Block[];
  children: Section[];
  markdown: string;
}

export interface Outline {
  /** The document's title heading, if it starts with one. */
  title?: Line;
  /** Blocks between the title and the first section. */
  intro: Block[];
  sections: Section[];
  /** Trailing blocks after the last rule of the document ("---" then "Owner: …"). */
  footer: Block[];
}

/** A paragraph whose first line is a bold label alone ("**Days 1-2: Setup**", "**Tasks**:"). */
function pseudoOf(block: Block, next: Block | undefined): { head: Block; rest?: Block } | undefined {
  if (block.kind === "pseudo") return { head: block };
  if (block.kind !== "paragraph") return undefined;
  const [first, ...more] = block.lines;
  const colonBeforeList = block.lines.length === 1 && first.text.endsWith(":") && next?.kind === "list" && first.text.length <= 80;
  if (!first.emphasized && !colonBeforeList) return undefined;
  const head: Block = { kind: "pseudo", line: first, markdown: first.markdown };
  if (more.length === 0) return { head };
  return { head, rest: { kind: "paragraph", lines: more, markdown: more.map((l) => l.markdown).join("\n") } };
}

/** Blocks as Markdown again; rules at the end separate nothing and are left out. */
function join(blocks: Block[]): string {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1].kind === "rule") end--;
  return blocks
    .slice(0, end)
    .map((b) => b.markdown)
    .join("\n\n");
}

/** Splits a section's own blocks into its text and the pseudo-sections ("**Days 1-2: …**" and what follows). */
function splitPseudo(section: Section): void {
  const own: Block[] = [];
  const pseudo: Section[] = [];
  let current: Section | undefined;
  section.blocks.forEach((block, i) => {
    const p = pseudoOf(block, section.blocks[i + 1]);
    if (p) {
      const head = p.head as Extract<Block, { kind: "pseudo" }>;
      current = { line: head.line, heading: head.markdown, pseudo: true, card: head.card === true, blocks: [], children: [], markdown: head.markdown };
      pseudo.push(current);
      if (p.rest) current.blocks.push(p.rest);
      return;
    }
    if (block.kind === "rule") current = undefined;
    if (current) current.blocks.push(block);
    else own.push(block);
  });
  for (const s of pseudo) s.markdown = [s.heading, join(s.blocks)].filter((t) => t !== "").join("\n\n");
  section.blocks = own;
  section.children = [...pseudo, ...section.children];
  for (const child of section.children) if (!child.pseudo) splitPseudo(child);
}

function lastLeaf(section: Section): Section {
  const own = section.children.filter((c) => !c.pseudo);
  return own.length > 0 ? lastLeaf(own[own.length - 1]) : section;
}

/**
 * Builds the heading tree: sections nest by heading depth; bold lead lines make sections of their own.
 * The first heading is the title when it is the highest level there is (only a level-1 heading when
 * `titled`: the document names itself otherwise, in its front matter).
 */
export function buildOutline(blocks: Block[], options: { titled?: boolean } = {}): Outline {
  let rest = blocks;
  let title: Line | undefined;
  const first = blocks[0];
  const minDepth = Math.min(...blocks.map((b) => (b.kind === "heading" ? b.depth : 7)));
  if (first?.kind === "heading" && (first.depth === 1 || (first.depth === minDepth && !options.titled))) {
    title = first.line;
    rest = blocks.slice(1);
  }
  const intro: Block[] = [];
  const roots: Section[] = [];
  const stack: { depth: number; section: Section; parts: Block[] }[] = [];
  const all: { section: Section; parts: Block[] }[] = [];
  for (const block of rest) {
    if (block.kind === "heading") {
      while (stack.length > 0 && stack[stack.length - 1].depth >= block.depth) stack.pop();
      const section: Section = { line: block.line, heading: block.markdown, pseudo: false, card: false, blocks: [], children: [], markdown: "" };
      const parts = [block];
      for (const open of stack) open.parts.push(block);
      (stack.length > 0 ? stack[stack.length - 1].section.children : roots).push(section);
      stack.push({ depth: block.depth, section, parts });
      all.push({ section, parts });
      continue;
    }
    if (stack.length === 0) intro.push(block);
    else {
      stack[stack.length - 1].section.blocks.push(block);
      for (const open of stack) open.parts.push(block);
    }
  }
  // The footer: a rule, then only paragraphs and rules, at the very end of the document.
  let footer: Block[] = [];
  let spliced: Block[] = [];
  const tail = roots.length > 0 ? lastLeaf(roots[roots.length - 1]).blocks : intro;
  let from = tail.length;
  while (from > 0 && (tail[from - 1].kind === "paragraph" || tail[from - 1].kind === "rule")) from--;
  const firstRule = tail.findIndex((b, i) => i >= from && b.kind === "rule");
  if (firstRule >= 0 && (roots.length > 0 || firstRule > 0) && tail.slice(firstRule).some((b) => b.kind === "paragraph")) {
    spliced = tail.splice(firstRule);
    footer = spliced.filter((b) => b.kind !== "rule");
  }
  const inFooter = new Set(spliced);
  for (const { section, parts } of all) section.markdown = join(parts.filter((b) => !inFooter.has(b)));
  for (const section of roots) splitPseudo(section);
  // Bold lead lines before the first heading head sections of their own.
  const head: Section = {
    line: title ?? { text: "", markdown: "", links: [], emphasized: false },
    heading: "",
    pseudo: true,
    card: false,
    blocks: intro,
    children: [],
    markdown: "",
  };
  splitPseudo(head);
  return { title, intro: head.blocks, sections: [...head.children, ...roots], footer };
}
