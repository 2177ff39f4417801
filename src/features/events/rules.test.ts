import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { eventBudgetTotals, lineOverrun, withVat } from "./budget";
import { buildEventsIcs } from "./ics";
import { budgetNeedsApproval, transitionRefusal, type EventFacts } from "./policy";
import { dueDay, TASK_TEMPLATES } from "./templates";

const facts = (overrides: Partial<EventFacts> = {}): EventFacts => ({ status: "PLANNED", startDate: "2030-11-29", plannedMinor: 0, approvedMinor: null, limitMinor: 10_000_000, evaluationNote: "", ...overrides });

describe("event policy", () => {
  it("walks IDEA → PLANNED → CONFIRMED → HELD → EVALUATED and refuses jumps", () => {
    expect(transitionRefusal(facts({ status: "IDEA" }), "PLANNED", "2030-01-01")).toBeNull();
    expect(transitionRefusal(facts({ status: "IDEA" }), "HELD", "2030-12-01")).toBe("eventWrongStatus");
    expect(transitionRefusal(facts({ status: "CONFIRMED" }), "HELD", "2030-11-28")).toBe("eventNotStarted");
    expect(transitionRefusal(facts({ status: "CONFIRMED" }), "HELD", "2030-11-29")).toBeNull();
    expect(transitionRefusal(facts({ status: "HELD" }), "EVALUATED", "2030-12-30")).toBe("eventNoEvaluation");
    expect(transitionRefusal(facts({ status: "HELD", evaluationNote: "ok" }), "EVALUATED", "2030-12-30")).toBeNull();
    expect(transitionRefusal(facts({ status: "HELD" }), "CANCELLED", "2030-12-30")).toBe("eventWrongStatus");
  });
  it("a budget above the limit needs the head's approval of at least its planned total", () => {
    expect(budgetNeedsApproval({ plannedMinor: 10_000_000, approvedMinor: null, limitMinor: 10_000_000 })).toBe(false);
    expect(budgetNeedsApproval({ plannedMinor: 10_000_001, approvedMinor: null, limitMinor: 10_000_000 })).toBe(true);
    expect(budgetNeedsApproval({ plannedMinor: 15_000_000, approvedMinor: 15_000_000, limitMinor: 10_000_000 })).toBe(false);
    expect(budgetNeedsApproval({ plannedMinor: 16_000_000, approvedMinor: 15_000_000, limitMinor: 10_000_000 })).toBe(true);
    expect(transitionRefusal(facts({ plannedMinor: 16_000_000 }), "CONFIRMED", "2030-01-01")).toBe("eventBudgetNotApproved");
  });
});

describe("event budget", () => {
  it("sums planned and actual with VAT and flags overruns", () => {
    const lines = [
      { plannedMinor: 100_00, actualMinor: 120_00, vatPercent: 21 },
      { plannedMinor: 50_00, actualMinor: null, vatPercent: 0 },
    ];
    expect(lineOverrun(lines[0])).toBe(true);
    expect(withVat(100_01, 21)).toBe(121_01);
    expect(eventBudgetTotals(lines)).toEqual({ plannedMinor: 150_00, actualMinor: 120_00, differenceMinor: -30_00, plannedWithVatMinor: 171_00, actualWithVatMinor: 145_20, overrun: false });
  });
});

describe("templates and ICS", () => {
  it("the Christmas market has its twenty recurring tasks", () => {
    expect(TASK_TEMPLATES.find((template) => template.slug === "christmas-market")?.tasks).toHaveLength(20);
    expect(dueDay("2030-03-01", 1)).toBe("2030-02-28");
  });
  it("multi-day all-day events parse with ical.js, text escaped", () => {
    const ics = buildEventsIcs({
      prodId: "-//Herald//test//CS",
      name: "Akce; města",
      now: new Date("2030-01-01T00:00:00Z"),
      events: [{ uid: "a@test", startDate: "2030-12-30", endDate: "2031-01-01", summary: "Silvestr, ohňostroj; náměstí", description: "Řádek 1\nŘádek 2 ".repeat(20), cancelled: true }],
    });
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const [vevent] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(vevent.summary).toBe("Silvestr, ohňostroj; náměstí");
    expect(vevent.startDate.isDate).toBe(true);
    expect(vevent.startDate.toString()).toBe("2030-12-30");
    expect(vevent.endDate.toString()).toBe("2031-01-02");
    expect(vevent.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});
