import type { Diagnostic } from "../../diagnostics.js";
import type { RuleInfo } from "../rule-catalog.js";
import { fileUri, isAbsolutePath, locateFile, relativeUri } from "./locate-file.js";
import { regionOf } from "./region-of.js";
import { TOOL_HOMEPAGE, TOOL_NAME, ruleDocsUrl } from "./tool-info.js";
import type { Formatter } from "./types.js";

const SRCROOT = "%SRCROOT%";

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

const level = (severity: string) => (severity === "error" ? "error" : "warning");

function describeRule(rule: RuleInfo) {
  const url = ruleDocsUrl(rule.id);
  const setting = rule.stage === "plan" ? `Default severity: ${rule.severity}; configurable (off, warn, error).` : "Always an error; cannot be turned off.";
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${setting}` },
    helpUri: url,
    help: {
      text: `${rule.description} ${setting} Documentation: ${url}`,
      markdown: `**${rule.id}**: ${rule.description}\n\n${setting}\n\n[Documentation of ${rule.id}](${url})`,
    },
    defaultConfiguration: { level: level(rule.severity) },
    properties: { tags: [rule.stage] },
  };
}

/**
 * SARIF 2.1.0, one run: every rule with its descriptions and help, every
 * linted file as an artifact, one result per diagnostic. Artifact URIs are
 * relative to `cwd` (uriBaseId `%SRCROOT%`) when the file is inside it, as
 * GitHub code scanning expects; columns count UTF-16 code units and the end
 * column is exclusive, as in the diagnostics' ranges (a region without one runs
 * to the end of its last line).
 */
export const sarif: Formatter = (diagnostics, context) => {
  const ruleIndex = new Map(context.rules.map((r, i) => [r.id, i]));
  const cwdUri = context.cwd && isAbsolutePath(context.cwd) ? fileUri(context.cwd, true) : undefined;

  const files = [...new Set([...context.files, ...diagnostics.flatMap((d) => (d.file === undefined ? [] : [d.file]))])];
  const artifactIndex = new Map<string, number>();
  const artifacts = files.map((file, index) => {
    artifactIndex.set(file, index);
    return { location: artifactLocation(file, context.cwd) };
  });

  const results = diagnostics.map((d: Diagnostic) => {
    const index = ruleIndex.get(d.code);
    const result: Record<string, unknown> = { ruleId: d.code };
    if (index !== undefined) result.ruleIndex = index;
    result.level = level(d.severity);
    result.message = { text: d.message };
    if (d.file !== undefined) {
      const physicalLocation: Record<string, unknown> = {
        artifactLocation: { ...artifactLocation(d.file, context.cwd), index: artifactIndex.get(d.file) },
      };
      if (d.range) {
        physicalLocation.region = regionOf(d.range);
      }
      result.locations = [{ physicalLocation }];
    }
    return result;
  });

  const driver: Record<string, unknown> = { name: TOOL_NAME };
  if (context.toolVersion) driver.version = context.toolVersion;
  driver.informationUri = TOOL_HOMEPAGE;
  driver.rules = context.rules.map(describeRule);

  const run: Record<string, unknown> = { tool: { driver } };
  if (cwdUri) run.originalUriBaseIds = { [SRCROOT]: { uri: cwdUri } };
  run.artifacts = artifacts;
  run.results = results;
  run.columnKind = "utf16CodeUnits";

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [run],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function artifactLocation(file: string, cwd: string | undefined): ArtifactLocation {
  const where = locateFile(file, cwd);
  if (where.inside) return { uri: relativeUri(where.path), uriBaseId: SRCROOT };
  if (where.absolute) return { uri: fileUri(where.path) };
  return { uri: relativeUri(where.path), uriBaseId: SRCROOT };
}
