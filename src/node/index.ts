// roadmap-kit/node: the helpers that touch the file system. Everything else
// (parse, plan, lint, render) is in the main entry, which runs in a browser.
export { loadRoadmap, FILE_ERROR_CODES } from "./load-roadmap.js";
