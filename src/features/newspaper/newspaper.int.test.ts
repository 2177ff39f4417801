import sharp from "sharp";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makeUser, unique } from "../../../tests/support/factories";
import { startSmtpServer, type TestSmtpServer } from "../../../tests/support/smtp-server";
import { addAdSize, changeAdOrderStatus, createAdOrder, createAdvertiser } from "./advertising";
import { addComment, changeArticleStatus, createArticle, findInvite, submitContribution, updateArticle } from "./articles";
import { createContributor, createCouncilClub, createInvite, revokeInvite } from "./contributors";
import { buildTypesetterZip } from "./export";
import { uploadFinalPdf } from "./files";
import { changeIssueStatus, createIssue, createPublication } from "./issues";
import { sendRejectionMail } from "./jobs";
import { myArticles, nextIssueSummary, newspaperCalendarEntries, newspaperSearch } from "./overview";
import { placeOnPage } from "./page-plan";
import { councilSpaceReport, findPublicPdf, getIssue, listPublicArchive } from "./queries";

type Actor = Awaited<ReturnType<typeof makeUser>>["actor"];
let head: Actor;
let spokesperson: Actor;
let pr: Actor;
let assistant: Actor;
let admin: Actor;
let smtp: TestSmtpServer;

beforeAll(async () => {
  head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
  spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
  pr = (await makeUser({ roles: ["PR_STAFF"] })).actor;
  assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
  admin = (await makeUser({ roles: ["ADMIN"] })).actor;
  smtp = await startSmtpServer();
});
beforeEach(() => {
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.stop();
});

/** Every newspaper row, for "a refusal changed nothing". */
async function snapshot() {
  return {
    audit: await db.auditLog.count(),
    jobs: await db.job.count(),
    publications: await db.publication.findMany({ orderBy: { id: "asc" } }),
    issues: await db.newspaperIssue.findMany({ orderBy: { id: "asc" } }),
    articles: await db.article.findMany({ orderBy: { id: "asc" } }),
    revisions: await db.articleRevision.count(),
    rounds: await db.articleProofRound.findMany({ orderBy: { id: "asc" } }),
    comments: await db.articleComment.count(),
    images: await db.articleImage.count(),
    contributors: await db.contributor.findMany({ orderBy: { id: "asc" } }),
    invites: await db.contributorInvite.findMany({ orderBy: { id: "asc" } }),
    clubs: await db.councilClub.findMany({ orderBy: { id: "asc" } }),
    advertisers: await db.advertiser.findMany({ orderBy: { id: "asc" } }),
    sizes: await db.adSize.findMany({ orderBy: { id: "asc" } }),
    orders: await db.adOrder.findMany({ orderBy: { id: "asc" } }),
  };
}

async function refusedWithoutChange(call: () => Promise<unknown>, error: new (...args: never[]) => Error) {
  const before = await snapshot();
  await expect(call()).rejects.toBeInstanceOf(error);
  expect(await snapshot()).toEqual(before);
}

let yearSeq = 2040;
async function makeIssue(overrides: Record<string, unknown> = {}) {
  const publication = await createPublication(head, { name: `Zpravodaj ${unique("p")}`, frequency: "MONTHLY", printRun: "4200", priceMinor: "", toHouseholds: "on", pickUpPoints: "Radnice\nKnihovna", pageCapacityChars: "5000" });
  const year = yearSeq++;
  const issue = await createIssue(spokesperson, {
    publicationId: publication.id,
    number: "3",
    year: String(year),
    title: "",
    editorialDeadline: `${year}-03-10`,
    adDeadline: `${year}-03-12`,
    printDate: `${year}-03-20`,
    distributionDate: `${year}-03-25`,
    pageCount: "8",
    ...overrides,
  });
  return { publicationId: publication.id, issueId: issue.id, year };
}

async function pngFile(name = "foto.png") {
  const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
  return new File([new Uint8Array(bytes)], name, { type: "image/png" });
}

