import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { safeUrl } from "./safe-url.js";

/**
 * One ref as HTML: a URL becomes a link, `#76` a link to the repository's
 * issue, `PR #72` (or `pull #72`) to its pull request, when the roadmap
 * names an http(s) `repository`; anything else stays text.
 */
export function refLink(ref: string, ctx: HtmlContext): string {
  const text = escapeHtml(ref);
  if (/^https?:\/\//i.test(ref)) {
    const href = safeUrl(ref);
    if (href) return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(ref.replace(/^https?:\/\//i, ""))}</a>`;
    return text;
  }
  if (!ctx.repository) return text;
  const pr = /^(?:PR|pull(?:\s+request)?)\s*#(\d+)$/i.exec(ref.trim());
  if (pr) return `<a href="${escapeHtml(`${ctx.repository}/pull/${pr[1]}`)}" rel="noopener noreferrer">${text}</a>`;
  const issue = /^(?:issue\s*)?#(\d+)$/i.exec(ref.trim());
  if (issue) return `<a href="${escapeHtml(`${ctx.repository}/issues/${issue[1]}`)}" rel="noopener noreferrer">${text}</a>`;
  return text;
}

export function refLinks(refs: string[], ctx: HtmlContext): string {
  if (refs.length === 0) return "";
  return `<p class="refs"><span class="refs-label">${escapeHtml(ctx.t.column.refs)}</span> ${refs.map((r) => refLink(r, ctx)).join('<span class="sep" aria-hidden="true"> · </span>')}</p>`;
}
