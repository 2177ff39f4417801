import { describe, expect, it } from "vitest";
import { cityDateTimeToDate, createPressReleaseSchema, listFilterSchema, scheduleSchema, updatePressReleaseSchema } from "./schema";

const base = { title: "T", perex: "P", bodyHtml: "" };
const uuid = "00000000-0000-4000-8000-000000000001";

describe("createPressReleaseSchema", () => {
  it("defaults the language to Czech and the lists to empty (no checkbox ticked)", () => {
    expect(createPressReleaseSchema.parse(base)).toMatchObject({ language: "cs", topicIds: [], resolutionIds: [] });
  });

  it("takes one chosen topic as a string and an empty select as no contact person", () => {
    expect(createPressReleaseSchema.parse({ ...base, topicIds: uuid, contactPersonId: "", dateline: " " })).toMatchObject({
      topicIds: [uuid],
      contactPersonId: undefined,
      dateline: undefined,
    });
  });

  it("refuses unknown keys", () => {
    expect(createPressReleaseSchema.safeParse({ ...base, slug: "x" }).success).toBe(false);
  });
});

describe("updatePressReleaseSchema", () => {
  it("keeps the language absent when the form does not send it, and coerces the version", () => {
    const parsed = updatePressReleaseSchema.parse({ ...base, id: uuid, version: "3" });
    expect(parsed.version).toBe(3);
    expect(parsed.language).toBeUndefined();
  });
});

describe("scheduleSchema and cityDateTimeToDate", () => {
  it("accepts datetime-local and ISO values and refuses other text", () => {
    expect(scheduleSchema.safeParse({ id: uuid, version: 0, publishAt: "2026-03-03T10:00" }).success).toBe(true);
    expect(scheduleSchema.safeParse({ id: uuid, version: 0, publishAt: "2026-03-03T10:00:00Z", embargoUntil: "" }).success).toBe(true);
    expect(scheduleSchema.safeParse({ id: uuid, version: 0, publishAt: "3. 3. 2026" }).success).toBe(false);
  });

  it("reads wall-clock time in the city's zone, winter and summer", () => {
    expect(cityDateTimeToDate("2026-01-15T10:00", "Europe/Prague").toISOString()).toBe("2026-01-15T09:00:00.000Z");
    expect(cityDateTimeToDate("2026-07-15T10:00", "Europe/Prague").toISOString()).toBe("2026-07-15T08:00:00.000Z");
    expect(cityDateTimeToDate("2026-07-15T10:00:00+02:00", "Europe/Prague").toISOString()).toBe("2026-07-15T08:00:00.000Z");
  });
});

describe("listFilterSchema", () => {
  it("drops wrong values instead of failing", () => {
    expect(listFilterSchema.parse({ status: "NOPE", sort: "x", page: "0", q: "" })).toEqual({ sort: "updatedAt", page: 1 });
  });
});
