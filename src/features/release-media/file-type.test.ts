import { describe, expect, it } from "vitest";
import { detectFileType, safeFileName } from "./file-type";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...part].map((char) => char.charCodeAt(0)) : part)));

describe("detectFileType (magic bytes)", () => {
  it.each([
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF"), "image/jpeg"],
    ["PNG", bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "image/png"],
    ["WebP", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), "image/webp"],
    ["PDF", bytes("%PDF-1.7\n%âãÏÓ\n"), "application/pdf"],
  ])("recognizes %s", (_name, input, expected) => {
    expect(detectFileType(input)).toBe(expected);
  });

  it.each([
    ["HTML named .pdf", bytes("<!DOCTYPE html><script>alert(1)</script>")],
    ["HTML after a BOM", bytes([0xef, 0xbb, 0xbf], "<html>%PDF-")],
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
    ["GIF", bytes("GIF89a")],
    ["RIFF that is not WebP (WAV)", bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt ")],
    ["truncated JPEG", bytes([0xff, 0xd8])],
    ["truncated PNG", bytes([0x89], "PN")],
    ["PDF marker not at the start", bytes(" %PDF-1.4")],
    ["Windows executable", bytes("MZ", [0x90, 0])],
    ["ZIP (e.g. DOCX)", bytes("PK", [3, 4])],
    ["empty", new Uint8Array()],
  ])("refuses %s", (_name, input) => {
    expect(detectFileType(input)).toBeNull();
  });
});

describe("safeFileName", () => {
  it("keeps the name, drops folders and the sender's extension, uses the stored type's", () => {
    expect(safeFileName("C:\\Users\\jana\\Radnice – jaro.PNG", "jpg", "photo")).toBe("Radnice – jaro.jpg");
    expect(safeFileName("../../etc/passwd", "pdf", "document")).toBe("passwd.pdf");
    expect(safeFileName('a"b;c\r\nd.pdf', "pdf", "document")).toBe("abcd.pdf");
  });

  it("falls back when nothing is left", () => {
    expect(safeFileName("", "pdf", "document")).toBe("document.pdf");
    expect(safeFileName(".htaccess", "jpg", "photo")).toBe("photo.jpg");
  });
});

describe("formatBytes", () => {
  it("shows kB and MB in the locale", async () => {
    const { formatBytes } = await import("./format");
    expect(formatBytes(1_572_864, "en")).toBe("1.5 MB");
    expect(formatBytes(1_572_864, "cs")).toBe("1,5 MB");
    expect(formatBytes(300, "en")).toBe("1 kB");
  });
});
