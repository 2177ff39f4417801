import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeUser } from "../../../tests/support/factories";
import { pollDueSources } from "./ingest";
import { listClippings } from "./queries";
import { createKeyword, createSource } from "./service";

// Ingestion against a local HTTP server serving real-world-shaped feeds: RSS 2.0 and Atom, CDATA and HTML,
// missing and odd dates, windows-1250, 304 Not Modified, a huge, a slow, a malformed and a hostile feed.
// Each failure is recorded on its source and never stops the others.

const fixtures = path.join(process.cwd(), "tests/fixtures/feeds");
const file = (name: string) => readFileSync(path.join(fixtures, name));
const requests: Array<{ path: string; ifNoneMatch?: string }> = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? "/";
    requests.push({ path: url, ifNoneMatch: request.headers["if-none-match"] as string | undefined });
    const send = (status: number, body: Buffer | string, type = "application/rss+xml", extra: Record<string, string> = {}) => {
      response.writeHead(status, { "Content-Type": type, ...extra });
      response.end(body);
    };
    switch (url) {
      case "/denik.rss":
        if (request.headers["if-none-match"] === '"denik-v1"') return send(304, "");
        return send(200, file("lhotsky-denik.rss.xml"), "application/rss+xml; charset=utf-8", { ETag: '"denik-v1"', "Last-Modified": "Mon, 16 Nov 2026 08:10:00 GMT" });
      case "/podhuri.atom":
        return send(200, file("podhuri-dnes.atom.xml"), "application/atom+xml");
      case "/zpravodaj.xml":
        // No charset in the header: the XML declaration names windows-1250.
        return send(200, file("zpravodaj-podhuri.windows-1250.xml"), "text/xml");
      case "/malformed.xml":
        return send(200, file("malformed.xml"));
      case "/laughs.xml":
        return send(200, file("billion-laughs.xml"));
      case "/xxe.xml":
        return send(200, file("external-entity.xml"));
      case "/huge.xml": {
        // 6 MB streamed without a Content-Length: the byte limit is counted while reading.
        response.writeHead(200, { "Content-Type": "application/rss+xml" });
        response.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Velký</title>');
        const chunk = `<item><title>Horní Lhota ${"x".repeat(1000)}</title></item>`;
        let sent = 0;
        const pump = () => {
          while (sent < 6 * 1024 * 1024) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once("drain", pump);
          }
          response.end("</channel></rss>");
        };
        return pump();
      }
      case "/slow.xml":
        // Headers at once, then nothing: the time limit must cut the body off.
        response.writeHead(200, { "Content-Type": "application/rss+xml" });
        response.write('<?xml version="1.0"?><rss version="2.0"><channel>');
        return;
      case "/error.xml":
        return send(500, "Internal Server Error", "text/plain");
      default:
        return send(404, "not found", "text/plain");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("polling feeds", () => {
  it("stores matching items once, groups syndicated copies, records every failure on its own source", async () => {
    const { actor } = await makeUser({ roles: ["SPOKESPERSON"] });
    // Czech declension: "Horní Lhot*" finds Lhota, Lhoty, Lhotě.
    await createKeyword(actor, { term: "Horní Lhot*", exclusions: "Horní Lhota u Brna", topic: "Město" });
    await createKeyword(actor, { term: "primátor*", topic: "Vedení města" });
    await createKeyword(actor, { term: "lavka", topic: "Doprava" });
    const sources: Record<string, string> = {};
    for (const [name, feedPath] of Object.entries({
      denik: "/denik.rss",
      podhuri: "/podhuri.atom",
      zpravodaj: "/zpravodaj.xml",
      malformed: "/malformed.xml",
      laughs: "/laughs.xml",
      xxe: "/xxe.xml",
      huge: "/huge.xml",
      slow: "/slow.xml",
      error: "/error.xml",
    })) {
      sources[name] = (await createSource(actor, { outlet: `Test ${name}`, mediaType: "ONLINE", feedUrl: `${base}${feedPath}`, pollIntervalMinutes: "30", reach: "12000" })).id;
    }
    const now = new Date(Date.now() + 60_000);
    const results = await pollDueSources(now, { timeoutMs: 1500, concurrency: 4, allowPrivateAddresses: true });
    const bySource = new Map(results.map((result) => [result.sourceId, result]));
    expect(results).toHaveLength(9);

    // RSS: 6 items; the sport item matches no keyword, "u Brna" is excluded, the #komentare copy is the same URL.
    expect(bySource.get(sources.denik)).toMatchObject({ outcome: "ok", items: 6, created: 3 });
    const denik = await db.clipping.findMany({ where: { sourceId: sources.denik }, orderBy: { title: "asc" } });
    expect(denik.map((clipping) => clipping.title)).toEqual([
      "Primátorka Horní Lhoty: lávka přes Lhotku bude hotová do jara",
      "Radnice v Horní Lhotě mění otevírací dobu",
      "Zastupitelé Horní Lhoty schválili rozpočet na rok 2027",
    ]);
    const lead = denik[0];
    expect(lead).toMatchObject({ outlet: "Test denik", reach: 12000, status: "NEW", author: "Petra Nováková", topics: ["Město", "Vedení města", "Doprava"], matchedKeywords: ["Horní Lhot*", "primátor*", "lavka"] });
    expect(lead.publishedAt.toISOString()).toBe("2026-11-16T07:00:00.000Z");
    const undated = denik.find((clipping) => clipping.title.startsWith("Radnice"));
    expect(undated).toMatchObject({ publishedAtEstimated: true });
    expect(undated?.publishedAt.toISOString()).toBe(now.toISOString());

    // Atom: the syndicated copy shares the story's key; the critical article is stored too.
    expect(bySource.get(sources.podhuri)).toMatchObject({ outcome: "ok", created: 2 });
    const copy = await db.clipping.findFirstOrThrow({ where: { sourceId: sources.podhuri, url: "https://podhuri-dnes.example/clanek/9911" } });
    expect(copy.syndicationKey).toBe(lead.syndicationKey);
    const actorView = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
    const list = await listClippings(actorView, { story: lead.syndicationKey });
    expect(list.rows.map((row) => row.outlet).sort()).toEqual(["Test denik", "Test podhuri"]);
    expect(list.rows.find((row) => row.outlet === "Test denik")?.alsoIn).toEqual(["Test podhuri"]);

    // windows-1250, decoded.
    expect(bySource.get(sources.zpravodaj)).toMatchObject({ outcome: "ok", created: 1 });
    expect((await db.clipping.findFirstOrThrow({ where: { sourceId: sources.zpravodaj } })).title).toBe("Žáci ze základní školy v Horní Lhotě uklízeli břehy řeky");

    // Failures, each on its own source; nothing stored from them.
    const failures = { malformed: "malformed", laughs: "entitiesRefused", xxe: "entitiesRefused", huge: "tooLarge", slow: "timeout", error: "http 500" };
    for (const [name, code] of Object.entries(failures)) {
      expect(bySource.get(sources[name]), name).toMatchObject({ outcome: "failed", error: code });
      const source = await db.monitoringSource.findUniqueOrThrow({ where: { id: sources[name] } });
      expect(source).toMatchObject({ lastError: code, consecutiveFailures: 1 });
      expect(source.lastErrorAt?.toISOString()).toBe(now.toISOString());
      // Backed off: polled again after the interval (×1 on the first failure).
      expect(source.nextPollAt?.toISOString()).toBe(new Date(now.getTime() + 30 * 60_000).toISOString());
      expect(await db.clipping.count({ where: { sourceId: sources[name] } })).toBe(0);
    }
    const denikSource = await db.monitoringSource.findUniqueOrThrow({ where: { id: sources.denik } });
    expect(denikSource).toMatchObject({ etag: '"denik-v1"', lastModified: "Mon, 16 Nov 2026 08:10:00 GMT", lastError: null, consecutiveFailures: 0, lastItemCount: 6 });

    // Nothing is due before the interval: a second sweep polls nothing.
    expect(await pollDueSources(new Date(now.getTime() + 60_000), { timeoutMs: 1500, allowPrivateAddresses: true })).toEqual([]);

    // Half an hour later: a conditional GET answered 304; the rest again; duplicates are not stored twice.
    const later = new Date(now.getTime() + 31 * 60_000);
    const second = new Map((await pollDueSources(later, { timeoutMs: 1500, allowPrivateAddresses: true })).map((result) => [result.sourceId, result]));
    expect(second.get(sources.denik)).toMatchObject({ outcome: "notModified" });
    expect(requests.filter((request) => request.path === "/denik.rss").map((request) => request.ifNoneMatch)).toEqual([undefined, '"denik-v1"']);
    expect(second.get(sources.podhuri)).toMatchObject({ outcome: "ok", created: 0 });
    expect(await db.clipping.count({ where: { sourceId: sources.podhuri } })).toBe(2);
    const failedTwice = await db.monitoringSource.findUniqueOrThrow({ where: { id: sources.error } });
    expect(failedTwice.consecutiveFailures).toBe(2);
    expect(failedTwice.nextPollAt?.toISOString()).toBe(new Date(later.getTime() + 2 * 30 * 60_000).toISOString());
  }, 30_000);

  it("refuses feeds on loopback and private addresses unless allowed, by address literal and by name (SSRF)", async () => {
    const { actor } = await makeUser({ roles: ["SPOKESPERSON"] });
    const port = new URL(base).port;
    const literal = await createSource(actor, { outlet: "Interní adresa", mediaType: "ONLINE", feedUrl: `http://127.0.0.1:${port}/podhuri.atom` });
    const named = await createSource(actor, { outlet: "Interní jméno", mediaType: "ONLINE", feedUrl: `http://localhost:${port}/podhuri.atom` });
    const results = new Map((await pollDueSources(new Date("2031-01-01T00:00:00Z"), { timeoutMs: 1500 })).map((result) => [result.sourceId, result]));
    expect(results.get(literal.id)).toMatchObject({ outcome: "failed", error: "blockedAddress" });
    expect(results.get(named.id)).toMatchObject({ outcome: "failed", error: "blockedAddress" });
    expect(await db.clipping.count({ where: { sourceId: { in: [literal.id, named.id] } } })).toBe(0);
    expect((await db.monitoringSource.findUniqueOrThrow({ where: { id: named.id } })).lastError).toBe("blockedAddress");
  }, 30_000);

  it("polls only active sources with a feed", async () => {
    const { actor } = await makeUser({ roles: ["SPOKESPERSON"] });
    const inactive = await createSource(actor, { outlet: "Vypnutý", mediaType: "ONLINE", feedUrl: `${base}/podhuri.atom`, active: "false" });
    const manual = await createSource(actor, { outlet: "Lhotské listy (tisk)", mediaType: "PRINT" });
    const results = await pollDueSources(new Date("2030-01-01T00:00:00Z"), { timeoutMs: 1500, allowPrivateAddresses: true });
    expect(results.map((result) => result.sourceId)).not.toContain(inactive.id);
    expect(results.map((result) => result.sourceId)).not.toContain(manual.id);
  }, 30_000);
});
