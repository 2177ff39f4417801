import { describe, expect, it } from "vitest";
import { diffLines } from "./diff";
import { slug } from "./export-slug";
import {
  adOrderTotals,
  articleTransitionAllowed,
  councilBalance,
  countChars,
  daysBetween,
  isValidIco,
  issueLateness,
  issueTransitionAllowed,
  lengthState,
  pageFill,
} from "./policy";

describe("issue workflow", () => {
  it("moves one step forward, one back only before the printer", () => {
    expect(issueTransitionAllowed("PLANNING", "EDITING")).toBe(true);
    expect(issueTransitionAllowed("EDITING", "PROOFREADING")).toBe(true);
    expect(issueTransitionAllowed("PROOFREADING", "AT_PRINTER")).toBe(true);
    expect(issueTransitionAllowed("AT_PRINTER", "DISTRIBUTED")).toBe(true);
    expect(issueTransitionAllowed("PROOFREADING", "EDITING")).toBe(true);
    expect(issueTransitionAllowed("PLANNING", "PROOFREADING")).toBe(false);
    expect(issueTransitionAllowed("AT_PRINTER", "PROOFREADING")).toBe(false);
    expect(issueTransitionAllowed("DISTRIBUTED", "AT_PRINTER")).toBe(false);
    expect(issueTransitionAllowed("EDITING", "EDITING")).toBe(false);
  });
});

describe("article workflow", () => {
  it.each([
    ["SUBMITTED", "EDITING", true],
    ["SUBMITTED", "APPROVED", false],
    ["SUBMITTED", "REJECTED", true],
    ["EDITING", "PROOFREADING", true],
    ["EDITING", "APPROVED", false],
    ["PROOFREADING", "APPROVED", true],
    ["PROOFREADING", "EDITING", true],
    ["APPROVED", "PLACED", true],
    ["APPROVED", "REJECTED", false],
    ["PLACED", "APPROVED", true],
    ["REJECTED", "EDITING", true],
    ["REJECTED", "APPROVED", false],
  ] as const)("%s → %s: %s", (from, to, allowed) => {
    expect(articleTransitionAllowed(from, to)).toBe(allowed);
  });
});

describe("length", () => {
  it("counts characters with spaces, runs of spaces once, diacritics as one", () => {
    expect(countChars("Žluťoučký kůň")).toBe(13);
    expect(countChars("a  b\t c ")).toBe(5);
    expect(countChars("Titulek", "", "Text\r\n\r\nDalší")).toBe(7 + 0 + 11);
    // A decomposed "é" (e + combining accent) counts like the composed one.
    expect(countChars("e\u0301")).toBe(1);
    expect(countChars("")).toBe(0);
  });
  it("reports over and near the allotted space", () => {
    expect(lengthState(1000, null)).toBe("ok");
    expect(lengthState(900, 1000)).toBe("ok");
    expect(lengthState(960, 1000)).toBe("near");
    expect(lengthState(1000, 1000)).toBe("near");
    expect(lengthState(1001, 1000)).toBe("over");
  });
});

describe("lateness", () => {
  const issue = { status: "EDITING" as const, editorialDeadline: "2026-03-10", adDeadline: "2026-03-12", printDate: "2026-03-20", distributionDate: "2026-03-25" };
  it("nothing is late before the deadlines", () => {
    expect(issueLateness(issue, "2026-03-10", { openArticles: 3, adsWithoutArtwork: 2 })).toEqual([]);
  });
  it("the editorial deadline is late with open articles; the ad deadline with artwork missing", () => {
    expect(issueLateness(issue, "2026-03-13", { openArticles: 3, adsWithoutArtwork: 2 })).toEqual(["editorialDeadline", "adDeadline"]);
    expect(issueLateness(issue, "2026-03-13", { openArticles: 0, adsWithoutArtwork: 0 })).toEqual(["editorialDeadline"]);
    expect(issueLateness({ ...issue, status: "PROOFREADING" }, "2026-03-13", { openArticles: 0, adsWithoutArtwork: 0 })).toEqual([]);
  });
  it("print and distribution days are late until the status is reached", () => {
    expect(issueLateness({ ...issue, status: "PROOFREADING" }, "2026-03-21", { openArticles: 0, adsWithoutArtwork: 0 })).toEqual(["printDate"]);
    expect(issueLateness({ ...issue, status: "AT_PRINTER" }, "2026-03-26", { openArticles: 0, adsWithoutArtwork: 1 })).toEqual(["distributionDate"]);
    expect(issueLateness({ ...issue, status: "DISTRIBUTED" }, "2026-04-26", { openArticles: 0, adsWithoutArtwork: 0 })).toEqual([]);
  });
  it("counts days", () => {
    expect(daysBetween("2026-03-01", "2026-03-10")).toBe(9);
    expect(daysBetween("2026-03-10", "2026-03-01")).toBe(-9);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // across the DST change
  });
});

