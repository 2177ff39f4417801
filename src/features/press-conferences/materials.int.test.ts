import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveMedia } from "@/features/release-media/download";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makeUser, unique, uniqueEmail } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { findInviteeMaterial, listConferenceMaterials, listInviteeMaterials, removeConferenceMaterial, setMaterialsPublished, uploadConferenceMaterial } from "./materials";

// A press conference's materials: staff upload and publish them; each invited journalist reaches them
// with the token of their own invitation, and only once published. Real files in a temporary STORAGE_DIR.

const MINIMAL_PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const pdf = (name = "prezentace.pdf") => new File([MINIMAL_PDF], name, { type: "application/pdf" });

let storageRoot: string;
let spokesperson: Actor;
let prStaff: Actor;
let assistant: Actor;
let head: Actor;

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(tmpdir(), "herald-materials-"));
  process.env.STORAGE_DIR = storageRoot;
  spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
  prStaff = (await makeUser({ roles: ["PR_STAFF"] })).actor;
  assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
  head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
});

afterAll(async () => {
  delete process.env.STORAGE_DIR;
  await rm(storageRoot, { recursive: true, force: true });
});

/** A conference with one invited journalist; returns its id and the invitation's token. */
async function conferenceWithInvitee() {
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const conference = await db.pressConference.create({
    data: { topic: `Rozpočet ${unique("tk")}`, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), venue: "Radnice", createdById: spokesperson.id },
  });
  const contact = await db.mediaContact.create({
    data: { name: "Jana Nováková", email: uniqueEmail("novinarka"), legalBasis: "public task (Art. 6(1)(e))", unsubscribeToken: randomBytes(24).toString("base64url") },
  });
  const token = randomBytes(24).toString("base64url");
  await db.pressConferenceInvitation.create({ data: { conferenceId: conference.id, contactId: contact.id, email: contact.email, name: contact.name, rsvpToken: token, status: "SENT" } });
  return { conferenceId: conference.id, token };
}

