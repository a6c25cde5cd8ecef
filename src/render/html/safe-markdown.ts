import { Marked, type Tokens } from "marked";
import { escapeHtml } from "./escape-html.js";
import { safeLink } from "../text/safe-link.js";
import { sanitizeText } from "../text/sanitize-text.js";

export interface SafeMarkdownOptions {
  /** Markdown `#` becomes `<h{1 + headingOffset}>` (capped at h6) so text nests under the report's headings. */
  headingOffset?: number;
}

function linkAttrs(href: string, title: string | null | undefined): string {
  const external = /^(https?:|mailto:)/i.test(href);
  return `href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ""}${external ? ' rel="noopener noreferrer"' : ""}`;
}

function makeMarked(headingOffset: number): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    async: false,
    renderer: {
      // Raw HTML, block or inline, is shown as text.
      html(token: Tokens.HTML | Tokens.Tag) {
        const text = escapeHtml(token.text);
        return "block" in token && token.block ? `<p>${text.replace(/\n+$/, "")}</p>\n` : text;
      },
      link(token: Tokens.Link) {
        const inner = this.parser.parseInline(token.tokens);
        const href = safeLink(token.href);
        if (href === null) return inner;
        return `<a ${linkAttrs(href, token.title)}>${inner}</a>`;
      },
      // The report loads nothing from the network (its CSP allows only data: images),
      // so an image becomes a link to it, labelled with its alt text.
      image(token: Tokens.Image) {
        const alt = token.text || "image";
        const href = safeLink(token.href);
        if (href === null) return escapeHtml(alt);
        return `<a class="md-image" ${linkAttrs(href, token.title)}>${escapeHtml(alt)}</a>`;
      },
      code(token: Tokens.Code) {
        return `<pre><code>${escapeHtml(token.text.replace(/\n$/, ""))}</code></pre>\n`;
      },
      codespan(token: Tokens.Codespan) {
        return `<code>${escapeHtml(token.text)}</code>`;
      },
      heading(token: Tokens.Heading) {
        const level = Math.min(6, token.depth + headingOffset);
        return `<h${level}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
      },
      checkbox(token: Tokens.Checkbox) {
        return token.checked
          ? '<span class="md-check is-done" role="img" aria-label="done">✓</span> '
          : '<span class="md-check" role="img" aria-label="not done">○</span> ';
      },
      table(token: Tokens.Table) {
        const cell = (c: Tokens.TableCell) => {
          const tag = c.header ? "th" : "td";
          const cls = c.align ? ` class="align-${c.align}"` : "";
          const scope = c.header ? ' scope="col"' : "";
          return `<${tag}${scope}${cls}>${this.parser.parseInline(c.tokens)}</${tag}>`;
        };
        const head = `<thead><tr>${token.header.map(cell).join("")}</tr></thead>`;
        const body = token.rows.length ? `<tbody>${token.rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("")}</tbody>` : "";
        return `<div class="table-scroll"><table class="md-table">${head}${body}</table></div>\n`;
      },
    },
  });
}

const instances = new Map<number, Marked>();

/**
 * Markdown from the roadmap as HTML that cannot run anything: raw HTML is
 * escaped and shown as text, links and images keep only http, https, mailto
 * and relative URLs (others become plain text), images become links, and
 * no attribute but href, title, rel and class is ever produced. The text
 * is cleaned first (`sanitizeText`).
 */
export function safeMarkdown(markdown: string, options: SafeMarkdownOptions = {}): string {
  const offset = options.headingOffset ?? 2;
  let marked = instances.get(offset);
  if (!marked) {
    marked = makeMarked(offset);
    instances.set(offset, marked);
  }
  return marked.parse(sanitizeText(markdown), { async: false }).trim();
}