const version = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const issueVersion = async (id: string) => (await db.newspaperIssue.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

describe("newspaper: a contribution through the link to page 3", () => {
  it("submitted → edited (revision) → proofreading round with comment → approved → placed; ZIP, council balance, overview", async () => {
    const { issueId, year, publicationId } = await makeIssue();
    const club = await createCouncilClub(head, { name: `Klub ${unique("k")}`, seats: "9" });
    const contributor = await createContributor(pr, { name: "Jana Vzorová", email: "Jana.Vzorova@Example.test", kind: "COUNCIL_MEMBER", councilClubId: club.id, organisation: "zastupitelka" });
    const invite = await createInvite(pr, { issueId, contributorId: contributor.id, allottedChars: "1800", brief: "Názor k rozpočtu", idempotencyKey: unique("i") });
    expect(invite.url).toMatch(/\/contribute\/[A-Za-z0-9_-]{32}$/);
    const token = invite.url!.split("/").pop()!;
    // Only the hash is stored, nowhere the token itself (not even in the idempotency record).
    const stored = await db.contributorInvite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(await db.idempotencyKey.findMany())).not.toContain(token);

    const terms = await findInvite(token);
    expect(terms).toMatchObject({ allottedChars: 1800, deadline: `${year}-03-10`, open: true, contributorName: "Jana Vzorová" });

    const submissionKey = unique("s");
    const body = "První odstavec o rozpočtu.\n\nDruhý odstavec.";
    const submitted = await submitContribution({ token, submissionKey, title: "Rozpočet pro všechny", perex: "Krátce.", body, authorName: "Jana Vzorová", imageCredit: "Petr Foto", imageCaption: "Radnice", publicationConsent: "on", image: await pngFile() });
    // A double submit is one article.
    expect((await submitContribution({ token, submissionKey, title: "Rozpočet pro všechny", perex: "", body, authorName: "x" })).id).toBe(submitted.id);
    const article = await db.article.findUniqueOrThrow({ where: { id: submitted.id }, include: { images: true, revisions: true } });
    expect(article).toMatchObject({ status: "SUBMITTED", source: "CONTRIBUTOR", councilClubId: club.id, allottedChars: 1800, issueId });
    expect(article.images).toHaveLength(1);
    expect(article.images[0]).toMatchObject({ credit: "Petr Foto", publicationConsent: true });
    expect(article.revisions).toHaveLength(1);
    expect(await db.contributorInvite.findUniqueOrThrow({ where: { id: invite.id }, select: { submissions: true } })).toEqual({ submissions: 1 });

    // The editor edits: EDITING, a second revision.
    await updateArticle(pr, { id: article.id, version: String(article.version), title: "Rozpočet pro všechny", perex: "Krátce a jasně.", body: `${body}\n\nTřetí odstavec.`, authorName: "Jana Vzorová", allottedChars: "1800", councilClubId: club.id, note: "zkráceno" });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: "EDITING", editorId: pr.id });
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(2);
    // A stale save is a conflict and keeps nothing.
    await refusedWithoutChange(async () => updateArticle(pr, { id: article.id, version: String(article.version), title: "Jiný", perex: "", body: "", authorName: "", allottedChars: "", councilClubId: "", note: "" }), ConflictError);

    await changeArticleStatus(pr, { id: article.id, version: String(await version(article.id)), status: "PROOFREADING", reason: "" });
    await addComment(pr, { articleId: article.id, body: "Opravit čárku v prvním odstavci.", idempotencyKey: unique("c") });
    const round = await db.articleProofRound.findFirstOrThrow({ where: { articleId: article.id } });
    expect(round).toMatchObject({ number: 1, closedAt: null });
    expect(await db.articleComment.findFirstOrThrow({ where: { articleId: article.id } })).toMatchObject({ roundId: round.id });
    // PR staff cannot approve.
    await refusedWithoutChange(async () => changeArticleStatus(pr, { id: article.id, version: "0", status: "APPROVED", reason: "" }), ForbiddenError);
    await changeArticleStatus(spokesperson, { id: article.id, version: String(await version(article.id)), status: "APPROVED", reason: "" });
    expect(await db.articleProofRound.findUniqueOrThrow({ where: { id: round.id } })).toMatchObject({ outcome: "APPROVED", closedById: spokesperson.id });

    const placed = await placeOnPage(pr, { kind: "article", id: article.id, page: "3" });
    expect(placed).toEqual({ id: article.id, page: 3, overfilled: false });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: "PLACED", page: 3 });

    // A staff article of 6,000 characters overfills page 3 (capacity 5,000): allowed, reported.
    const long = await createArticle(pr, { issueId, title: "Dlouhý", perex: "", body: "x".repeat(6000), authorName: "Redakce", idempotencyKey: unique("a") });
    await changeArticleStatus(pr, { id: long.id, version: String(await version(long.id)), status: "PROOFREADING", reason: "" });
    await changeArticleStatus(head, { id: long.id, version: String(await version(long.id)), status: "APPROVED", reason: "" });
    expect((await placeOnPage(pr, { kind: "article", id: long.id, page: "3" })).overfilled).toBe(true);
    expect((await getIssue(pr, issueId)).fills[2].overfilled).toBe(true);
    await placeOnPage(pr, { kind: "article", id: long.id, page: "4" });

    // The typesetter's ZIP: per-article folders by page, txt + docx + image, manifest.
    const zip = await buildTypesetterZip(pr, issueId);
    const files = unzipSync(zip.bytes);
    const names = Object.keys(files).sort();
    expect(names).toContain("manifest.json");
    expect(names).toContain("p03-01-rozpocet-pro-vsechny/text.txt");
    expect(names).toContain("p03-01-rozpocet-pro-vsechny/text.docx");
    expect(names.some((name) => /^p03-01-rozpocet-pro-vsechny\/obrazek-1-.+\.(png|jpg|webp)$/.test(name))).toBe(true);
    expect(names).toContain("p04-01-dlouhy/text.txt");
    expect(strFromU8(files["p03-01-rozpocet-pro-vsechny/text.txt"])).toContain("Třetí odstavec.");
    expect(strFromU8(files["p03-01-rozpocet-pro-vsechny/text.docx"].slice(0, 2))).toBe("PK");
    const manifest = JSON.parse(strFromU8(files["manifest.json"]));
    expect(manifest.articles.map((entry: { page: number }) => entry.page)).toEqual([3, 4]);
    expect(manifest.articles[0].images[0]).toMatchObject({ credit: "Petr Foto" });

    // The council balance counts the council member's placed article.
    const report = await councilSpaceReport(head, { year: String(year), publicationId });
    const row = report.balance.find((entry) => entry.clubId === club.id)!;
    expect(row.chars).toBe((await db.article.findUniqueOrThrow({ where: { id: article.id } })).charCount);
    expect(row.spaceShareBp).toBe(10_000);

    // Overview functions for the dashboard and calendar.
    const entries = await newspaperCalendarEntries(head, { from: new Date(`${year}-03-01T00:00:00Z`), to: new Date(`${year}-04-01T00:00:00Z`) });
    expect(entries.filter((entry) => entry.href === `/newsletter/issues/${issueId}`)).toHaveLength(4);
    expect(await newspaperCalendarEntries(assistant, { from: new Date(`${year}-03-01T00:00:00Z`), to: new Date(`${year}-04-01T00:00:00Z`) })).toEqual([]);
    expect(await nextIssueSummary(head)).not.toBeNull();
    expect(await myArticles(assistant)).toEqual([]);
    // Search ignores case and diacritics.
    expect((await newspaperSearch(head, "rozpocet PRO vsechny", 10)).map((hit) => hit.id)).toContain(article.id);
    expect(await newspaperSearch(assistant, "rozpocet", 10)).toEqual([]);
  });
});