describe("conference materials", () => {
  it("are uploaded by PR staff, audited, and reach the invitees only once published", async () => {
    const { conferenceId, token } = await conferenceWithInvitee();
    const { id } = await uploadConferenceMaterial(prStaff, { conferenceId, kind: "ATTACHMENT", file: pdf(), caption: "Prezentace rozpočtu" });
    expect(await listConferenceMaterials(assistant, conferenceId)).toMatchObject([{ id, kind: "ATTACHMENT", fileName: "prezentace.pdf", caption: "Prezentace rozpočtu" }]);
    expect(await db.auditLog.findFirst({ where: { entityId: id, action: "pressConference.materialUpload", actorId: prStaff.id } })).not.toBeNull();

    // Not yet published: the invitee sees nothing and cannot download it.
    expect(await listInviteeMaterials(token)).toEqual([]);
    expect(await findInviteeMaterial(token, id)).toBeNull();

    await setMaterialsPublished(prStaff, { conferenceId, published: "true" });
    expect(await listInviteeMaterials(token)).toMatchObject([{ id, fileName: "prezentace.pdf" }]);
    expect(await findInviteeMaterial(token, id)).toMatchObject({ id, mimeType: "application/pdf" });
    expect(await db.auditLog.count({ where: { entityId: conferenceId, action: "pressConference.materialsPublish" } })).toBe(1);

    // Publishing twice changes nothing more; hiding takes them away again.
    await setMaterialsPublished(prStaff, { conferenceId, published: "true" });
    expect(await db.auditLog.count({ where: { entityId: conferenceId, action: "pressConference.materialsPublish" } })).toBe(1);
    await setMaterialsPublished(spokesperson, { conferenceId, published: "false" });
    expect(await findInviteeMaterial(token, id)).toBeNull();
  });

  it("are never reachable with another conference's token, a made-up token, or a release's file id", async () => {
    const first = await conferenceWithInvitee();
    const second = await conferenceWithInvitee();
    const { id } = await uploadConferenceMaterial(spokesperson, { conferenceId: first.conferenceId, kind: "ATTACHMENT", file: pdf() });
    await setMaterialsPublished(spokesperson, { conferenceId: first.conferenceId, published: "true" });
    await uploadConferenceMaterial(spokesperson, { conferenceId: second.conferenceId, kind: "ATTACHMENT", file: pdf("jine.pdf") });
    await setMaterialsPublished(spokesperson, { conferenceId: second.conferenceId, published: "true" });
    expect(await findInviteeMaterial(second.token, id)).toBeNull();
    expect(await findInviteeMaterial("x".repeat(32), id)).toBeNull();
    expect(await findInviteeMaterial("../../etc/passwd", id)).toBeNull();
    expect((await listInviteeMaterials(second.token)).map((material) => material.fileName)).toEqual(["jine.pdf"]);
  });

  it("are downloaded by staff who see conferences (the assistant too), not by a visitor", async () => {
    const { conferenceId } = await conferenceWithInvitee();
    const { id } = await uploadConferenceMaterial(prStaff, { conferenceId, kind: "ATTACHMENT", file: pdf() });
    const request = new Request(`http://localhost/media/${id}`);
    const forAssistant = await serveMedia(request, id, async () => assistant);
    expect(forAssistant.status).toBe(200);
    expect(forAssistant.headers.get("cache-control")).toBe("private, no-store");
    expect(forAssistant.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect((await serveMedia(request, id, async () => null)).status).toBe(404);
  });

  it("take photos with their alt text, re-encoded like a release's", async () => {
    const { conferenceId } = await conferenceWithInvitee();
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 20, g: 120, b: 20 } } }).jpeg().toBuffer();
    const file = new File([new Uint8Array(photo)], "namesti.jpg", { type: "image/jpeg" });
    await expect(uploadConferenceMaterial(prStaff, { conferenceId, kind: "PHOTO", file })).rejects.toBeInstanceOf(ValidationError);
    const { id } = await uploadConferenceMaterial(prStaff, { conferenceId, kind: "PHOTO", file, altText: "Náměstí s novou dlažbou" });
    expect(await db.mediaFile.findUniqueOrThrow({ where: { id } })).toMatchObject({ kind: "PHOTO", width: 800, height: 600, pressReleaseId: null, pressConferenceId: conferenceId });
  });

  it("are refused for a visitor and for roles without pressConference.manage, and for bad input, changing nothing", async () => {
    const { conferenceId } = await conferenceWithInvitee();
    const { id } = await uploadConferenceMaterial(prStaff, { conferenceId, kind: "ATTACHMENT", file: pdf() });
    await expectRefusedWithoutChange(() => uploadConferenceMaterial(null, { conferenceId, kind: "ATTACHMENT", file: pdf() }), UnauthenticatedError);
    for (const actor of [assistant, head]) {
      await expectRefusedWithoutChange(() => uploadConferenceMaterial(actor, { conferenceId, kind: "ATTACHMENT", file: pdf() }), ForbiddenError);
      await expectRefusedWithoutChange(() => removeConferenceMaterial(actor, { id }), ForbiddenError);
      await expectRefusedWithoutChange(() => setMaterialsPublished(actor, { conferenceId, published: "true" }), ForbiddenError);
    }
    const notAPdf = new File(["<script>alert(1)</script>"], "podklad.pdf", { type: "application/pdf" });
    await expectRefusedWithoutChange(() => uploadConferenceMaterial(prStaff, { conferenceId, kind: "ATTACHMENT", file: notAPdf }), ValidationError);
    await expectRefusedWithoutChange(() => uploadConferenceMaterial(prStaff, { conferenceId: crypto.randomUUID(), kind: "ATTACHMENT", file: pdf() }), NotFoundError);
    await expectRefusedWithoutChange(() => setMaterialsPublished(prStaff, { conferenceId, published: "maybe" }), ValidationError);
    expect(await db.mediaFile.count({ where: { pressConferenceId: conferenceId } })).toBe(1);
  });

  it("cannot be published when there are none; removal deletes the row and is audited", async () => {
    const { conferenceId } = await conferenceWithInvitee();
    await expectRefusedWithoutChange(() => setMaterialsPublished(prStaff, { conferenceId, published: "true" }), PreconditionError);
    const { id } = await uploadConferenceMaterial(prStaff, { conferenceId, kind: "ATTACHMENT", file: pdf() });
    expect(await removeConferenceMaterial(spokesperson, { id })).toEqual({ id, conferenceId });
    expect(await db.mediaFile.findUnique({ where: { id } })).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: id, action: "pressConference.materialRemove" } })).toBe(1);
    await expect(removeConferenceMaterial(spokesperson, { id })).rejects.toBeInstanceOf(NotFoundError);
  });
});
