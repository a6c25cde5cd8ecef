import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { math, mathHtml } from "micromark-extension-math";

/**
 * Markdown to HTML the way GitHub reads it, as closely as JavaScript gets:
 * micromark (CommonMark, the parser markdownlint uses) with GFM (tables,
 * task lists, strikethrough, autolinks) and `$math$`; raw HTML kept, so a
 * test sees any that gets through.
 */
export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm(), math()],
    htmlExtensions: [gfmHtml(), mathHtml({ throwOnError: false })],
  });
}
