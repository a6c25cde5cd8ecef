/** Issue and pull-request references ("#76", "PR #72", "PRs #72, #73") and URLs in a text. */
export function readRefs(text: string): string[] {
  const refs: string[] = [];
  const re = /\b(PRs?|MRs?|Issues?)\s*((?:#\d+\b(?:\s*(?:,|&|and)\s*)?)+)|(?<![\w&/#])#(\d+)\b|\bhttps?:\/\/[^\s)<>\]"'`]+/giu;
  for (const m of text.matchAll(re)) {
    if (m[1]) {
      const kind = m[1].toUpperCase().startsWith("PR") ? "PR" : m[1].toUpperCase().startsWith("MR") ? "MR" : "";
      for (const n of m[2].matchAll(/#(\d+)/g)) refs.push(kind ? `${kind} #${n[1]}` : `#${n[1]}`);
    } else if (m[3]) refs.push(`#${m[3]}`);
    else refs.push(m[0].replace(/[.,;:!?]+$/, ""));
  }
  return [...new Set(refs)];
}

/** Words that may stand next to references without saying anything else ("PR #69", "Tracking: #76, #77"). */
const REF_WORDS = /\b(?:PRs?|MRs?|issues?|tracking|see|refs?|and|und|и|ve)\b/giu;

/**
 * True when a text is nothing but references: "(PR #69)", "#72, #73", "Tracking: #78, #79".
 * `bare`: not even words such as "see" or "tracking" around them ("(PR #69)", "#72, #73").
 */
export function onlyRefs(text: string, bare = false): boolean {
  if (readRefs(text).length === 0) return false;
  const rest = text
    .replace(/\bhttps?:\/\/[^\s)<>\]"'`]+/giu, "")
    .replace(/#\d+\b/g, "")
    .replace(bare ? /\b(?:PR|MR)\b/giu : REF_WORDS, "")
    .replace(/[\s,;:&()[\]\-–—]+/g, "");
  return rest === "";
}
