import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sha256Base64 } from "../../src/render/html/sha256-base64.js";

const reference = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");

describe("sha256Base64", () => {
  it("matches known digests", () => {
    expect(sha256Base64("")).toBe("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    expect(sha256Base64("abc")).toBe("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  });

  it("matches node:crypto at block boundaries and on any text", () => {
    for (const n of [1, 55, 56, 57, 63, 64, 65, 119, 120, 1000]) expect(sha256Base64("x".repeat(n))).toBe(reference("x".repeat(n)));
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
        expect(sha256Base64(s)).toBe(reference(s));
      }),
    );
  });
});
