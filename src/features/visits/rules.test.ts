import { describe, expect, it } from "vitest";
import { budgetTotals, parseMoney, parseRate, toCzkMinor } from "./budget";
import { findInternalClashes, overlaps } from "./clashes";
import { allowedActions, transitionRefusal, type VisitFacts } from "./policy";
import { byPrecedence } from "./precedence";
import { releaseFromReport, reportParagraphs } from "./release-draft";

const at = (hhmm: string, day = "2026-05-12") => new Date(`${day}T${hhmm}:00Z`);

describe("visit workflow (policy)", () => {
  const ready: VisitFacts = { status: "PLANNED", startDate: "2026-05-12", programmeCount: 3, guestCount: 6, requestedBookings: 0 };

  it("walks DRAFT → PLANNED → CONFIRMED → COMPLETED and refuses skipping or leaving an end state", () => {
    expect(transitionRefusal({ ...ready, status: "DRAFT" }, "PLANNED", "2026-05-01")).toBeNull();
    expect(transitionRefusal({ ...ready, status: "DRAFT" }, "CONFIRMED", "2026-05-01")).toBe("visitWrongStatus");
    expect(transitionRefusal(ready, "CONFIRMED", "2026-05-01")).toBeNull();
    expect(transitionRefusal({ ...ready, status: "CONFIRMED" }, "COMPLETED", "2026-05-12")).toBeNull();
    expect(transitionRefusal({ ...ready, status: "COMPLETED" }, "CANCELLED", "2026-05-20")).toBe("visitWrongStatus");
    expect(transitionRefusal({ ...ready, status: "CANCELLED" }, "PLANNED", "2026-05-20")).toBe("visitWrongStatus");
  });

  it("confirms only with guests, a programme and no booking still requested", () => {
    expect(transitionRefusal({ ...ready, guestCount: 0 }, "CONFIRMED", "2026-05-01")).toBe("visitNoGuests");
    expect(transitionRefusal({ ...ready, programmeCount: 0 }, "CONFIRMED", "2026-05-01")).toBe("visitNoProgramme");
    expect(transitionRefusal({ ...ready, requestedBookings: 1 }, "CONFIRMED", "2026-05-01")).toBe("visitBookingsUnconfirmed");
  });

  it("completes only from the first day on, and says which buttons apply", () => {
    expect(transitionRefusal({ ...ready, status: "CONFIRMED" }, "COMPLETED", "2026-05-11")).toBe("visitNotStarted");
    const actions = allowedActions({ ...ready, status: "COMPLETED" }, "2026-05-20");
    expect(actions).toMatchObject({ transitions: [], editPlan: false, editRecords: true, writeReport: true });
    expect(allowedActions(ready, "2026-05-01").transitions.map((transition) => transition.to)).toEqual(["CONFIRMED", "DRAFT", "CANCELLED"]);
  });
});

describe("protocol precedence", () => {
  it("orders the delegation before the city's people, by rank, then by name", () => {
    const people = [
      { side: "CITY", rank: 1, name: "Starostka" },
      { side: "DELEGATION", rank: 3, name: "Člen C" },
      { side: "DELEGATION", rank: 1, name: "Vedoucí" },
      { side: "DELEGATION", rank: 2, name: "Čermák" },
      { side: "DELEGATION", rank: 2, name: "Adam" },
      { side: "CITY", rank: 2, name: "Místostarosta" },
    ];
    expect(byPrecedence(people).map((person) => person.name)).toEqual(["Vedoucí", "Adam", "Čermák", "Člen C", "Starostka", "Místostarosta"]);
    expect(people[0].name).toBe("Starostka"); // the input is left as it was
  });
});

