import { describe, expect, it } from "vitest";
import { htmlToText, matchKeywords, normalizeText, normalizeUrl, syndicationKey } from "./text";

const keywords = [
  { term: "Horní Lhota", exclusions: ["Horní Lhota u Brna"], topic: "Město" },
  { term: "primátor*", exclusions: [], topic: "Vedení města" },
  { term: "usti", exclusions: ["Ústí nad Orlicí"], topic: "Region" },
  { term: "lávka", exclusions: [], topic: "Doprava" },
];

describe("keyword matching", () => {
  it("ignores case and diacritics both ways", () => {
    expect(normalizeText("Ústí nad Labem!")).toBe("usti nad labem");
    expect(matchKeywords({ title: "Ústí chystá festival", text: "" }, keywords)?.terms).toEqual(["usti"]);
    expect(matchKeywords({ title: "HORNI LHOTA opraví most", text: "" }, keywords)?.topics).toEqual(["Město"]);
    expect(matchKeywords({ title: "Lavka je hotova", text: "" }, keywords)?.terms).toEqual(["lávka"]);
  });

  it("matches whole words and phrases; a trailing * matches any ending", () => {
    expect(matchKeywords({ title: "Primátorka Horní Lhoty řekla", text: "" }, keywords)?.terms).toEqual(["primátor*"]);
    expect(matchKeywords({ title: "Zprávy z Lhoty", text: "horní patro" }, keywords)).toBeNull();
    expect(matchKeywords({ title: "Ústecký kraj", text: "" }, keywords)).toBeNull();
    // A phrase does not match across the title/text boundary.
    expect(matchKeywords({ title: "Dnes horní", text: "Lhota" }, keywords)).toBeNull();
  });

  it("drops a keyword whose exclusion occurs", () => {
    expect(matchKeywords({ title: "Horní Lhota u Brna otevřela hřiště", text: "" }, keywords)).toBeNull();
    expect(matchKeywords({ title: "Ústí nad Orlicí", text: "" }, keywords)).toBeNull();
    // Other keywords still count.
    expect(matchKeywords({ title: "Horní Lhota u Brna a primátorka", text: "" }, keywords)?.terms).toEqual(["primátor*"]);
  });

  it("scores relevance: title over text, more keywords higher, at most 5", () => {
    expect(matchKeywords({ title: "Nic", text: "lávka" }, keywords)?.relevance).toBe(2);
    expect(matchKeywords({ title: "Lávka", text: "" }, keywords)?.relevance).toBe(3);
    expect(matchKeywords({ title: "Primátor Horní Lhoty a lávka v Ústí", text: "" }, keywords)?.relevance).toBe(5);
  });
});

describe("syndication and URLs", () => {
  it("gives copies of one story the same key, without the outlet's suffix", () => {
    const a = syndicationKey("Primátorka Horní Lhoty: lávka přes Lhotku bude hotová do jara");
    expect(a).toBe(syndicationKey("Primátorka Horní Lhoty: lávka přes Lhotku bude hotová do jara | Podhůří dnes"));
    expect(a).toBe(syndicationKey("VIDEO: Primátorka Horní Lhoty – lávka přes Lhotku bude hotová do jara"));
    expect(syndicationKey("Zprávy")).toBeNull();
  });

  it("normalises URLs: tracking parameters, fragments, scheme and host case", () => {
    expect(normalizeUrl("https://Example.org/a/?utm_source=rss&b=2&a=1#x")).toBe("example.org/a?a=1&b=2");
    expect(normalizeUrl("http://example.org/a")).toBe(normalizeUrl("https://example.org/a/"));
    expect(normalizeUrl("javascript:alert(1)")).toBeNull();
    expect(normalizeUrl("not a url")).toBeNull();
  });

  it("turns HTML into text", () => {
    expect(htmlToText("<p>Ahoj <b>světe</b> &amp; &#382;&#x161;</p><script>alert(1)</script>")).toBe("Ahoj světe & žš");
  });
});
