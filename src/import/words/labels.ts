/** What a labelled line ("Owner: alice", "**Timeline**: Week 1-2") sets. */
export type LabelField =
  | "status"
  | "priority"
  | "owner"
  | "when"
  | "duration"
  | "due"
  | "completed"
  | "goal"
  | "deliverables"
  | "success"
  | "tasks"
  | "refs"
  | "notes"
  | "after"
  | "start"
  | "updated"
  | "created"
  | "version"
  | "review";

/**
 * Labels per language, as written (matched folded, see `fold`). `when` takes a
 * span or a length ("Timeline: Week 1-2", "Время: 2-3 недели"); `duration` a length.
 */
export const labelWords: Record<string, Partial<Record<LabelField, string[]>>> = {
  en: {
    status: ["status", "state"],
    priority: ["priority", "prio"],
    owner: ["owner", "owners", "assignee", "assignees", "assigned to", "responsible", "lead", "dri"],
    when: ["timeline", "when", "dates", "date", "period", "schedule", "timeframe", "time frame", "time", "window"],
    duration: ["duration", "estimate", "estimated", "effort", "length"],
    due: ["due", "due date", "deadline", "target completion", "target date", "eta", "end date"],
    completed: ["completed", "completed on", "done on", "finished on"],
    goal: ["goal", "goals", "objective", "objectives", "aim", "purpose"],
    deliverables: ["deliverable", "deliverables", "output", "outputs"],
    success: ["success criteria", "acceptance criteria", "definition of done", "targets", "success metrics"],
    tasks: ["tasks", "task list", "to do", "todo", "checklist", "work items", "action items"],
    refs: ["tracking", "issue", "issues", "pr", "prs", "pull request", "pull requests", "links", "refs", "references", "see", "tickets", "ticket"],
    notes: ["notes", "note", "remarks", "comments"],
    after: ["depends on", "dependencies", "after", "blocked by", "requires", "prerequisites"],
    start: ["start", "start date", "starts", "kickoff", "kick-off", "project start"],
    updated: ["last updated", "updated", "last update", "last modified"],
    created: ["created", "date created", "created on"],
    version: ["version", "document version", "doc version"],
    review: ["review cycle", "review cadence"],
  },
  ru: {
    status: ["статус", "состояние"],
    priority: ["приоритет"],
    owner: ["владелец", "ответственный", "ответственные", "исполнитель", "руководитель"],
    when: ["сроки", "срок", "период", "когда", "время", "дата", "даты", "таймлайн"],
    duration: ["длительность", "продолжительность", "оценка", "трудоемкость"],
    due: ["дедлайн", "срок сдачи", "крайний срок", "дата окончания"],
    completed: ["завершено", "выполнено"],
    goal: ["цель", "цели"],
    deliverables: ["результат", "результаты", "артефакты"],
    success: ["критерии успеха", "критерии приемки", "цели по метрикам"],
    tasks: ["задачи", "список задач"],
    refs: ["ссылки", "тикет", "тикеты"],
    notes: ["заметки", "примечания", "примечание", "комментарии"],
    after: ["зависит от", "зависимости", "после"],
    start: ["начало", "дата начала", "старт"],
    updated: ["обновлено", "дата обновления", "последнее обновление"],
    created: ["дата создания", "создано"],
    version: ["версия", "версия документа"],
    review: ["цикл ревью", "ревью"],
  },
  tr: {
    status: ["durum"],
    priority: ["öncelik"],
    owner: ["sahip", "sorumlu", "sorumlular", "atanan"],
    when: ["zaman", "zaman çerçevesi", "takvim", "dönem", "tarih", "tarihler"],
    duration: ["süre", "tahmin", "efor"],
    due: ["son tarih", "bitiş", "bitiş tarihi", "teslim tarihi"],
    completed: ["tamamlanma", "tamamlanma tarihi"],
    goal: ["hedef", "hedefler", "amaç"],
    deliverables: ["çıktı", "çıktılar", "teslimat", "teslimatlar"],
    success: ["başarı kriterleri", "kabul kriterleri"],
    tasks: ["görevler", "yapılacaklar", "işler"],
    refs: ["bağlantılar", "referanslar", "takip"],
    notes: ["notlar", "not", "açıklama"],
    after: ["bağımlılıklar", "bağımlı", "önkoşullar", "sonra"],
    start: ["başlangıç", "başlangıç tarihi"],
    updated: ["son güncelleme", "güncelleme", "güncellendi"],
    created: ["oluşturma", "oluşturulma tarihi", "oluşturma tarihi"],
    version: ["versiyon", "doküman versiyonu", "sürüm"],
    review: ["inceleme döngüsü", "gözden geçirme"],
  },
  de: {
    status: ["status", "zustand"],
    priority: ["priorität"],
    owner: ["verantwortlich", "verantwortliche", "zuständig", "besitzer", "eigentümer", "leitung"],
    when: ["zeitraum", "zeitplan", "termin", "wann", "datum", "zeitrahmen"],
    duration: ["dauer", "aufwand", "schätzung"],
    due: ["fällig", "frist", "fertigstellung", "enddatum"],
    completed: ["abgeschlossen am", "erledigt am"],
    goal: ["ziel", "ziele"],
    deliverables: ["ergebnis", "ergebnisse", "liefergegenstände", "lieferung"],
    success: ["erfolgskriterien", "akzeptanzkriterien", "abnahmekriterien"],
    tasks: ["aufgaben", "aufgabenliste"],
    refs: ["referenzen", "verweise"],
    notes: ["notizen", "anmerkungen", "hinweise"],
    after: ["abhängig von", "abhängigkeiten", "voraussetzungen", "nach"],
    start: ["beginn", "startdatum", "projektstart"],
    updated: ["aktualisiert", "zuletzt aktualisiert", "stand"],
    created: ["erstellt", "erstellt am"],
    version: ["version", "dokumentversion"],
    review: ["review-zyklus", "überprüfung"],
  },
};

/**
 * Head nouns: a longer label that ends with one of these is that label
 * ("Document Owner", "Project Lead", "Progress notes", "Week 4 targets", "Portfolio Output").
 */
export const labelHeads: Partial<Record<LabelField, string[]>> = {
  owner: ["owner", "lead"],
  notes: ["notes"],
  success: ["criteria", "targets"],
  deliverables: ["deliverable", "deliverables", "output", "outputs"],
  goal: ["goal", "goals", "objective", "objectives"],
  tasks: ["tasks"],
  updated: ["updated"],
  version: ["version"],
};

/** Review cycles a "Review cycle:" line may name, as lengths. */
export const reviewWords: Record<string, string[]> = {
  "1w": ["weekly", "every week", "еженедельно", "haftalık", "wöchentlich"],
  "2w": ["bi-weekly", "biweekly", "fortnightly", "every two weeks", "раз в две недели", "iki haftalık", "zweiwöchentlich"],
  "1mo": ["monthly", "every month", "ежемесячно", "aylık", "monatlich"],
  "1q": ["quarterly", "every quarter", "ежеквартально", "üç aylık", "çeyreklik", "vierteljährlich", "quartalsweise"],
};