describe("newspaper: the contributor's link", () => {
  it("refuses a wrong, revoked or expired link, images without consent, and too many submissions", async () => {
    const { issueId } = await makeIssue();
    const contributor = await createContributor(pr, { name: "ZŠ Komenského", email: "skola@example.test", kind: "SCHOOL" });
    const invite = await createInvite(pr, { issueId, contributorId: contributor.id, allottedChars: "1000", idempotencyKey: unique("i") });
    const token = invite.url!.split("/").pop()!;
    const good = { token, title: "Školní akademie", perex: "", body: "Text.", authorName: "ZŠ", submissionKey: unique("s") };

    expect(await findInvite("x".repeat(32))).toBeNull();
    await refusedWithoutChange(async () => submitContribution({ ...good, token: "y".repeat(32) }), NotFoundError);
    // An image needs the credit and the consent; nothing is stored.
    await refusedWithoutChange(async () => submitContribution({ ...good, image: pngFileSync() }), ValidationError);
    // Not an image.
    await refusedWithoutChange(async () => submitContribution({ ...good, imageCredit: "A", publicationConsent: "on", image: new File([new TextEncoder().encode("<svg/>")], "a.png") }), ValidationError);
    // Unknown fields and an empty body are refused.
    await refusedWithoutChange(async () => submitContribution({ ...good, status: "APPROVED" }), ValidationError);
    await refusedWithoutChange(async () => submitContribution({ ...good, body: "   " }), ValidationError);

    // The link takes at most 10 submissions.
    for (let index = 0; index < 10; index++) await submitContribution({ ...good, submissionKey: unique("s") });
    await refusedWithoutChange(async () => submitContribution({ ...good, submissionKey: unique("s") }), PreconditionError);

    await revokeInvite(pr, { id: invite.id });
    expect(await findInvite(token)).toBeNull();
    await refusedWithoutChange(async () => submitContribution({ ...good, submissionKey: unique("s") }), NotFoundError);

    // A link whose deadline has passed.
    const past = await makeIssue({ year: "2020", editorialDeadline: "2020-03-10", adDeadline: "2020-03-12", printDate: "2020-03-20", distributionDate: "2020-03-25" });
    const old = await createInvite(pr, { issueId: past.issueId, contributorId: contributor.id, allottedChars: "1000", idempotencyKey: unique("i") });
    const oldToken = old.url!.split("/").pop()!;
    expect(await findInvite(oldToken)).toMatchObject({ open: false });
    await refusedWithoutChange(async () => submitContribution({ ...good, token: oldToken, submissionKey: unique("s") }), PreconditionError);
  });
});

