import { describe, expect, it } from "vitest";
import { CsvError, normalizeHeader } from "@/lib/csv";
import { readResolutionCsv } from "./csv";

function csvError(run: () => unknown): CsvError {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error("expected a CsvError");
}

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
