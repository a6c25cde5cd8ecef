/** The `roadmap render` formats, listed without loading the renderers. */
export const renderFormats = ["md", "html", "json"] as const;
export type RenderFormat = (typeof renderFormats)[number];