function pngFileSync() {
  // A 1×1 PNG.
  const bytes = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="), (char) => char.charCodeAt(0));
  return new File([bytes], "a.png", { type: "image/png" });
}

describe("newspaper: refusals per role and bad input", () => {
  it("each role may do only its part; bad input changes nothing", async () => {
    const { issueId, publicationId } = await makeIssue();
    await refusedWithoutChange(async () => getIssue(assistant, issueId), ForbiddenError);
    await refusedWithoutChange(async () => getIssue(null, issueId), UnauthenticatedError);
    await refusedWithoutChange(async () => createIssue(pr, { publicationId, number: "9", year: "2041", title: "", editorialDeadline: "2041-01-01", adDeadline: "2041-01-01", printDate: "2041-01-02", distributionDate: "2041-01-03", pageCount: "8" }), ForbiddenError);
    await refusedWithoutChange(async () => createArticle(head, { issueId, title: "Šéfův článek", body: "" }), ForbiddenError);
    await refusedWithoutChange(async () => createArticle(admin, { issueId, title: "x" }), ForbiddenError);
    await refusedWithoutChange(async () => createAdvertiser(assistant, { company: "Pekárna" }), ForbiddenError);
    await refusedWithoutChange(async () => addAdSize(pr, { publicationId, code: "1/4", priceMinor: "4500", vatPercent: "21", validFrom: "2026-01-01" }), ForbiddenError);
    await refusedWithoutChange(async () => createCouncilClub(pr, { name: "Klub", seats: "3" }), ForbiddenError);
    await refusedWithoutChange(async () => uploadFinalPdf(pr, { id: issueId, version: "0", file: new File([new Uint8Array([1])], "a.pdf") }), ForbiddenError);

    // Bad input.
    await refusedWithoutChange(async () => createIssue(spokesperson, { publicationId, number: "3", year: "2041", title: "", editorialDeadline: "2041-03-21", adDeadline: "2041-03-12", printDate: "2041-03-20", distributionDate: "2041-03-25", pageCount: "8" }), ValidationError);
    await refusedWithoutChange(async () => createIssue(spokesperson, { publicationId, number: "3", year: "2041", title: "", editorialDeadline: "2041-03-10", adDeadline: "2041-03-12", printDate: "2041-03-20", distributionDate: "2041-03-25", pageCount: "0" }), ValidationError);
    await refusedWithoutChange(async () => createArticle(pr, { issueId, title: "", body: "x" }), ValidationError);
    await refusedWithoutChange(async () => createArticle(pr, { issueId, title: "x", extra: "1" }), ValidationError);
    await refusedWithoutChange(async () => createAdvertiser(pr, { company: "Pekárna", ico: "12345678" }), ValidationError);
    await refusedWithoutChange(async () => createAdvertiser(pr, { company: "Pekárna", vatId: "12" }), ValidationError);
    await refusedWithoutChange(async () => createContributor(pr, { name: "Zastupitel", email: "z@example.test", kind: "COUNCIL_MEMBER" }), ValidationError);
    await refusedWithoutChange(async () => placeOnPage(pr, { kind: "article", id: crypto.randomUUID(), page: "2" }), NotFoundError);
    // A duplicate number in the same year.
    const existing = await db.newspaperIssue.findUniqueOrThrow({ where: { id: issueId } });
    await refusedWithoutChange(async () => createIssue(spokesperson, { publicationId, number: "3", year: String(existing.year), title: "", editorialDeadline: `${existing.year}-03-10`, adDeadline: `${existing.year}-03-12`, printDate: `${existing.year}-03-20`, distributionDate: `${existing.year}-03-25`, pageCount: "8" }), ValidationError);
  });
});

