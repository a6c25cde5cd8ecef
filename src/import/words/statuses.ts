import type { Status } from "../../model.js";

/**
 * Status marks: emoji and ticks that say a line is done, under way, waiting
 * or dropped. Colour circles (🟢 🟡 🔴) are not here: the seeds use them for
 * priority. ⏳ ("waiting") is open work that has not started.
 */
export const statusMarks: ReadonlyMap<string, Status> = new Map<string, Status>([
  ["✅", "done"],
  ["✔️", "done"],
  ["✔", "done"],
  ["☑️", "done"],
  ["☑", "done"],
  ["✓", "done"],
  ["🗸", "done"],
  ["🚧", "in-progress"],
  ["⏳", "todo"],
  ["⌛", "todo"],
  ["❌", "cancelled"],
  ["✖️", "cancelled"],
  ["✗", "cancelled"],
  ["✘", "cancelled"],
  ["⛔", "blocked"],
  ["🚫", "blocked"],
  ["🛑", "blocked"],
]);

/** Status words per language, as written; they are matched folded (see `fold`). */
export const statusWords: Record<string, Record<Status, string[]>> = {
  en: {
    done: ["done", "complete", "completed", "finished", "merged", "shipped", "delivered", "released", "resolved", "closed", "achieved"],
    "in-progress": ["in progress", "in-progress", "wip", "ongoing", "started", "active", "doing", "underway", "under way", "in review", "in development"],
    todo: ["todo", "to do", "to-do", "planned", "not started", "pending", "backlog", "open", "upcoming", "scheduled"],
    blocked: ["blocked", "on hold", "waiting", "stalled", "paused"],
    cancelled: ["cancelled", "canceled", "dropped", "won't do", "wont do", "wontfix", "abandoned", "descoped"],
  },
  ru: {
    done: ["готово", "выполнено", "сделано", "завершено", "завершен", "завершена", "закрыто", "реализовано"],
    "in-progress": ["в работе", "в процессе", "выполняется", "начато"],
    todo: ["запланировано", "не начато", "ожидает", "в планах", "к выполнению"],
    blocked: ["заблокировано", "приостановлено"],
    cancelled: ["отменено", "отменена", "отменен"],
  },
  tr: {
    done: ["tamamlandı", "bitti", "yapıldı", "tamam"],
    "in-progress": ["devam ediyor", "sürüyor", "yapılıyor", "başladı", "başlandı"],
    todo: ["planlandı", "bekliyor", "başlanmadı", "yapılacak"],
    blocked: ["engellendi", "beklemede"],
    cancelled: ["iptal", "iptal edildi"],
  },
  de: {
    done: ["erledigt", "fertig", "abgeschlossen", "umgesetzt"],
    "in-progress": ["in arbeit", "in bearbeitung", "läuft", "begonnen"],
    todo: ["geplant", "offen", "ausstehend", "nicht begonnen"],
    blocked: ["blockiert", "pausiert", "wartend"],
    cancelled: ["abgebrochen", "gestrichen", "verworfen", "storniert"],
  },
};
