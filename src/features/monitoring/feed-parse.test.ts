import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeFeed, detectCharset, FeedError, parseFeedItems } from "./feed-parse";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(process.cwd(), "tests/fixtures/feeds", name)));

describe("feed parsing", () => {
  it("reads RSS 2.0 with CDATA, HTML, entities and odd or missing dates", () => {
    const items = parseFeedItems(decodeFeed(fixture("lhotsky-denik.rss.xml"), "application/rss+xml"));
    expect(items).toHaveLength(6);
    expect(items[0]).toMatchObject({
      guid: "ld-2026-48211",
      title: "Primátorka Horní Lhoty: lávka přes Lhotku bude hotová do jara",
      excerpt: "Rekonstrukce lávky u Horní Lhoty pokračuje podle plánu, řekla primátorka.",
      author: "Petra Nováková",
    });
    expect(items[0].publishedAt?.toISOString()).toBe("2026-11-16T07:00:00.000Z");
    expect(items[1].excerpt).toBe("Rozpočet & investice: město počítá se schodkem 42 milionů korun.");
    expect(items[1].publishedAt?.toISOString()).toBe("2026-11-16T06:15:00.000Z");
    expect(items[2].publishedAt).toBeNull();
  });

  it("reads Atom 1.0 (HTML titles and summaries, published or updated)", () => {
    const items = parseFeedItems(decodeFeed(fixture("podhuri-dnes.atom.xml"), "application/atom+xml; charset=utf-8"));
    expect(items.map((item) => item.url)).toEqual(["https://podhuri-dnes.example/clanek/9911", "https://podhuri-dnes.example/clanek/9912"]);
    expect(items[0].excerpt).toBe("Převzato od ČTK: lávka u Horní Lhoty bude hotová do jara.");
    expect(items[1].excerpt).toBe("Obyvatelé si stěžují na cenu parkování.");
    expect(items[1].publishedAt?.toISOString()).toBe("2026-11-15T18:00:00.000Z");
  });

  it("decodes windows-1250 named by the XML declaration or by the Content-Type", () => {
    const bytes = fixture("zpravodaj-podhuri.windows-1250.xml");
    expect(detectCharset(bytes, "text/xml")).toBe("windows-1250");
    expect(detectCharset(bytes, "text/xml; charset=ISO-8859-2")).toBe("iso-8859-2");
    const [item] = parseFeedItems(decodeFeed(bytes, "application/rss+xml"));
    expect(item.title).toBe("Žáci ze základní školy v Horní Lhotě uklízeli břehy řeky");
  });

  it("refuses entity declarations (billion laughs, external entities) and malformed XML", () => {
    for (const name of ["billion-laughs.xml", "external-entity.xml"]) {
      expect(() => parseFeedItems(decodeFeed(fixture(name), null))).toThrow(FeedError);
    }
    expect(() => parseFeedItems(decodeFeed(fixture("malformed.xml"), null))).toThrow(FeedError);
    expect(() => parseFeedItems("<html><body>Not a feed</body></html>")).toThrow(FeedError);
    expect(() => decodeFeed(new Uint8Array([60]), "text/xml; charset=x-unknown-42")).toThrow(FeedError);
  });
});
