/**
 * Whether an open YAML document is a roadmap, so an editor that starts the
 * server for every YAML file gets nothing on CI workflows or other YAML:
 * a file named `roadmap.yaml` (or `*.roadmap.yaml`), a YAML file in a
 * `roadmaps/` folder, one whose schema modeline or `$schema` names the
 * roadmap schema, or one with top-level `phases:` or `milestones:`.
 */
export function isRoadmapDocument(uri: string, text: string): boolean {
  let path = uri.replace(/[?#].*$/, "");
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: match the URI as it is.
  }
  if (!/\.ya?ml$/i.test(path) && !uri.startsWith("untitled:")) return false;
  if (/(?:^|[/\\.])roadmap\.ya?ml$/i.test(path) || /[/\\]roadmaps[/\\]/i.test(path)) return true;
  const head = text.slice(0, 4096);
  if (/^#\s*yaml-language-server:\s*\$schema=\S*roadmap(?:-kit)?[^\s]*schema/im.test(head)) return true;
  if (/^\$schema:\s*["']?\S*roadmap\S*schema/m.test(head)) return true;
  return /^(?:phases|milestones):/m.test(text);
}
