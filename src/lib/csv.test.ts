import { describe, expect, it } from "vitest";
import { CsvError, detectDelimiter, parseCsv } from "./csv";

function csvError(run: () => unknown): CsvError {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error("expected a CsvError");
}

describe("parseCsv (RFC 4180)", () => {
  it("splits records on CRLF, LF and CR and fields on the delimiter", () => {
    expect(parseCsv("a,b\r\nc,d\ne,f\rg,h")).toEqual([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]]);
  });

  it("ignores one line break at the end, keeps empty fields", () => {
    expect(parseCsv("a,,c\n,,\n")).toEqual([["a", "", "c"], ["", "", ""]]);
  });

  it("reads quoted fields with delimiters, line breaks and doubled quotes", () => {
    expect(parseCsv('"a,b","line 1\r\nline 2","say ""hi""",plain\n"",x')).toEqual([
      ["a,b", "line 1\r\nline 2", 'say "hi"', "plain"],
      ["", "x"],
    ]);
  });

  it("keeps a quoted empty field at the very end", () => {
    expect(parseCsv('a,""')).toEqual([["a", ""]]);
    expect(parseCsv('""')).toEqual([[""]]);
  });

  it("drops a byte order mark and detects semicolons (Czech Excel)", () => {
    const text = '\uFEFForgán;číslo;název\nRM;1/2026;"Dotace; opravy"\n';
    expect(detectDelimiter(text.slice(1))).toBe(";");
    expect(parseCsv(text)).toEqual([["orgán", "číslo", "název"], ["RM", "1/2026", "Dotace; opravy"]]);
  });

  it("takes commas when they outnumber semicolons in the header, quotes not counted", () => {
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(",");
    expect(detectDelimiter("one")).toBe(",");
  });

  it("keeps a stray quote inside an unquoted field", () => {
    expect(parseCsv('a 5" b,c')).toEqual([['a 5" b', "c"]]);
  });

  it("refuses an unterminated quote and text after a closing quote, naming the record", () => {
    expect(csvError(() => parseCsv('a,b\nc,"never closed\n\nmore'))).toMatchObject({ key: "csvUnterminatedQuote", values: { row: 2 } });
    expect(csvError(() => parseCsv('a,b\n"x"y,z'))).toMatchObject({ key: "csvTextAfterQuote", values: { row: 2 } });
  });

  it("stops at the record limit", () => {
    expect(csvError(() => parseCsv("h\n1\n2\n3\n", { maxRecords: 3 }))).toMatchObject({ key: "csvTooManyRows", values: { max: 2 } });
    expect(parseCsv("h\n1\n2\n", { maxRecords: 3 })).toHaveLength(3);
  });

  it("parses an empty text to no records", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\uFEFF")).toEqual([]);
  });
});
