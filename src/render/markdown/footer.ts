import { day, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { labels } from "./labels.js";

/** The file name of a path, without folders, so the footer does not depend on where the tool ran. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** `---` and the generated-by line with the as-of date: the only date in the report not taken from the roadmap. */
export function footer(ctx: MarkdownContext, generator: string): string[] {
  const file = ctx.plan.roadmap.file ? `\`${baseName(ctx.plan.roadmap.file).replace(/`/g, "")}\`` : "";
  const asOf = day(ctx, ctx.plan.asOf);
  // a date may end in a period already (`25 окт. 2025 г.`)
  const stop = asOf.endsWith(".") ? "" : ".";
  return ["---", `_${labels.generated(escapeMarkdown(generator), file, asOf)}${stop} ${labels.editTheRoadmap}_`];
}
