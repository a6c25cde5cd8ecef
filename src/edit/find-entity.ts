import type { Path, Roadmap } from "../model.js";
import { didYouMean } from "../suggest.js";
import { editableKeys, type EntityKind } from "./edit-keys.js";

/** An item, risk or KPI found by id. */
export interface Entity {
  kind: EntityKind;
  id: string;
  path: Path;
  /** False when the id is derived from the title. */
  explicitId: boolean;
}

const KIND_WORDS: Record<EntityKind, string> = { item: "item", risk: "risk", kpi: "KPI" };
const PREFIXED = /^(item|risk|kpi):(.*)$/;

/** Every entity of a roadmap, items first. */
export function entitiesOf(roadmap: Roadmap): Entity[] {
  return [
    ...roadmap.items.map((it): Entity => ({ kind: "item", id: it.id, path: it.path, explicitId: it.explicitId })),
    ...roadmap.risks.map((r): Entity => ({ kind: "risk", id: r.id, path: r.path, explicitId: false })),
    ...roadmap.kpis.map((k): Entity => ({ kind: "kpi", id: k.id, path: k.path, explicitId: false })),
  ];
}

/**
 * Finds the entity an id names. Items, risks and KPIs have their own ids;
 * when one id names several, the keys being set decide (only risks have
 * `probability`), else `risk:ID`, `kpi:ID` or `item:ID` picks one.
 */
export function findEntity(roadmap: Roadmap, ref: string, keys: readonly string[]): Entity | { error: string } {
  const prefixed = PREFIXED.exec(ref);
  const kind = prefixed?.[1] as EntityKind | undefined;
  const id = prefixed ? prefixed[2] : ref;
  const every = entitiesOf(roadmap);
  const all = every.filter((e) => kind === undefined || e.kind === kind);
  const found = all.filter((e) => e.id === id);
  if (found.length === 0) {
    const what = kind ? `no ${KIND_WORDS[kind]}` : "no item, risk or KPI";
    const other = every.find((e) => e.id === id);
    const hint = other ? ` ("${id}" is a${other.kind === "item" ? "n" : ""} ${KIND_WORDS[other.kind]})` : didYouMean(id, new Set(all.map((e) => e.id)));
    return { error: `${what} has the id "${id}"${hint}` };
  }
  if (found.length === 1) return found[0];
  const fitting = found.filter((e) => keys.every((k) => editableKeys[e.kind].includes(k)));
  if (fitting.length === 1) return fitting[0];
  const kinds = [...new Set(found.map((e) => e.kind))];
  if (kinds.length === 1) return { error: `${found.length} ${KIND_WORDS[kinds[0]]}s have the id "${id}": fix the duplicate id first` };
  return {
    error: `"${id}" names ${kinds.map((k) => `a${k === "item" ? "n" : ""} ${KIND_WORDS[k]}`).join(" and ")}: write ${kinds.map((k) => `${k}:${id}`).join(" or ")}`,
  };
}
