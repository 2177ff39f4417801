import { describe, expect, it } from "vitest";
import { newsroomHref, parseNewsroomParams } from "./search-params";

describe("newsroom URL parameters", () => {
  it("read the GET form's fields", () => {
    expect(parseNewsroomParams({ q: " usti ", topic: "doprava", year: "2026", lang: "en", page: "3" })).toEqual({
      q: "usti",
      topicSlug: "doprava",
      year: 2026,
      language: "en",
      page: 3,
    });
  });

  it("drop empty and odd values instead of failing (a shared or hand-edited URL still works)", () => {
    expect(parseNewsroomParams({ q: "", topic: "<b>", year: "x", lang: "xx", page: "-1" })).toEqual({});
    expect(parseNewsroomParams({ q: ["first", "second"], page: "abc" })).toEqual({ q: "first" });
    expect(parseNewsroomParams({ q: "x".repeat(201) })).toEqual({});
  });

  it("write bookmarkable links that keep the filters", () => {
    expect(newsroomHref({})).toBe("/newsroom");
    expect(newsroomHref({ q: "lávka & most", topicSlug: "doprava", year: 2026, language: "cs" }, 2)).toBe(
      "/newsroom?q=l%C3%A1vka+%26+most&topic=doprava&year=2026&lang=cs&page=2",
    );
    expect(newsroomHref({ q: "x" }, 1)).toBe("/newsroom?q=x");
  });
});
