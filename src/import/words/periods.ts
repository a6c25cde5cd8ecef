/** Month names per language (full, genitive and short forms), January first; matched folded. */
export const monthNames: Record<string, string[][]> = {
  en: [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  ru: [
    ["январь", "января", "янв"],
    ["февраль", "февраля", "фев"],
    ["март", "марта", "мар"],
    ["апрель", "апреля", "апр"],
    ["май", "мая"],
    ["июнь", "июня", "июн"],
    ["июль", "июля", "июл"],
    ["август", "августа", "авг"],
    ["сентябрь", "сентября", "сен", "сент"],
    ["октябрь", "октября", "окт"],
    ["ноябрь", "ноября", "ноя"],
    ["декабрь", "декабря", "дек"],
  ],
  tr: [
    ["ocak", "oca"],
    ["şubat", "şub"],
    ["mart"],
    ["nisan", "nis"],
    ["mayıs"],
    ["haziran", "haz"],
    ["temmuz", "tem"],
    ["ağustos", "ağu"],
    ["eylül", "eyl"],
    ["ekim", "eki"],
    ["kasım", "kas"],
    ["aralık", "ara"],
  ],
  de: [
    ["januar", "jänner"],
    ["februar"],
    ["märz", "mär", "mrz"],
    ["april"],
    ["mai"],
    ["juni"],
    ["juli"],
    ["august"],
    ["september"],
    ["oktober", "okt"],
    ["november"],
    ["dezember", "dez"],
  ],
};

/** Words of a relative week ("Week 3", "Неделя 3", "3. Hafta", "Woche 3"). */
export const weekWords = ["week", "weeks", "wk", "wks", "неделя", "недели", "недель", "нед", "hafta", "haftalar", "woche", "wochen"];
/** Words of a relative month ("Month 2", "Месяц 2", "1. Ay", "Monat 2"). */
export const monthWords = ["month", "months", "месяц", "месяцы", "месяца", "ay", "aylar", "monat", "monate"];
/** Words of a day range inside a parent ("Days 1-2" is two days of work). */
export const dayWords = ["day", "days", "день", "дни", "дня", "gün", "günler", "tag", "tage"];
/** German calendar week ("KW 3"): an ISO week of a year. */
export const calendarWeekWords = ["kw", "kalenderwoche", "cw", "calendar week"];
/** Quarter words for "1. Quartal 2026", "1 квартал 2026", "2026 1. çeyrek". */
export const quarterWords = ["quarter", "квартал", "кв", "çeyrek", "quartal"];

/** Length units: every word that names one, by the format's unit. */
export const lengthUnits: Record<"h" | "d" | "w" | "mo" | "q", string[]> = {
  h: ["h", "hr", "hrs", "hour", "hours", "час", "часа", "часов", "ч", "saat", "sa", "stunde", "stunden", "std"],
  d: ["d", "day", "days", "день", "дня", "дней", "дн", "gün", "tag", "tage", "tagen", "werktage", "arbeitstage"],
  w: ["w", "wk", "wks", "week", "weeks", "неделя", "недели", "недель", "нед", "hafta", "woche", "wochen"],
  mo: ["mo", "mos", "month", "months", "месяц", "месяца", "месяцев", "мес", "ay", "monat", "monate", "monaten"],
  q: ["q", "quarter", "quarters", "квартал", "квартала", "кварталов", "çeyrek", "quartal", "quartale", "quartalen"],
};

/** Range words between two dates ("Jan to Mar", "bis", "до"); "-" always works. */
export const rangeWords = ["to", "through", "until", "till", "bis", "до", "по"];
/** Approximation words before a length ("~3d", "about 2 weeks", "около 2 недель"). */
export const approxWords = ["~", "≈", "ca.", "ca", "approx.", "approx", "about", "around", "около", "примерно", "yaklaşık", "etwa", "circa"];
