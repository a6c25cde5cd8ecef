/** One line of text: plain for reading, Markdown for keeping. */
export interface Line {
  /** Plain text: emphasis markers dropped, code spans in backticks, links as their text. */
  text: string;
  /** The line as written. */
  markdown: string;
  /** Targets of the links in the line. */
  links: string[];
  /** The whole line is one bold or italic span, maybe followed by a colon ("**Tasks**:"). */
  emphasized: boolean;
}

export interface ListItem {
  /** `true` for `[x]`, `false` for `[ ]`, undefined without a checkbox. */
  checked?: boolean;
  /** The item's first paragraph, line by line. */
  lines: Line[];
  /** What follows in the item: nested lists, more paragraphs, code. */
  blocks: Block[];
  markdown: string;
}

/** A block of the document, reduced to what the importer reads. `markdown` is kept when it is not mapped. */
export type Block =
  | { kind: "heading"; depth: number; line: Line; markdown: string }
  /** A line that heads what follows without being a Markdown heading ("**Days 1-2: Setup**", "WEEK 4 TARGETS:", a card's title). */
  | { kind: "pseudo"; line: Line; markdown: string; card?: boolean }
  | { kind: "paragraph"; lines: Line[]; markdown: string }
  /** `work`: every item is work (the lines of a card). */
  | { kind: "list"; items: ListItem[]; markdown: string; work?: boolean }
  | { kind: "table"; header: Line[]; rows: Line[][]; markdown: string }
  | { kind: "code"; text: string; markdown: string }
  | { kind: "rule"; markdown: string }
  | { kind: "other"; markdown: string };
