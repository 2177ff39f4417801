import { describe, expect, it } from "vitest";
import { CsvError, detectDelimiter, normalizeHeader, parseCsv, readResolutionCsv } from "./csv";

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

describe("readResolutionCsv", () => {
  it("maps Czech headers without regard to case and diacritics, numbers rows as a spreadsheet does", () => {
    const text = '\uFEFFORGÁN;Cislo;Datum;Název;Text;Odkaz;\r\nRM;1/2026;14. 3. 2026;Dotace;"řádek 1\r\nřádek 2";;\r\n;;;;;;\r\nZM;2/2026;14.3.2026;Rozpočet;;https://example.cz;\r\n';
    expect(readResolutionCsv(text, 100)).toEqual([
      { row: 2, values: { body: "RM", number: "1/2026", adoptedOn: "14. 3. 2026", title: "Dotace", text: "řádek 1\r\nřádek 2", url: "" }, extraCells: false },
      { row: 4, values: { body: "ZM", number: "2/2026", adoptedOn: "14.3.2026", title: "Rozpočet", text: "", url: "https://example.cz" }, extraCells: false },
    ]);
  });

  it("accepts the English headers in any order, without the optional columns", () => {
    expect(readResolutionCsv("title,adoptedOn,number,body\nT,2026-03-14,5/2026,rm\n", 10)).toEqual([
      { row: 2, values: { title: "T", adoptedOn: "2026-03-14", number: "5/2026", body: "rm" }, extraCells: false },
    ]);
  });

  it("flags cells beyond the header", () => {
    expect(readResolutionCsv("body,number,adoptedOn,title\nRM,1/2026,2026-01-01,T,surplus\n", 10)[0].extraCells).toBe(true);
  });

  it("refuses unknown, missing and doubled columns, an empty file and a header alone", () => {
    expect(csvError(() => readResolutionCsv("body,number,adoptedOn,title,author\n", 10))).toMatchObject({ key: "csvUnknownColumns", values: { columns: "author" } });
    expect(csvError(() => readResolutionCsv("body,number\nRM,1/2026\n", 10))).toMatchObject({ key: "csvMissingColumns" });
    expect(csvError(() => readResolutionCsv("body,orgán,number,adoptedOn,title\n", 10))).toMatchObject({ key: "csvDuplicateColumn" });
    expect(csvError(() => readResolutionCsv("\n\n", 10))).toMatchObject({ key: "csvEmpty" });
    expect(csvError(() => readResolutionCsv("body,number,adoptedOn,title\n", 10))).toMatchObject({ key: "csvNoRows" });
  });

  it("limits the number of rows", () => {
    const rows = Array.from({ length: 6 }, (_, i) => `RM,${i + 1}/2026,2026-01-01,T`).join("\n");
    expect(csvError(() => readResolutionCsv(`body,number,adoptedOn,title\n${rows}`, 5))).toMatchObject({ key: "csvTooManyRows", values: { max: 5 } });
    expect(readResolutionCsv(`body,number,adoptedOn,title\n${rows}`, 6)).toHaveLength(6);
  });

  it("normalises header names", () => {
    expect(normalizeHeader(" Číslo usnesení ")).toBe("cislousneseni");
    expect(normalizeHeader("adopted_on")).toBe("adoptedon");
  });
});
