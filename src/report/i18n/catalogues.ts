import { de } from "./catalogues/de.js";
import { en } from "./catalogues/en.js";
import { es } from "./catalogues/es.js";
import { fr } from "./catalogues/fr.js";
import { ja } from "./catalogues/ja.js";
import { pt } from "./catalogues/pt.js";
import { ru } from "./catalogues/ru.js";
import { tr } from "./catalogues/tr.js";
import { zhCN } from "./catalogues/zh-CN.js";
import type { Catalogue } from "./labels.js";
import type { Lang } from "./langs.js";

/** The catalogue of every language. */
export const catalogues: Readonly<Record<Lang, Catalogue>> = { en, de, es, fr, ja, pt, ru, tr, "zh-CN": zhCN };
