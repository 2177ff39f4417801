import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/server/errors";
import { makePressRelease, makeResolution, makeTopic, makeUser, unique } from "../../../tests/support/factories";
import {
  getPressRelease,
  getPublishedRelease,
  getRevisionPair,
  listFeedReleases,
  listPressReleases,
  listPublishedReleases,
  listResolutions,
  listUncommunicatedResolutions,
  publicVisibilityWhere,
} from "./queries";
import { addComment, createPressRelease, updatePressRelease } from "./service";

let pr: Actor;
let head: Actor;
let spokes: Actor;
let assistant: Actor;
const HOUR = 3_600_000;

beforeAll(async () => {
  [pr, head, spokes, assistant] = await Promise.all(
    (["PR_STAFF", "HEAD_OF_OFFICE", "SPOKESPERSON", "ASSISTANT"] as const).map(async (role) => (await makeUser({ roles: [role] })).actor),
  );
});

describe("staff queries", () => {
  it("are refused for anonymous callers and for roles without pressRelease.view", async () => {
    const release = await makePressRelease();
    for (const [actor, error] of [[null, UnauthenticatedError], [assistant, ForbiddenError]] as const) {
      await expect(listPressReleases(actor, {})).rejects.toBeInstanceOf(error);
      await expect(getPressRelease(actor, release.id)).rejects.toBeInstanceOf(error);
      await expect(getRevisionPair(actor, { id: release.id, a: 1, b: 1 })).rejects.toBeInstanceOf(error);
      await expect(listResolutions(actor, {})).rejects.toBeInstanceOf(error);
      await expect(listUncommunicatedResolutions(actor)).rejects.toBeInstanceOf(error);
    }
  });

  it("lists with filters, search without diacritics, sorting and pages", async () => {
    const topic = await makeTopic();
    const tag = unique("lavka").replace(/-/g, "");
    const author = (await makeUser({ roles: ["PR_STAFF"] })).user;
    const a = await makePressRelease({ authorId: author.id, title: `Ústí nad Labem ${tag}`, topicIds: [topic.id] });
    const b = await makePressRelease({ authorId: author.id, title: `Brno ${tag}`, status: "PUBLISHED", language: "en" });
    await makePressRelease({ title: `Jinde ${tag}` });

    const byAuthor = await listPressReleases(pr, { authorId: author.id, sort: "title" });
    expect(byAuthor.rows.map((row) => row.id)).toEqual([b.id, a.id]);
    expect(byAuthor).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    // The table's header click reverses a column.
    expect((await listPressReleases(pr, { authorId: author.id, sort: "title", dir: "desc" })).rows.map((row) => row.id)).toEqual([a.id, b.id]);
    expect(byAuthor.rows[1]).toMatchObject({ title: a.title, status: "DRAFT", language: "cs", author: { id: author.id, name: author.name } });
    expect(byAuthor.rows[1].topics).toEqual([{ id: topic.id, slug: topic.slug, nameCs: topic.nameCs, nameEn: topic.nameEn }]);

    expect((await listPressReleases(pr, { q: "usti nad labem", authorId: author.id })).rows.map((row) => row.id)).toEqual([a.id]);
    expect((await listPressReleases(pr, { q: "ÚSTÍ" })).rows.map((row) => row.id)).toContain(a.id);
    expect((await listPressReleases(pr, { q: tag })).total).toBe(3);
    expect((await listPressReleases(pr, { q: '"město & (' })).rows).toEqual([]);
    expect((await listPressReleases(pr, { status: "PUBLISHED", authorId: author.id })).rows.map((row) => row.id)).toEqual([b.id]);
    expect((await listPressReleases(pr, { language: "en", authorId: author.id })).rows.map((row) => row.id)).toEqual([b.id]);
    expect((await listPressReleases(pr, { topicId: topic.id })).rows.map((row) => row.id)).toEqual([a.id]);
    expect((await listPressReleases(pr, { authorId: author.id, from: "2000-01-01", to: "2000-01-02" })).total).toBe(0);
    // A wrong filter value is dropped, not an error.
    expect((await listPressReleases(pr, { authorId: author.id, status: "NOPE", sort: "evil", page: "-3" })).total).toBe(2);
  });

  it("pages by 25", async () => {
    const author = (await makeUser({ roles: ["PR_STAFF"] })).user;
    for (let i = 0; i < 27; i++) await makePressRelease({ authorId: author.id });
    const first = await listPressReleases(pr, { authorId: author.id });
    const second = await listPressReleases(pr, { authorId: author.id, page: 2 });
    expect(first).toMatchObject({ total: 27, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    expect(second.rows).toHaveLength(2);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(27);
  });

  it("gets a release with links, language versions, revisions, comments and the actor's next steps", async () => {
    const topic = await makeTopic();
    const resolution = await makeResolution();
    const { id } = await createPressRelease(pr, { title: "Detail", perex: "P", bodyHtml: "<p>B</p>", topicIds: [topic.id], resolutionIds: [resolution.id] });
    await updatePressRelease(pr, { id, version: 0, title: "Detail 2", perex: "P", bodyHtml: "<p>B2</p>", topicIds: [topic.id], resolutionIds: [resolution.id] });
    const { id: englishId } = await createPressRelease(pr, { title: "Detail EN", perex: "P", bodyHtml: "", language: "en", translationOfId: id });
    await addComment(head, { id, body: "Poznámka" });

    const release = await getPressRelease(pr, id);
    expect(release).toMatchObject({ id, title: "Detail 2", status: "DRAFT", version: 1, author: { id: pr.id, name: pr.name } });
    expect(release.topics.map((t) => t.id)).toEqual([topic.id]);
    expect(release.resolutions.map((r) => r.id)).toEqual([resolution.id]);
    expect(release.languageVersions).toEqual([{ id: englishId, language: "en", title: "Detail EN", status: "DRAFT" }]);
    expect(release.revisions.map((r) => [r.number, r.editor.name])).toEqual([
      [2, pr.name],
      [1, pr.name],
    ]);
    expect(release.comments.map((c) => [c.body, c.author.name])).toEqual([["Poznámka", head.name]]);
    expect(release.allowedActions).toEqual(["edit", "submit", "comment"]);
    expect((await getPressRelease(head, id)).allowedActions).toEqual(["comment"]);
    expect(JSON.stringify(release)).not.toContain("passwordHash");

    const pair = await getRevisionPair(pr, { id, a: 1, b: 2 });
    expect(pair.a).toMatchObject({ number: 1, title: "Detail", bodyHtml: "<p>B</p>", editor: { name: pr.name } });
    expect(pair.b).toMatchObject({ number: 2, title: "Detail 2" });
    await expect(getRevisionPair(pr, { id, a: 1, b: 9 })).rejects.toBeInstanceOf(NotFoundError);
    // Revision numbers of another release do not leak through this one's id.
    await expect(getRevisionPair(pr, { id: englishId, a: 2, b: 2 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPressRelease(pr, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPressRelease(pr, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists resolutions and those no published release communicates", async () => {
    const communicated = await makeResolution({ title: `Komunikované ${unique("r")}` });
    const draftOnly = await makeResolution({ title: `Jen koncept ${unique("r")}` });
    const none = await makeResolution();
    await makePressRelease({ status: "PUBLISHED", resolutionIds: [communicated.id] });
    await makePressRelease({ status: "DRAFT", resolutionIds: [draftOnly.id] });
    const ids = (await listUncommunicatedResolutions(pr)).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([draftOnly.id, none.id]));
    expect(ids).not.toContain(communicated.id);
    expect((await listResolutions(pr, { q: communicated.number })).map((r) => r.id)).toEqual([communicated.id]);
  });
});

describe("public queries", () => {
  let tag: string;
  let visible: { id: string; slug: string };
  let visibleEnglish: { id: string; slug: string };
  let hidden: Array<{ id: string; slug: string; why: string }>;
  let topic: { id: string; slug: string };

  beforeAll(async () => {
    tag = unique("verejne").replace(/-/g, "");
    const now = Date.now();
    topic = await makeTopic();
    visible = await makePressRelease({ status: "PUBLISHED", title: `Ústí veřejné ${tag}`, publishedAt: new Date(now - HOUR), topicIds: [topic.id] });
    visibleEnglish = await makePressRelease({ status: "PUBLISHED", title: `Public ${tag}`, language: "en", translationGroupId: visible.id, publishedAt: new Date(now - 2 * HOUR), embargoUntil: new Date(now - HOUR) });
    hidden = await Promise.all(
      [
        { why: "draft", status: "DRAFT" as const },
        { why: "in review", status: "IN_REVIEW" as const },
        { why: "approved", status: "APPROVED" as const },
        { why: "scheduled", status: "SCHEDULED" as const, publishAt: new Date(now + HOUR) },
        { why: "withdrawn", status: "WITHDRAWN" as const },
        { why: "embargoed", status: "PUBLISHED" as const, publishedAt: new Date(now - HOUR), embargoUntil: new Date(now + HOUR) },
        { why: "published in the future", status: "PUBLISHED" as const, publishedAt: new Date(now + HOUR) },
      ].map(async ({ why, ...options }) => ({ why, ...(await makePressRelease({ ...options, title: `Ústí ${why} ${tag}` })) })),
    );
  });

  it("the visibility rule is published, due and past any embargo", () => {
    const now = new Date("2026-03-03T10:00:00Z");
    expect(publicVisibilityWhere(now)).toEqual({ status: "PUBLISHED", publishedAt: { lte: now }, OR: [{ embargoUntil: null }, { embargoUntil: { lte: now } }] });
  });

  it("list, search, feed and detail never show drafts, scheduled, embargoed or withdrawn releases", async () => {
    const listed = await listPublishedReleases({ q: tag });
    expect(listed.rows.map((row) => row.slug).sort()).toEqual([visible.slug, visibleEnglish.slug].sort());
    expect((await listPublishedReleases({ q: `usti ${tag}` })).rows.map((row) => row.slug)).toEqual([visible.slug]);
    const feed = await listFeedReleases(100);
    for (const release of hidden) {
      expect(feed.map((row) => row.slug), release.why).not.toContain(release.slug);
      await expect(getPublishedRelease(release.slug), release.why).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(feed.map((row) => row.slug)).toContain(visible.slug);
    expect(JSON.stringify(listed)).not.toMatch(/authorId|"id"/);
  });

  it("filters by topic, language and year", async () => {
    expect((await listPublishedReleases({ q: tag, topicSlug: topic.slug })).rows.map((r) => r.slug)).toEqual([visible.slug]);
    expect((await listPublishedReleases({ q: tag, language: "en" })).rows.map((r) => r.slug)).toEqual([visibleEnglish.slug]);
    expect((await listPublishedReleases({ q: tag, year: 2001 })).total).toBe(0);
    expect((await listPublishedReleases({ q: tag, year: new Date().getFullYear() })).total).toBeGreaterThanOrEqual(1);
  });

  it("shows a published release by slug with its public language versions", async () => {
    const release = await getPublishedRelease(visible.slug);
    expect(release).toMatchObject({ slug: visible.slug, title: `Ústí veřejné ${tag}`, language: "cs" });
    expect(release.languageVersions).toEqual([{ slug: visibleEnglish.slug, language: "en", title: `Public ${tag}` }]);
    expect(release.topics.map((t) => t.slug)).toEqual([topic.slug]);
    expect(release).not.toHaveProperty("authorId");
    expect(release).not.toHaveProperty("id");
  });

  it("a withdrawn release leaves the newsroom", async () => {
    const release = await makePressRelease({ status: "PUBLISHED" });
    expect((await getPublishedRelease(release.slug)).slug).toBe(release.slug);
    await db.pressRelease.update({ where: { id: release.id }, data: { status: "WITHDRAWN" } });
    await expect(getPublishedRelease(release.slug)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a scheduled release appears once publishDueReleases has run and its time has come", async () => {
    const { publishDueReleases } = await import("./service");
    const release = await makePressRelease({ status: "SCHEDULED", publishAt: new Date(Date.now() - 1000) });
    await expect(getPublishedRelease(release.slug)).rejects.toBeInstanceOf(NotFoundError);
    await publishDueReleases();
    expect((await getPublishedRelease(release.slug)).slug).toBe(release.slug);
  });
});
