import { describe, expect, it } from "vitest";
import { contentDisposition } from "./download";
import { storageKeysOf, variantKey } from "./storage-keys";

describe("storage keys of a media file", () => {
  const base = "0196a0e4-7a1b-7c3d-8e4f-0123456789ab";
  it("derives the web version of a photo and nothing for a PDF", () => {
    expect(variantKey(`${base}-full.jpg`, "web")).toBe(`${base}-web.jpg`);
    expect(variantKey(`${base}-full.webp`, "full")).toBe(`${base}-full.webp`);
    expect(variantKey(`${base}-orig.pdf`, "web")).toBe(`${base}-orig.pdf`);
    expect(storageKeysOf(`${base}-full.jpg`)).toEqual([`${base}-full.jpg`, `${base}-web.jpg`]);
    expect(storageKeysOf(`${base}-orig.pdf`)).toEqual([`${base}-orig.pdf`]);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name (RFC 6266/5987)", () => {
    expect(contentDisposition("attachment", "Rozpočet 2027 (návrh).pdf")).toBe(
      `attachment; filename="Rozpocet 2027 (navrh).pdf"; filename*=UTF-8''Rozpo%C4%8Det%202027%20%28n%C3%A1vrh%29.pdf`,
    );
    expect(contentDisposition("inline", 'a"b\\c.jpg')).toBe(`inline; filename="a_b_c.jpg"; filename*=UTF-8''a%22b%5Cc.jpg`);
  });
});
