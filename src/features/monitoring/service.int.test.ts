import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { closeMailTransport } from "@/server/mail/send-mail";
import { makeUser, unique } from "../../../tests/support/factories";
import { startSmtpServer, type TestSmtpServer } from "../../../tests/support/smtp-server";
import { coverageAnalysis } from "./analysis";
import { ensureDailyBriefing, sendBriefingMails } from "./briefing";
import { monitoringDashboard, searchClippings } from "./overview";
import { getBriefing, listClippings, listResponseCases, responseStats } from "./queries";
import {
  createClipping,
  createKeyword,
  createResponseCase,
  createSource,
  deleteKeyword,
  quickReviewClipping,
  reviewClipping,
  saveBriefingSettings,
  updateResponseCase,
  updateSource,
} from "./service";

// Media monitoring's services on PostgreSQL: refusals per role with nothing changed, search without
// diacritics and keyset pages, the review, response cases, and the morning briefing sent exactly once
// through a real SMTP server even when the job runs twice.

let smtp: TestSmtpServer;
let spokesperson: Actor;
let pr: Actor;
let head: Actor;
let assistant: Actor;
const saved = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.NEXTAUTH_URL = "https://herald.test.example";
  spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
  pr = (await makeUser({ roles: ["PR_STAFF"] })).actor;
  head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
  assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
});
beforeEach(() => {
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  closeMailTransport();
  await smtp.stop();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

async function snapshot() {
  return {
    sources: await db.monitoringSource.findMany({ orderBy: { id: "asc" } }),
    keywords: await db.monitoringKeyword.findMany({ orderBy: { id: "asc" } }),
    clippings: await db.clipping.findMany({ orderBy: { id: "asc" } }),
    cases: await db.responseCase.findMany({ orderBy: { id: "asc" } }),
    briefings: await db.monitoringBriefing.count(),
    settings: await db.setting.findMany({ orderBy: { key: "asc" } }),
    audit: await db.auditLog.count(),
  };
}

async function expectRefused(call: () => Promise<unknown>, error: new (...args: never[]) => Error) {
  const before = await snapshot();
  await expect(call()).rejects.toBeInstanceOf(error);
  expect(await snapshot()).toEqual(before);
}

function clippingInput(overrides: Record<string, unknown> = {}) {
  return { outlet: "Lhotské listy", mediaType: "PRINT", publishedAt: "2026-11-16T06:00", title: `Horní Lhota ${unique("t")}`, placement: "s. 3", excerpt: "Text článku", topics: "Doprava, Rozpočet", ...overrides };
}

describe("permissions and bad input", () => {
  it("refuses each write to a role without the permission, and anonymous callers, changing nothing", async () => {
    const clipping = await createClipping(pr, clippingInput());
    const row = await db.clipping.findUniqueOrThrow({ where: { id: clipping.id } });
    await expectRefused(() => createSource(null, { outlet: "X", mediaType: "ONLINE" }), UnauthenticatedError);
    await expectRefused(() => createSource(pr, { outlet: "X", mediaType: "ONLINE" }), ForbiddenError);
    await expectRefused(() => createKeyword(head, { term: "x", topic: "y" }), ForbiddenError);
    await expectRefused(() => saveBriefingSettings(pr, { time: "07:30", recipients: "a@b.cz" }), ForbiddenError);
    await expectRefused(() => createClipping(assistant, clippingInput()), ForbiddenError);
    await expectRefused(() => createClipping(head, clippingInput()), ForbiddenError);
    await expectRefused(() => quickReviewClipping(head, { id: row.id, version: row.version, status: "REVIEWED" }), ForbiddenError);
    await expectRefused(() => createResponseCase(pr, { clippingId: row.id, type: "STATEMENT" }), ForbiddenError);
    await expect(listClippings(assistant, {})).rejects.toBeInstanceOf(ForbiddenError);
    expect(await searchClippings(assistant, "Lhota", 5)).toEqual([]);
  });

  it("refuses bad input, changing nothing", async () => {
    await expectRefused(() => createSource(spokesperson, { outlet: "X", mediaType: "ONLINE", feedUrl: "file:///etc/passwd" }), ValidationError);
    await expectRefused(() => createSource(spokesperson, { outlet: "X", mediaType: "ONLINE", feedUrl: "javascript:alert(1)" }), ValidationError);
    await expectRefused(() => createSource(spokesperson, { outlet: "X", mediaType: "ONLINE", pollIntervalMinutes: "1" }), ValidationError);
    await expectRefused(() => createSource(spokesperson, { outlet: "X", mediaType: "ONLINE", role: "ADMIN" }), ValidationError);
    await expectRefused(() => createKeyword(spokesperson, { term: "***", topic: "Město" }), ValidationError);
    await expectRefused(() => saveBriefingSettings(spokesperson, { time: "25:00", recipients: "a@b.cz" }), ValidationError);
    await expectRefused(() => saveBriefingSettings(spokesperson, { time: "07:30", recipients: "not-an-email" }), ValidationError);
    await expectRefused(() => createClipping(pr, clippingInput({ url: "javascript:alert(1)" })), ValidationError);
    await expectRefused(() => createClipping(pr, clippingInput({ publishedAt: "včera" })), ValidationError);
    await expectRefused(() => createClipping(pr, clippingInput({ outlet: "", mediaType: "" })), ValidationError);
    await expectRefused(() => createClipping(pr, clippingInput({ sentiment: "VERY_BAD" })), ValidationError);
    const term = `Lávka ${unique("k")}`;
    const keyword = await createKeyword(spokesperson, { term, topic: "Doprava" });
    // The same term without diacritics and in capitals is the same keyword.
    await expectRefused(() => createKeyword(spokesperson, { term: term.toUpperCase().replace("Á", "A"), topic: "Jiné" }), ValidationError);
    await deleteKeyword(spokesperson, { id: keyword.id });
  });
});

describe("clippings", () => {
  it("stores a URL once, finds clippings without diacritics, filters and pages by keyset", async () => {
    const url = `https://lhotske-listy.example/${unique("a")}?utm_source=x`;
    const topic = unique("Téma");
    await createClipping(pr, clippingInput({ url, title: "Ústí čeká nová lávka přes řeku", topics: topic }));
    await expect(createClipping(pr, clippingInput({ url: url.replace("?utm_source=x", "#top") }))).rejects.toBeInstanceOf(ValidationError);
    // A retried submit with the same key makes one clipping.
    const key = unique("idem");
    const first = await createClipping(pr, clippingInput({ idempotencyKey: key, topics: topic }));
    expect(await createClipping(pr, clippingInput({ idempotencyKey: key, topics: topic }))).toEqual(first);

    const found = await listClippings(head, { q: "usti lavka" });
    expect(found.rows.map((row) => row.title)).toContain("Ústí čeká nová lávka přes řeku");
    expect((await listClippings(head, { q: '"nová lávka" -hokej' })).rows.length).toBeGreaterThan(0);
    expect((await listClippings(head, { q: 'město & ("' })).rows).toBeDefined();
    expect((await searchClippings(head, "USTI", 5)).map((hit) => hit.title)).toContain("Ústí čeká nová lávka přes řeku");

    for (let i = 0; i < 55; i++) await createClipping(pr, clippingInput({ topics: topic, publishedAt: `2026-10-${String(1 + (i % 28)).padStart(2, "0")}T${String(6 + (i % 12)).padStart(2, "0")}:00` }));
    const page1 = await listClippings(head, { topic });
    expect(page1.rows).toHaveLength(50);
    expect(page1.total).toBe(57);
    expect(page1.nextCursor).toBeTruthy();
    const page2 = await listClippings(head, { topic, after: page1.nextCursor });
    expect(page2.rows).toHaveLength(7);
    expect(page2.nextCursor).toBeNull();
    const all = [...page1.rows, ...page2.rows];
    expect(new Set(all.map((row) => row.id)).size).toBe(57);
    for (let i = 1; i < all.length; i++) expect(all[i - 1].publishedAt.getTime()).toBeGreaterThanOrEqual(all[i].publishedAt.getTime());
    expect((await listClippings(head, { topic, from: "2026-10-01", to: "2026-10-01" })).rows.every((row) => row.publishedAt.toISOString().startsWith("2026-10-01") || row.publishedAt.toISOString().startsWith("2026-09-30"))).toBe(true);
    expect((await listClippings(head, { topic, mediaType: "TV" })).total).toBe(0);
    await expect(listClippings(head, { after: "garbage" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("reviews with the keyboard's quick steps; a stale version is a conflict", async () => {
    const { id } = await createClipping(pr, clippingInput());
    const first = await quickReviewClipping(pr, { id, version: 0, sentiment: "NEGATIVE" });
    expect(first).toMatchObject({ version: 1, sentiment: "NEGATIVE", status: "NEW" });
    const second = await quickReviewClipping(pr, { id, version: 1, status: "NEEDS_RESPONSE" });
    expect(second).toMatchObject({ version: 2, status: "NEEDS_RESPONSE", sentiment: "NEGATIVE" });
    await expect(quickReviewClipping(pr, { id, version: 1, status: "IGNORED" })).rejects.toBeInstanceOf(ConflictError);
    await reviewClipping(pr, { id, version: 2, status: "NEEDS_RESPONSE", sentiment: "NEGATIVE", topics: "Doprava", relevance: "4", note: "Nepřesné údaje o ceně" });
    const row = await db.clipping.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ note: "Nepřesné údaje o ceně", relevance: 4, reviewedById: pr.id });
    expect((await listClippings(head, { response: "none" })).rows.map((r) => r.id)).toContain(id);
  });
});

describe("response cases", () => {
  it("opens one case per clipping, closes it with an outcome, and counts the answered share", async () => {
    const { id } = await createClipping(pr, clippingInput({ sentiment: "NEGATIVE", publishedAt: "2026-11-20T08:00" }));
    const before = await responseStats(head, 90, new Date("2026-11-21T00:00:00Z"));
    const created = await createResponseCase(spokesperson, { clippingId: id, type: "CORRECTION_REQUEST", deadline: "2026-11-21T12:00", text: "Žádáme o opravu údaje o ceně lávky." });
    await expect(createResponseCase(spokesperson, { clippingId: id, type: "STATEMENT" })).rejects.toBeInstanceOf(ConflictError);
    expect((await db.clipping.findUniqueOrThrow({ where: { id } })).status).toBe("NEEDS_RESPONSE");
    expect((await listClippings(head, { response: "none" })).rows.map((r) => r.id)).not.toContain(id);
    expect((await listResponseCases(head, {}, new Date("2026-11-22T00:00:00Z"))).find((row) => row.id === created.id)).toMatchObject({ overdue: true, ownerName: expect.any(String) });

    // Closing needs the outcome.
    await expect(updateResponseCase(spokesperson, { id: created.id, version: 0, type: "CORRECTION_REQUEST", status: "DONE", text: "x" })).rejects.toBeInstanceOf(ValidationError);
    const release = await db.pressRelease.findFirst({ select: { id: true } });
    await updateResponseCase(head, { id: created.id, version: 0, type: "CORRECTION_REQUEST", status: "DONE", text: "x", outcome: "Redakce opravila článek.", releaseId: release?.id ?? "" });
    await expect(updateResponseCase(head, { id: created.id, version: 0, type: "STATEMENT", status: "OPEN" })).rejects.toBeInstanceOf(ConflictError);
    const after = await responseStats(head, 90, new Date("2026-11-21T00:00:00Z"));
    expect(after.answered).toBe(before.answered + 1);
    expect(after.critical).toBeGreaterThanOrEqual(after.answered);
  });
});

describe("the morning briefing", () => {
  it("is built once per working day and sent once per recipient, even when the task and the job run twice", async () => {
    await saveBriefingSettings(spokesperson, { enabled: "on", time: "07:30", recipients: "primatorka@horni-lhota.example\nTAJEMNIK@horni-lhota.example" });
    // Friday 2026-11-13 07:45 Prague: the period runs from Thursday 07:30.
    const now = new Date("2026-11-13T06:45:00Z");
    const negative = await createClipping(pr, clippingInput({ title: "Kritika: parkovací dům stojí prázdný", sentiment: "NEGATIVE", topics: "Doprava", publishedAt: "2026-11-12T18:00", note: "Připravit stanovisko" }));
    await createClipping(pr, clippingInput({ title: "Festival světla přilákal tisíce lidí", sentiment: "POSITIVE", topics: "Kultura", publishedAt: "2026-11-12T20:00" }));
    await createClipping(pr, clippingInput({ title: "Starší zpráva mimo období", publishedAt: "2026-11-11T20:00" }));

    expect(await ensureDailyBriefing(new Date("2026-11-13T06:00:00Z"))).toMatchObject({ built: false });
    expect(await ensureDailyBriefing(now)).toMatchObject({ built: true, day: "2026-11-13" });
    expect(await ensureDailyBriefing(new Date(now.getTime() + 60_000))).toMatchObject({ built: false });
    // Both runs together (two instances) still build nothing more.
    await Promise.all([ensureDailyBriefing(now), ensureDailyBriefing(now)]);
    expect(await db.monitoringBriefing.count({ where: { day: new Date("2026-11-13T00:00:00Z") } })).toBe(1);

    const briefing = await getBriefing(head, "2026-11-13");
    expect(briefing.content.groups[0].topic).toBe("Doprava");
    expect(briefing.content.groups[0].items[0]).toMatchObject({ id: negative.id, note: "Připravit stanovisko", sentiment: "NEGATIVE" });
    expect(briefing.content.groups.flatMap((group) => group.items).map((item) => item.title)).not.toContain("Starší zpráva mimo období");

    const jobs = await db.job.findMany({ where: { kind: "monitoring.sendBriefing" } });
    expect(jobs).toHaveLength(1);
    await sendBriefingMails(jobs[0].payload, { attempt: 1 });
    await sendBriefingMails(jobs[0].payload, { attempt: 2 });
    expect(smtp.to("primatorka@horni-lhota.example")).toHaveLength(1);
    expect(smtp.to("tajemnik@horni-lhota.example")).toHaveLength(1);
    const mail = smtp.to("primatorka@horni-lhota.example")[0];
    expect(mail.subject).toContain("Ranní přehled médií 13. 11. 2026");
    expect(mail.text).toContain("Kritika: parkovací dům stojí prázdný");
    expect(mail.text).toContain("https://herald.test.example/monitoring/briefing/2026-11-13");
    expect((await getBriefing(head, "2026-11-13")).mails.map((m) => m.status)).toEqual(["SENT", "SENT"]);

    // Saturday and a public holiday (17 November) build nothing.
    expect(await ensureDailyBriefing(new Date("2026-11-14T08:00:00Z"))).toMatchObject({ built: false });
    expect(await ensureDailyBriefing(new Date("2026-11-17T08:00:00Z"))).toMatchObject({ built: false });
    // Monday's briefing covers the weekend (from Friday 07:30).
    await ensureDailyBriefing(new Date("2026-11-16T07:00:00Z"));
    const monday = await getBriefing(head, "2026-11-16");
    expect(monday.content.from).toBe("2026-11-13T06:30:00.000Z");
  });
});

describe("analysis and the dashboard", () => {
  it("aggregates by day, outlet, media type and topic against the previous period; the dashboard's links reproduce its numbers", async () => {
    const now = new Date();
    const analysis = await coverageAnalysis(head, { from: "2026-11-01", to: "2026-11-30" });
    expect(analysis.bucket).toBe("day");
    expect(analysis.totals.current).toBeGreaterThan(0);
    expect(analysis.byOutlet[0]).toMatchObject({ outlet: "Lhotské listy" });
    expect(analysis.byMediaType.find((row) => row.mediaType === "PRINT")?.mentions).toBeGreaterThan(0);
    await expect(coverageAnalysis(assistant, {})).rejects.toBeInstanceOf(ForbiddenError);

    const dashboard = await monitoringDashboard(head, now);
    expect(dashboard.perDay).toHaveLength(30);
    expect(dashboard.newToday.href).toMatch(/^\/monitoring\?status=NEW&from=\d{4}-\d{2}-\d{2}$/);
    const params = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);
    expect((await listClippings(head, params(dashboard.negativeWithoutResponse.href))).total).toBe(Math.min(dashboard.negativeWithoutResponse.value, 1000));
    expect((await listClippings(head, params(dashboard.newToday.href))).total).toBe(dashboard.newToday.value);
    expect((await listClippings(head, params(dashboard.mentions30.href))).total).toBe(Math.min(dashboard.mentions30.value, 1000));
    await expect(monitoringDashboard(assistant, now)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a source's edit with a stale version is a conflict", async () => {
    const source = await createSource(spokesperson, { outlet: "Rádio Podhůří", mediaType: "RADIO" });
    await updateSource(spokesperson, { id: source.id, version: 0, outlet: "Rádio Podhůří", mediaType: "RADIO", active: "on", reach: "40000" });
    await expect(updateSource(spokesperson, { id: source.id, version: 0, outlet: "Jiné", mediaType: "RADIO" })).rejects.toBeInstanceOf(ConflictError);
  });
});