describe("page fill", () => {
  it("adds articles by characters and ads by size; more than a page is overfilled", () => {
    const fills = pageFill(4, 5000, [
      { page: 1, chars: 2500, pageShareBp: null },
      { page: 1, chars: null, pageShareBp: 5000 },
      { page: 2, chars: 6000, pageShareBp: null },
      { page: 3, chars: null, pageShareBp: 2500 },
      { page: null, chars: 999, pageShareBp: null },
      { page: 9, chars: 999, pageShareBp: null },
    ]);
    expect(fills).toEqual([
      { page: 1, fillBp: 10_000, overfilled: false },
      { page: 2, fillBp: 12_000, overfilled: true },
      { page: 3, fillBp: 2_500, overfilled: false },
      { page: 4, fillBp: 0, overfilled: false },
    ]);
  });
});

describe("council balance", () => {
  it("compares shares of space with shares of seats", () => {
    const rows = councilBalance([
      { clubId: "a", name: "A", seats: 15, chars: 3000 },
      { clubId: "b", name: "B", seats: 10, chars: 6000 },
      { clubId: "c", name: "C", seats: 0, chars: 1000 },
    ]);
    expect(rows.map((row) => [row.seatShareBp, row.spaceShareBp, row.differenceBp])).toEqual([
      [6000, 3000, -3000],
      [4000, 6000, 2000],
      [0, 1000, 1000],
    ]);
  });
  it("with no space given everyone has 0 %", () => {
    expect(councilBalance([{ clubId: "a", name: "A", seats: 5, chars: 0 }])[0]).toMatchObject({ seatShareBp: 10000, spaceShareBp: 0 });
    expect(councilBalance([])).toEqual([]);
  });
});

describe("money and IDs", () => {
  it("VAT rounds half up to whole haléře", () => {
    expect(adOrderTotals(1_000_000, 21)).toEqual({ net: 1_000_000, vat: 210_000, gross: 1_210_000 });
    expect(adOrderTotals(150, 21)).toEqual({ net: 150, vat: 32, gross: 182 });
    expect(adOrderTotals(5000, 0)).toEqual({ net: 5000, vat: 0, gross: 5000 });
  });
  it("checks the IČO check digit", () => {
    expect(isValidIco("00064581")).toBe(true); // Prague
    expect(isValidIco("25596641")).toBe(true);
    expect(isValidIco("25596642")).toBe(false);
    expect(isValidIco("1234567")).toBe(false);
    expect(isValidIco("abcdefgh")).toBe(false);
  });
});

describe("revision diff and file names", () => {
  it("pairs changed lines side by side", () => {
    expect(diffLines("a\nb\nc", "a\nB\nc\nd")).toEqual([
      { kind: "same", left: "a", right: "a" },
      { kind: "changed", left: "b", right: "B" },
      { kind: "same", left: "c", right: "c" },
      { kind: "added", left: null, right: "d" },
    ]);
    expect(diffLines("x", "x")).toEqual([{ kind: "same", left: "x", right: "x" }]);
  });
  it("makes ASCII folder names", () => {
    expect(slug("Příliš žluťoučký kůň úpěl ďábelské ódy")).toBe("prilis-zlutoucky-kun-upel-dabelske-ody");
    expect(slug("!!!")).toBe("clanek");
  });
});
