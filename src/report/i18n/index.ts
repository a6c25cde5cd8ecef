export { labelsFor } from "./labels-for.js";
export { resolveLang } from "./resolve-lang.js";
export { LANGS, type Lang } from "./langs.js";
export { catalogues } from "./catalogues.js";
export { compileLabels } from "./compile-labels.js";
export { missingKeys } from "./missing-keys.js";
export { labelKeys } from "./label-keys.js";
export type { Catalogue, Count, English, LabelHelpers, Labels, MessageParams } from "./labels.js";
export type { PluralForms } from "./plural-forms.js";