describe("newspaper: status rules, final PDF and the public archive", () => {
  it("placing needs approval; the printer needs everything settled; distribution needs the PDF; a closed issue does not change", async () => {
    const { issueId, publicationId } = await makeIssue();
    const draft = await createArticle(pr, { issueId, title: "Rozpracovaný", body: "Text", idempotencyKey: unique("a") });
    await refusedWithoutChange(async () => placeOnPage(pr, { kind: "article", id: draft.id, page: "2" }), PreconditionError);
    await refusedWithoutChange(async () => changeArticleStatus(pr, { id: draft.id, version: String(await version(draft.id)), status: "PLACED", reason: "" }), PreconditionError);
    await refusedWithoutChange(async () => changeArticleStatus(spokesperson, { id: draft.id, version: String(await version(draft.id)), status: "APPROVED", reason: "" }), PreconditionError);
    await refusedWithoutChange(async () => changeArticleStatus(spokesperson, { id: draft.id, version: String(await version(draft.id)), status: "REJECTED", reason: "" }), ValidationError);

    await changeIssueStatus(spokesperson, { id: issueId, version: String(await issueVersion(issueId)), status: "EDITING" });
    await refusedWithoutChange(async () => changeIssueStatus(spokesperson, { id: issueId, version: String(await issueVersion(issueId)), status: "AT_PRINTER" }), PreconditionError);
    await changeIssueStatus(spokesperson, { id: issueId, version: String(await issueVersion(issueId)), status: "PROOFREADING" });
    await refusedWithoutChange(async () => changeIssueStatus(spokesperson, { id: issueId, version: String(await issueVersion(issueId)), status: "AT_PRINTER" }), PreconditionError);
    // Rejecting the staff article settles it (no contributor: no e-mail).
    await changeArticleStatus(spokesperson, { id: draft.id, version: String(await version(draft.id)), status: "REJECTED", reason: "Nevejde se." });
    expect(await db.job.count({ where: { kind: "newspaper.rejectionMail" } })).toBe(0);

    // The final PDF: magic bytes checked.
    await refusedWithoutChange(async () => uploadFinalPdf(spokesperson, { id: issueId, version: String(await issueVersion(issueId)), file: new File([new TextEncoder().encode("<html>")], "noviny.pdf") }), ValidationError);
    await uploadFinalPdf(spokesperson, { id: issueId, version: String(await issueVersion(issueId)), file: new File([new TextEncoder().encode("%PDF-1.7\n%…\n%%EOF\n")], "Zpravodaj březen.pdf") });
    expect(await findPublicPdf(issueId)).toBeNull(); // not distributed yet
    await changeIssueStatus(spokesperson, { id: issueId, version: String(await issueVersion(issueId)), status: "AT_PRINTER" });
    await refusedWithoutChange(async () => createArticle(pr, { issueId, title: "Pozdě", body: "" }), PreconditionError);
    await refusedWithoutChange(async () => changeArticleStatus(pr, { id: draft.id, version: String(await version(draft.id)), status: "EDITING", reason: "" }), PreconditionError);
    await changeIssueStatus(spokesperson, { id: issueId, version: String(await issueVersion(issueId)), status: "DISTRIBUTED" });
    expect(await findPublicPdf(issueId)).toMatchObject({ mime: "application/pdf", name: "Zpravodaj březen.pdf" });
    expect((await listPublicArchive()).map((issue) => issue.id)).toContain(issueId);
    await refusedWithoutChange(async () => changeIssueStatus(spokesperson, { id: issueId, version: String(await issueVersion(issueId)), status: "AT_PRINTER" }), PreconditionError);
    void publicationId;
  });

  it("rejecting a contribution e-mails the reason once, also when the job runs twice", async () => {
    const { issueId } = await makeIssue();
    const email = `${unique("spolek")}@example.test`;
    const contributor = await createContributor(pr, { name: "Spolek rybářů", email, kind: "CLUB" });
    const invite = await createInvite(pr, { issueId, contributorId: contributor.id, allottedChars: "1500", idempotencyKey: unique("i") });
    const { id } = await submitContribution({ token: invite.url!.split("/").pop()!, submissionKey: unique("s"), title: "Rybářské závody", perex: "", body: "Zveme na závody.", authorName: "Spolek" });
    await changeArticleStatus(head, { id, version: String(await version(id)), status: "REJECTED", reason: "Pozvánky patří do kalendáře akcí." });
    await sendRejectionMail({ articleId: id });
    await sendRejectionMail({ articleId: id });
    const mails = smtp.to(email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("Rybářské závody");
    expect(mails[0].text).toContain("Pozvánky patří do kalendáře akcí.");
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REJECTED", rejectionMailStatus: "SENT" });
  });
});

describe("newspaper: advertising", () => {
  it("an order copies the rate card's price (minus a discount) and VAT; a later price does not change it; a cancelled ad is not placed", async () => {
    const { issueId, publicationId } = await makeIssue();
    const size = await addAdSize(head, { publicationId, code: "1/4", label: "čtvrt strany", priceMinor: "4 500,00", vatPercent: "21", validFrom: "2026-01-01" });
    const advertiser = await createAdvertiser(pr, { company: "Pekárna U Věže s.r.o.", ico: "25596641", vatId: "cz25596641", street: "Náměstí 1", city: "Horní Lhota", postalCode: "123 45", email: "Objednavky@Pekarna.test" });
    expect(await db.advertiser.findUniqueOrThrow({ where: { id: advertiser.id } })).toMatchObject({ vatId: "CZ25596641", postalCode: "12345", email: "objednavky@pekarna.test" });
    await refusedWithoutChange(async () => createAdvertiser(pr, { company: "Jiná", ico: "25596641" }), ValidationError);
    const key = unique("o");
    const order = await createAdOrder(pr, { advertiserId: advertiser.id, issueId, adSizeId: size.id, discountPercent: "10", placement: "zadní strana", idempotencyKey: key });
    expect((await createAdOrder(pr, { advertiserId: advertiser.id, issueId, adSizeId: size.id, discountPercent: "10", placement: "zadní strana", idempotencyKey: key })).id).toBe(order.id);
    expect(await db.adOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ priceMinor: 405_000, vatPercent: 21, sizeCode: "1/4", pageShareBp: 2500, status: "ORDERED" });
    await addAdSize(head, { publicationId, code: "1/4", priceMinor: "5000", vatPercent: "21", validFrom: "2027-01-01" });
    expect((await db.adOrder.findUniqueOrThrow({ where: { id: order.id } })).priceMinor).toBe(405_000);

    const placed = await placeOnPage(pr, { kind: "ad", id: order.id, page: "8" });
    expect(placed.overfilled).toBe(false);
    expect(await db.adOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PLACED", page: 8 });
    await refusedWithoutChange(async () => placeOnPage(pr, { kind: "ad", id: order.id, page: "9" }), ValidationError);
    const current = await db.adOrder.findUniqueOrThrow({ where: { id: order.id } });
    await changeAdOrderStatus(pr, { id: order.id, version: String(current.version), status: "CANCELLED" });
    expect(await db.adOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "CANCELLED", page: null });
    await refusedWithoutChange(async () => placeOnPage(pr, { kind: "ad", id: order.id, page: "8" }), PreconditionError);
    await refusedWithoutChange(async () => createAdOrder(assistant, { advertiserId: advertiser.id, issueId, adSizeId: size.id }), ForbiddenError);
  });
});

