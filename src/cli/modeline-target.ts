/**
 * Where a roadmap's schema modeline points: `# yaml-language-server:
 * $schema=TARGET` (what `roadmap init` writes), else a top-level `$schema:`
 * key. Undefined when the roadmap names no schema.
 */
export function modelineTarget(text: string): string | undefined {
  const modeline = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m.exec(text);
  if (modeline) return modeline[1];
  const key = /^\$schema:[ \t]*(?:"([^"]+)"|'([^']+)'|([^\s#]+))/m.exec(text);
  return key ? (key[1] ?? key[2] ?? key[3]) : undefined;
}

/** True for a URL (`https://…`, `file:…`), false for a path (also `C:\…`). */
export function isUrl(target: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(target) && !/^[a-z]:[\\/]/i.test(target);
}
