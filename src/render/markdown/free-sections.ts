import type { MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { markdownBody } from "./markdown-body.js";

/** The roadmap's free `sections`, each under its own `##` heading, bodies as Markdown with headings shifted under it. */
export function freeSections(ctx: MarkdownContext): string[] {
  return ctx.plan.roadmap.sections.flatMap((s) => {
    const body = markdownBody(s.body, 2);
    return body ? [`## ${escapeMarkdown(s.title)}`, body] : [`## ${escapeMarkdown(s.title)}`];
  });
}