describe("newspaper: demo data", () => {
  it("a year of monthly issues, ~150 articles, 20 advertisers; the archive serves the PDFs; a second run adds nothing", async () => {
    const { seedNewspaper, DEMO_PUBLICATION } = await import("../../../prisma/seed/demo-newspaper");
    // The demo office's staff (the full seed creates them first).
    for (const [email, roles] of [["pr@herald.example", ["PR_STAFF"]], ["spokesperson@herald.example", ["SPOKESPERSON"]]] as const) {
      await db.user.upsert({ where: { email }, update: {}, create: { email, name: email.split("@")[0], passwordHash: "not-a-hash", roles: [...roles] } });
    }
    await seedNewspaper(db as never, new Date());
    const publication = await db.publication.findFirstOrThrow({ where: { name: DEMO_PUBLICATION } });
    const count = async () => ({
      issues: await db.newspaperIssue.count({ where: { publicationId: publication.id } }),
      articles: await db.article.count({ where: { issue: { publicationId: publication.id } } }),
      orders: await db.adOrder.count({ where: { issue: { publicationId: publication.id } } }),
    });
    const first = await count();
    expect(first.issues).toBe(13);
    expect(first.articles).toBeGreaterThanOrEqual(140);
    expect(first.orders).toBeGreaterThan(50);
    expect(await db.advertiser.count({ where: { email: { endsWith: ".example" } } })).toBeGreaterThanOrEqual(20);
    const { isValidIco } = await import("./policy");
    const demoAdvertisers = await db.advertiser.findMany({ where: { email: { endsWith: ".example" } }, select: { ico: true } });
    expect(demoAdvertisers.every((advertiser) => advertiser.ico && isValidIco(advertiser.ico))).toBe(true);
    const statuses = (await db.newspaperIssue.findMany({ where: { publicationId: publication.id }, select: { status: true } })).map((issue) => issue.status);
    expect(statuses.filter((status) => status === "EDITING")).toHaveLength(1);
    expect(statuses.filter((status) => status === "DISTRIBUTED").length).toBeGreaterThanOrEqual(11);
    const archive = (await listPublicArchive()).filter((issue) => issue.publication.name === DEMO_PUBLICATION);
    expect(archive.length).toBe(statuses.filter((status) => status === "DISTRIBUTED").length);
    const response = await (await import("./downloads")).publicPdfResponse(archive[0].id);
    expect(response.status).toBe(200);
    expect(new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
    const report = await councilSpaceReport(head, { year: String(new Date().getFullYear()) });
    expect(report.balance.some((row) => row.chars > 0)).toBe(true);
    await seedNewspaper(db as never, new Date());
    expect(await count()).toEqual(first);
  });
});

describe("newspaper: edits are versioned", () => {
  it("a stale publication, issue, contributor, club or advertiser save is a conflict; a fresh one is audited", async () => {
    const { issueId, publicationId } = await makeIssue();
    const { updatePublication, updateIssue } = await import("./issues");
    const { updateContributor, updateCouncilClub } = await import("./contributors");
    const { updateAdvertiser } = await import("./advertising");
    const publication = { id: publicationId, name: "Zpravodaj nový", frequency: "BIMONTHLY", printRun: "3000", priceMinor: "15", toHouseholds: "", pickUpPoints: "Radnice", pageCapacityChars: "6000" };
    await updatePublication(head, { ...publication, version: "0" });
    expect(await db.publication.findUniqueOrThrow({ where: { id: publicationId } })).toMatchObject({ name: "Zpravodaj nový", priceMinor: 1500, toHouseholds: false, version: 1 });
    await refusedWithoutChange(async () => updatePublication(head, { ...publication, version: "0" }), ConflictError);

    const issue = await db.newspaperIssue.findUniqueOrThrow({ where: { id: issueId } });
    const days = { editorialDeadline: `${issue.year}-03-11`, adDeadline: `${issue.year}-03-12`, printDate: `${issue.year}-03-20`, distributionDate: `${issue.year}-03-25` };
    await updateIssue(spokesperson, { id: issueId, version: String(issue.version), number: "3", year: String(issue.year), title: "Jaro", pageCount: "12", ...days });
    await refusedWithoutChange(async () => updateIssue(spokesperson, { id: issueId, version: String(issue.version), number: "3", year: String(issue.year), title: "x", pageCount: "12", ...days }), ConflictError);
    // Fewer pages than are in use is refused.
    const article = await createArticle(pr, { issueId, title: "Na straně 10", body: "Text", idempotencyKey: unique("a") });
    await changeArticleStatus(pr, { id: article.id, version: "0", status: "PROOFREADING", reason: "" });
    await changeArticleStatus(head, { id: article.id, version: "1", status: "APPROVED", reason: "" });
    await placeOnPage(pr, { kind: "article", id: article.id, page: "10" });
    await refusedWithoutChange(async () => updateIssue(spokesperson, { id: issueId, version: String(await issueVersion(issueId)), number: "3", year: String(issue.year), title: "Jaro", pageCount: "8", ...days }), ValidationError);

    const contributor = await createContributor(pr, { name: "Knihovna", email: "knihovna@example.test", kind: "ORGANISATION" });
    const contributorInput = { id: contributor.id, name: "Městská knihovna", email: "knihovna@example.test", kind: "ORGANISATION", isActive: "on" };
    await updateContributor(pr, { ...contributorInput, version: "0" });
    await refusedWithoutChange(async () => updateContributor(pr, { ...contributorInput, version: "0" }), ConflictError);

    const club = await createCouncilClub(head, { name: `Klub ${unique("k")}`, seats: "4" });
    await updateCouncilClub(head, { id: club.id, version: "0", name: `Klub ${unique("k")}`, seats: "5", isActive: "on" });
    await refusedWithoutChange(async () => updateCouncilClub(head, { id: club.id, version: "0", name: "Jiný", seats: "6", isActive: "on" }), ConflictError);

    const advertiser = await createAdvertiser(pr, { company: `Kavárna ${unique("c")}` });
    await updateAdvertiser(pr, { id: advertiser.id, version: "0", company: "Kavárna U Knihovny", isActive: "on" });
    await refusedWithoutChange(async () => updateAdvertiser(pr, { id: advertiser.id, version: "0", company: "Jiná", isActive: "on" }), ConflictError);
    expect(await db.auditLog.count({ where: { action: { in: ["newspaper.publication.update", "newspaper.issue.update", "newspaper.contributor.update", "newspaper.club.update", "newspaper.advertiser.update"] } } })).toBeGreaterThanOrEqual(5);
  });
});
