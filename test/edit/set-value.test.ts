import { describe, expect, it } from "vitest";
import { EditError } from "../../src/edit/edit-error.js";
import { keyOrder } from "../../src/edit/edit-keys.js";
import { setValue } from "../../src/edit/set-value.js";

const order = keyOrder.item;

/** [name, before, path, value, after] */
const cases: [string, string, (string | number)[], string | number, string][] = [
  [
    "replaces a plain value and keeps the comment after it",
    "a:\n  - id: x\n    status: todo   # soon\n",
    ["a", 0, "status"],
    "done",
    "a:\n  - id: x\n    status: done   # soon\n",
  ],
  ["keeps double quotes", 'a:\n  - { id: x, title: "Old" }\n', ["a", 0, "title"], "New", 'a:\n  - { id: x, title: "New" }\n'],
  ["keeps single quotes, doubling a quote inside", "a:\n  - title: 'Old'\n", ["a", 0, "title"], "It's new", "a:\n  - title: 'It''s new'\n"],
  ["quotes plain text that would read as a number", "t:\n  title: Old\n", ["t", "title"], "2026", 't:\n  title: "2026"\n'],
  ["quotes plain text that would end a flow mapping", "a: [{ id: x, title: Old }]\n", ["a", 0, "title"], "One, two", 'a: [{ id: x, title: "One, two" }]\n'],
  ["leaves a comma plain in a block mapping", "t:\n  title: Old\n", ["t", "title"], "One, two", "t:\n  title: One, two\n"],
  [
    "quotes text with a colon and a space, or a hash after a space",
    "t:\n  title: Old\n",
    ["t", "title"],
    "Fix: the # thing",
    't:\n  title: "Fix: the # thing"\n',
  ],
  ["writes numbers plain even where text was quoted", 'k:\n  progress: "50%"\n', ["k", "progress"], 0.75, "k:\n  progress: 0.75\n"],
  [
    "adds a key inside a flow mapping's braces, after its predecessor",
    "a:\n  - { id: x, title: X, duration: 2d }\n",
    ["a", 0, "status"],
    "done",
    "a:\n  - { id: x, title: X, status: done, duration: 2d }\n",
  ],
  [
    "adds a key at the end of a flow mapping with a trailing comma",
    "a:\n  - { title: X, }\n",
    ["a", 0, "due"],
    "2026-03-01",
    "a:\n  - { title: X, due: 2026-03-01, }\n",
  ],
  ["adds id first in a flow mapping", "a:\n  - { title: X }\n", ["a", 0, "id"], "x", "a:\n  - { id: x, title: X }\n"],
  [
    "adds a line at the siblings' indent in a block mapping",
    "a:\n  - id: x\n    title: X\n    duration: 2d\n",
    ["a", 0, "status"],
    "done",
    "a:\n  - id: x\n    title: X\n    status: done\n    duration: 2d\n",
  ],
  [
    "adds a line after a one-key mapping on a dash line",
    "a:\n  - title: X\n  - title: Y\n",
    ["a", 0, "status"],
    "done",
    "a:\n  - title: X\n    status: done\n  - title: Y\n",
  ],
  [
    "adds a line after a block scalar and keeps the blank line after it",
    "a:\n  - title: X\n    goal: |\n      one\n      two\n\n    tasks: []\n",
    ["a", 0, "status"],
    "todo",
    "a:\n  - title: X\n    goal: |\n      one\n      two\n    status: todo\n\n    tasks: []\n",
  ],
  [
    "adds a line after a block list value",
    "a:\n  - title: X\n    owner:\n      - ann\n      - bob\n    # tasks next\n    tasks: []\n",
    ["a", 0, "when"],
    "2026-Q1",
    "a:\n  - title: X\n    owner:\n      - ann\n      - bob\n    when: 2026-Q1\n    # tasks next\n    tasks: []\n",
  ],
  ["adds a key last when the order does not know it", "t:\n  x: 1\n  y: 2\n", ["t", "zz"], "v", "t:\n  x: 1\n  y: 2\n  zz: v\n"],
  [
    "adds id before the first key of a dash line",
    "a:\n  - title: X\n    status: done\n",
    ["a", 0, "id"],
    "x",
    "a:\n  - id: x\n    title: X\n    status: done\n",
  ],
  ["adds id on its own line before a first key on its own line", "a:\n  -\n    title: X\n", ["a", 0, "id"], "x", "a:\n  -\n    id: x\n    title: X\n"],
  [
    "keeps CRLF line breaks and writes one for a new line",
    "a:\r\n  - title: X # c\r\n    duration: 1d\r\n",
    ["a", 0, "status"],
    "done",
    "a:\r\n  - title: X # c\r\n    status: done\r\n    duration: 1d\r\n",
  ],
  ["keeps a byte order mark", "\uFEFFt:\n  title: X\n", ["t", "status"], "done", "\uFEFFt:\n  title: X\n  status: done\n"],
  ["adds a line break before a key added at the end of a file without one", "t:\n  title: X", ["t", "status"], "done", "t:\n  title: X\n  status: done"],
  [
    "replaces a folded block title with one line, keeping what follows",
    "t:\n  title: >-\n    Long\n    title\n\n  status: todo\n",
    ["t", "title"],
    "Short",
    "t:\n  title: Short\n\n  status: todo\n",
  ],
  ["replaces a flow list with a scalar", "t:\n  owner: [ann, bob] # two\n", ["t", "owner"], "ann", "t:\n  owner: ann # two\n"],
  [
    "replaces a block mapping with a scalar, keeping the key line's comment",
    "t:\n  when: # pinned\n    start: 2026-01-05\n    end: 2026-02-06\n  status: todo\n",
    ["t", "when"],
    "2026-Q1",
    "t:\n  when: 2026-Q1 # pinned\n  status: todo\n",
  ],
  ["fills an empty value", "t:\n  owner:\n  title: X\n", ["t", "owner"], "ann", "t:\n  owner: ann\n  title: X\n"],
  ["writes non-ASCII text plain", "t:\n  title: Old\n", ["t", "title"], "Миграция — ğüşıöç", "t:\n  title: Миграция — ğüşıöç\n"],
  ["escapes a line break", "t:\n  title: Old\n", ["t", "title"], "two\nlines", 't:\n  title: "two\\nlines"\n'],
  ["quotes text that would read as an alias", "t:\n  title: Old\n", ["t", "title"], "*!", 't:\n  title: "*!"\n'],
  ["keeps a tag before the value", "t:\n  title: !!str 12\n", ["t", "title"], "13", 't:\n  title: !!str "13"\n'],
];

describe("setValue", () => {
  it.each(cases)("%s", (_name, before, path, value, after) => {
    expect(setValue(before, path, value, { order })).toBe(after);
  });

  it.each([
    ["not YAML", "a: [\n", ["a", "b"], /not valid YAML/],
    ["a list where a mapping is expected", "a: [1, 2]\n", ["a", "b"], /a is not a mapping/],
    ["an alias", "x: &x { title: X }\na:\n  - *x\n", ["a", 0, "status"], /alias/],
    ["a path ending in an index", "a: [1]\n", ["a", 0], /ending in a key/],
  ] as const)("refuses %s", (_name, text, path, message) => {
    expect(() => setValue(text, [...path], "v")).toThrow(EditError);
    expect(() => setValue(text, [...path], "v")).toThrow(message);
  });
});
