/** Name of the tool in reports that name it (SARIF). */
export const TOOL_NAME = "roadmap-kit";

/** The project's home page; SARIF `informationUri`. */
export const TOOL_HOMEPAGE = "https://github.com/roadmap-kit/roadmap-kit";

/** Address of a rule's documentation page (docs/rules/<id>.md in the repository). */
export function ruleDocsUrl(id: string): string {
  return `${TOOL_HOMEPAGE}/blob/main/docs/rules/${encodeURIComponent(id)}.md`;
}