describe("budget", () => {
  it("reads amounts as people type them", () => {
    expect(parseMoney("1 234,50")).toBe(123450);
    expect(parseMoney("1234.5")).toBe(123450);
    expect(parseMoney("25000")).toBe(2500000);
    expect(parseMoney("12,345")).toBeNull();
    expect(parseMoney("-5")).toBeNull();
    expect(parseMoney("abc")).toBeNull();
    expect(parseRate("25,125")).toBe("25.125");
    expect(parseRate("0")).toBeNull();
  });

  it("converts at the entered rate to whole haléře and totals planned vs actual in CZK", () => {
    expect(toCzkMinor(48050, "24.985")).toBe(1200529); // 480.50 EUR × 24.985 = 12 005.2925 CZK
    expect(toCzkMinor(100, "5.87")).toBe(587);
    const totals = budgetTotals(
      [
        { category: "ACCOMMODATION", plannedMinor: 2000000, actualMinor: 1850000, currency: "CZK", rateToCzk: "1" },
        { category: "MEALS", plannedMinor: 40000, actualMinor: 48050, currency: "EUR", rateToCzk: "24.985" },
        { category: "GIFTS", plannedMinor: 50000, actualMinor: null, currency: "PLN", rateToCzk: "5.87" },
      ],
      3000000,
    );
    expect(totals.plannedCzkMinor).toBe(2000000 + 999400 + 293500);
    expect(totals.actualCzkMinor).toBe(1850000 + 1200529);
    expect(totals.remainingCzkMinor).toBe(3000000 - 3050529);
    expect(totals.overBudget).toBe(true);
    expect(totals.byCategory.MEALS).toEqual({ plannedCzkMinor: 999400, actualCzkMinor: 1200529 });
  });
});

describe("programme clashes", () => {
  it("are half-open: back to back is no clash", () => {
    expect(overlaps({ startsAt: at("10:00"), endsAt: at("11:00") }, { startsAt: at("11:00"), endsAt: at("12:00") })).toBe(false);
    expect(overlaps({ startsAt: at("10:00"), endsAt: at("11:00") }, { startsAt: at("10:59"), endsAt: at("12:00") })).toBe(true);
  });

  it("flag the same person in two overlapping items, not different people or other days", () => {
    const items = [
      { id: "a", startsAt: at("10:00"), endsAt: at("11:30"), activity: "Přijetí na radnici", participantIds: ["mayor", "guest"] },
      { id: "b", startsAt: at("11:00"), endsAt: at("12:00"), activity: "Tisková konference", participantIds: ["mayor"] },
      { id: "c", startsAt: at("11:00"), endsAt: at("12:00"), activity: "Prohlídka", participantIds: ["deputy"] },
      { id: "d", startsAt: at("10:30", "2026-05-13"), endsAt: at("11:00", "2026-05-13"), activity: "Jindy", participantIds: ["mayor"] },
    ];
    expect(findInternalClashes(items)).toEqual([
      { participantId: "mayor", first: { id: "a", activity: "Přijetí na radnici", startsAt: at("10:00").toISOString() }, second: { id: "b", activity: "Tisková konference", startsAt: at("11:00").toISOString() } },
    ]);
  });
});

describe("a press release from the report", () => {
  it("takes the title, the first paragraph as the perex and a body skeleton, escaped", () => {
    expect(reportParagraphs("Jedna\nvěta.\n\n\nDruhý <odstavec>.")).toEqual(["Jedna věta.", "Druhý <odstavec>."]);
    const draft = releaseFromReport(
      {
        direction: "INCOMING",
        title: "Návštěva z Lindenau",
        counterpart: "Lindenau an der Mulde (Německo)",
        report: "Delegace přijela.\n\nDruhý <b>odstavec</b>.",
        participants: [{ side: "DELEGATION", name: "Dr. Anna Beispiel", function: "primátorka" }, { side: "CITY", name: "Starostka", function: null }],
        programme: [{ startsAt: new Date("2026-05-12T08:00:00Z"), activity: "Přijetí", place: "Radnice" }],
      },
      "Europe/Prague",
    );
    expect(draft.title).toBe("Návštěva delegace: Lindenau an der Mulde (Německo)");
    expect(draft.perex).toBe("Delegace přijela.");
    expect(draft.bodyHtml).toContain("<p>Druhý &lt;b&gt;odstavec&lt;/b&gt;.</p>");
    expect(draft.bodyHtml).toContain("<li>12. 5. 10:00 – Přijetí (Radnice)</li>");
    expect(draft.bodyHtml).toContain("<li>Dr. Anna Beispiel, primátorka</li>");
    expect(draft.bodyHtml).not.toContain("Starostka");
  });
});
