import { describe, expect, it } from "vitest";
import { fileUri, isAbsolutePath, locateFile, relativeUri } from "../../src/lint/formatters/locate-file.js";

describe("locateFile", () => {
  it.each([
    ["roadmaps/a.yaml", "/repo", { inside: true, path: "roadmaps/a.yaml" }],
    ["./roadmaps/./a.yaml", "/repo", { inside: true, path: "roadmaps/a.yaml" }],
    ["/repo/roadmaps/a.yaml", "/repo/", { inside: true, path: "roadmaps/a.yaml" }],
    ["/repository/a.yaml", "/repo", { inside: false, path: "/repository/a.yaml", absolute: true }],
    ["../x/a.yaml", "/repo/sub", { inside: false, path: "/repo/x/a.yaml", absolute: true }],
    ["sub/../x/a.yaml", "/repo", { inside: true, path: "x/a.yaml" }],
    ["../../../a.yaml", "/repo", { inside: false, path: "/a.yaml", absolute: true }],
    ["/repo", "/repo", { inside: false, path: "/repo", absolute: true }],
    ["../a.yaml", undefined, { inside: false, path: "../a.yaml", absolute: false }],
    ["a\\b.yaml", undefined, { inside: true, path: "a/b.yaml" }],
    ["c:\\Repo\\a.yaml", "C:\\Repo", { inside: true, path: "a.yaml" }],
    ["D:\\a.yaml", "C:\\Repo", { inside: false, path: "D:/a.yaml", absolute: true }],
  ] as const)("%s from %s", (file, cwd, expected) => {
    expect(locateFile(file, cwd)).toEqual(expected);
  });

  it("makes URIs", () => {
    expect(isAbsolutePath("/a")).toBe(true);
    expect(isAbsolutePath("C:\\a")).toBe(true);
    expect(isAbsolutePath("a/b")).toBe(false);
    expect(fileUri("/work/my repo", true)).toBe("file:///work/my%20repo/");
    expect(fileUri("/", true)).toBe("file:///");
    expect(fileUri("C:\\a\\b.yaml")).toBe("file:///C:/a/b.yaml");
    expect(relativeUri("план/a#b?.yaml")).toBe("%D0%BF%D0%BB%D0%B0%D0%BD/a%23b%3F.yaml");
  });
});
