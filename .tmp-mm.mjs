import { JSDOM } from "jsdom";
const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
globalThis.window = dom.window; globalThis.document = dom.window.document;
try { globalThis.navigator = dom.window.navigator; } catch {}
globalThis.DOMParser = dom.window.DOMParser; globalThis.Element = dom.window.Element; globalThis.HTMLElement = dom.window.HTMLElement;
const t = performance.now();
const { default: mermaid } = await import("mermaid");
console.log("import", performance.now() - t);
mermaid.initialize({ startOnLoad: false });
const r = await mermaid.parse("gantt\n  dateFormat YYYY-MM-DD\n  section A #58; b\n    Task #35;1 :done, 2025-01-01, 2025-01-03\n");
console.log(r);
try { await mermaid.parse("gantt\n  dateFormat YYYY-MM-DD\n  section A\n    Task: x :done, 2025-01-01, 2025-01-03\n"); console.log("no error?!"); } catch (e) { console.log("error ok:", e.message.split("\n")[0]); }
try { await mermaid.parse("gantt\n  dateFormat YYYY-MM-DD\n  section A\n    Click here :done, 2025-01-01, 2025-01-03\n"); console.log("no error click?!"); } catch (e) { console.log("error ok:", e.message.split("\n")[0]); }
console.log(Object.keys(mermaid), Object.keys(mermaid.mermaidAPI));
const d = await mermaid.mermaidAPI.getDiagramFromText("gantt\n  dateFormat YYYY-MM-DD\n  inclusiveEndDates\n  section A #58; b\n    Task #35;1 :done, crit, 2025-01-01, 2025-01-03\n    #84;itle x :milestone, 2025-01-05, 0d\n");
const tasks = d.db.getTasks();
console.log(tasks.map(t => ({ task: t.task, section: t.section, start: t.startTime, end: t.endTime, done: t.done, crit: t.crit, milestone: t.milestone, active: t.active })));
