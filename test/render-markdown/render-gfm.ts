import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { math, mathHtml } from "micromark-extension-math";

/**
 * Markdown to HTML the way GitHub reads it, as closely as JavaScript gets:
 * micromark (CommonMark, the parser markdownlint uses) with GFM (tables,
 * task lists, strikethrough, autolinks) and `$math$`; raw HTML kept, so a
 * test sees any that gets through. KaTeX's warnings about odd characters in
 * math are silenced: only where math starts and ends matters here.
 */
export function renderGfm(markdown: string): string {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return micromark(markdown, {
      allowDangerousHtml: true,
      extensions: [gfm(), math()],
      htmlExtensions: [gfmHtml(), mathHtml({ throwOnError: false, strict: "ignore" })],
    });
  } finally {
    console.warn = warn;
  }
}
