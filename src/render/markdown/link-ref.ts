import { escapeMarkdown } from "./escape-markdown.js";

/** The repository's web address without a trailing slash or `.git`, when it is http(s). */
function repositoryBase(repository: string | undefined): string | null {
  if (!repository || !/^https?:\/\/[^\s<>()]+$/.test(repository)) return null;
  return repository.replace(/\/+$/, "").replace(/\.git$/, "");
}

/**
 * A `refs` entry as Markdown: `#76` links to the repository's issue 76 and
 * `PR #72` to its pull request 72 when the roadmap has a `repository`; a
 * web address becomes an autolink; anything else is escaped text.
 */
export function linkRef(ref: string, repository?: string): string {
  const text = ref.trim();
  const base = repositoryBase(repository);
  const issue = /^#(\d+)$/.exec(text);
  if (issue && base) return `[#${issue[1]}](${base}/issues/${issue[1]})`;
  const pull = /^(?:PR|pull request|pull)\s*#?(\d+)$/i.exec(text);
  if (pull && base) return `[PR #${pull[1]}](${base}/pull/${pull[1]})`;
  if (/^https?:\/\/[^\s<>]+$/.test(text)) return `<${text}>`;
  return escapeMarkdown(text);
}
