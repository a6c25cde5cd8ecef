import { day, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";

/** The file name of a path, without folders, so the footer does not depend on where the tool ran. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** `---` and the generated-by line with the as-of date: the only date in the report not taken from the roadmap. */
export function footer(ctx: MarkdownContext, generator: string): string[] {
  const file = ctx.plan.roadmap.file ? `\`${baseName(ctx.plan.roadmap.file).replace(/`/g, "")}\`` : "";
  const { t } = ctx;
  const date = day(ctx, ctx.plan.asOf);
  const by = escapeMarkdown(generator);
  const generated = file ? t.report.generatedFromAsOf({ generator: by, file, date }) : t.report.generatedAsOf({ generator: by, date });
  // A date may end in a full stop already (`25 окт. 2025 г.`); a full-width stop (Chinese, Japanese) needs no space after it.
  const stop = generated.endsWith(".") ? "" : t.punctuation.stop;
  const space = /[\u3000-\u303f\uff00-\uffef]$/.test(stop) ? "" : " ";
  return ["---", `_${generated}${stop}${space}${t.report.editTheRoadmap}_`];
}
