import { describe, expect, it } from "vitest";
import { isRoadmapDocument } from "../../src/lsp/is-roadmap-document.js";

describe("which open YAML files are roadmaps", () => {
  it.each([
    ["file:///p/roadmap.yaml", "title: x\n", true],
    ["file:///p/ROADMAP.yml", "title: x\n", true],
    ["file:///p/team.roadmap.yaml", "title: x\n", true],
    ["file:///p/roadmaps/q1.yaml", "title: x\n", true],
    ["file:///p/plan.yaml", "# yaml-language-server: $schema=./node_modules/roadmap-kit/schemas/roadmap.schema.json\ntitle: x\n", true],
    ["file:///p/plan.yaml", "$schema: ../schemas/roadmap.schema.json\ntitle: x\n", true],
    ["file:///p/plan.yaml", "title: x\nphases:\n  - title: a\n", true],
    ["untitled:Untitled-1", "title: x\nmilestones: []\n", true],
    ["file:///p/.github/workflows/ci.yml", "name: ci\non: push\njobs: {}\n", false],
    ["file:///p/docker-compose.yaml", "services:\n  phases: {}\n", false],
    ["file:///p/roadmap.md", "phases:\n", false],
    ["file:///p/.roadmaprc.yaml", "rules: {}\n", false],
  ])("%s (%j): %s", (uri, text, expected) => {
    expect(isRoadmapDocument(uri, text)).toBe(expected);
  });
});
