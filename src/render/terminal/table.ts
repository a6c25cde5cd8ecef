import { displayWidth, displayWidthUpTo } from "./display-width.js";
import { truncate } from "./truncate.js";

type Paint = (text: string) => string;

/** A run of plain text and its colour. */
export interface Part {
  text: string;
  paint?: Paint;
}

/**
 * A cell: runs of plain text, cut and padded before they are painted, or a
 * pre-painted fixed-width piece such as a bar (never cut).
 */
export interface Cell {
  parts: Part[];
  painted?: boolean;
}

export interface Column {
  align?: "left" | "right";
  /** The column that takes the remaining width and truncates (at most one per table). */
  flex?: boolean;
  /** Smallest width of the flexible column before optional columns are dropped. */
  min?: number;
  /** Optional columns are dropped when the table does not fit, highest rank first. */
  drop?: number;
  /** Widest the column gets; longer cells are truncated. */
  max?: number;
  /** Spaces before this column (default: the table's gap). */
  gap?: number;
}

export interface TableOptions {
  width: number;
  /** Spaces between columns (default 2). */
  gap?: number;
  /** Spaces before every row. */
  indent?: number;
  /** Let the flexible column take all the remaining width, not only what its longest cell needs. */
  fill?: boolean;
}

export const cell = (text: string, paint?: Paint): Cell => ({ parts: [{ text, paint }] });
export const cells = (...parts: Part[]): Cell => ({ parts: parts.filter((p) => p.text !== "") });
export const painted = (text: string): Cell => ({ parts: [{ text }], painted: true });
export const empty: Cell = { parts: [] };

const plainOf = (c: Cell) => c.parts.map((p) => p.text).join("");

/** The parts cut to `width` columns (ellipsis at the cut), painted. */
function fitParts(parts: Part[], width: number): { text: string; width: number } {
  const plain = parts.map((p) => p.text).join("");
  const cut = truncate(plain, width);
  if (cut === plain) {
    return { text: parts.map((p) => (p.paint && p.text ? p.paint(p.text) : p.text)).join(""), width: displayWidth(plain) };
  }
  // Paint the cut text part by part: each part keeps its colour up to where the cut falls.
  let rest = cut;
  let out = "";
  for (const p of parts) {
    if (!rest) break;
    const piece = rest.startsWith(p.text) ? p.text : rest;
    out += p.paint ? p.paint(piece) : piece;
    rest = rest.slice(piece.length);
  }
  return { text: out, width: displayWidth(cut) };
}

/**
 * Lays out rows in aligned columns within `width` display columns: widths
 * by display width (emoji, CJK), the flexible column truncated with an
 * ellipsis, optional columns dropped when narrow. Returns the lines, without
 * trailing spaces.
 */
export function renderTable(rows: Cell[][], columns: Column[], options: TableOptions): string[] {
  if (rows.length === 0) return [];
  const gapOf = (c: number) => columns[c].gap ?? options.gap ?? 2;
  const indent = options.indent ?? 0;
  const flex = columns.findIndex((c) => c.flex);
  // Measured only as far as matters: a column's `max`; the flexible column's width never passes the table's (or its `min`).
  const limitOf = (col: Column, c: number) => Math.min(col.max ?? Infinity, c === flex ? Math.max(options.width, col.min ?? 12) : Infinity);
  const natural = columns.map((col, c) => Math.max(0, ...rows.map((r) => (r[c] ? displayWidthUpTo(plainOf(r[c]), limitOf(col, c)) : 0))));
  const visible = columns.map((_, c) => natural[c] > 0);
  const firstVisible = () => visible.indexOf(true);

  const fixedWidth = () => {
    const first = firstVisible();
    return columns.reduce((sum, _, c) => (visible[c] ? sum + (c === flex ? 0 : natural[c]) + (c === first ? 0 : gapOf(c)) : sum), indent);
  };
  const flexMin = flex >= 0 ? Math.min(natural[flex], columns[flex].min ?? 12) : 0;
  const droppable = columns
    .map((c, i) => ({ i, rank: c.drop }))
    .filter((c): c is { i: number; rank: number } => c.rank !== undefined)
    .sort((a, b) => b.rank - a.rank);
  for (const { i } of droppable) {
    if (options.width - fixedWidth() >= flexMin) break;
    visible[i] = false;
  }
  // Last resort on very narrow terminals: drop columns from the right until the rest fits.
  for (let c = columns.length - 1; c > 0 && fixedWidth() + (flex >= 0 && visible[flex] ? 1 : 0) > options.width; c--) {
    if (c !== flex && visible[c] && visible.filter(Boolean).length > 1) visible[c] = false;
  }
  const widths = [...natural];
  if (flex >= 0 && visible[flex]) {
    const room = Math.max(1, options.width - fixedWidth());
    widths[flex] = options.fill ? room : Math.min(room, natural[flex]);
  }
  const first = firstVisible();

  return rows.map((row) => {
    let line = " ".repeat(indent);
    columns.forEach((col, c) => {
      if (!visible[c]) return;
      const value = row[c] ?? empty;
      const fitted = value.painted ? { text: plainOf(value), width: displayWidth(plainOf(value)) } : fitParts(value.parts, widths[c]);
      const pad = " ".repeat(Math.max(0, widths[c] - fitted.width));
      if (c !== first) line += " ".repeat(gapOf(c));
      line += col.align === "right" ? pad + fitted.text : fitted.text + pad;
    });
    return line.replace(/ +$/, "");
  });
}
