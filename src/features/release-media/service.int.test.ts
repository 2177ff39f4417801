import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { fileStorage } from "@/server/storage/file-storage";
import { makePressRelease, makeUser } from "../../../tests/support/factories";
import { contentDisposition, serveMedia } from "./download";
import { listPublicReleaseFiles, listReleaseFiles } from "./queries";
import { removeReleaseFile, updateReleaseFile, uploadReleaseFile } from "./service";

// ---------------------------------------------------------------------------------------------------
// Helpers: a temporary STORAGE_DIR, real images made with sharp, a real minimal PDF.

let storageRoot: string;
beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(tmpdir(), "herald-media-"));
  process.env.STORAGE_DIR = storageRoot;
});
afterAll(async () => {
  delete process.env.STORAGE_DIR;
  await rm(storageRoot, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

async function storedFiles(): Promise<string[]> {
  const folders = await readdir(storageRoot).catch(() => [] as string[]);
  const files = await Promise.all(folders.map((folder) => readdir(path.join(storageRoot, folder))));
  return files.flat().sort();
}

/** A JPEG 400×300 with EXIF (copyright, camera, GPS position) and orientation 6 (shown rotated: 300×400). */
async function jpegWithExif(width = 400, height = 300) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: "SECRET-COPYRIGHT", Make: "SECRET-CAMERA", Model: "X100" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 5/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "14/1 25/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

async function pngWithAlpha() {
  return sharp({ create: { width: 2000, height: 1000, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } }).png().toBuffer();
}

const MINIMAL_PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

function file(bytes: Uint8Array | string, name: string, type: string): File {
  return new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
}

async function author() {
  const { user, actor } = await makeUser({ roles: ["PR_STAFF"] });
  const release = await makePressRelease({ authorId: user.id, status: "DRAFT" });
  return { actor, release };
}

async function photoInput(pressReleaseId: string, extra: Record<string, unknown> = {}) {
  return { pressReleaseId, kind: "PHOTO", file: file(await jpegWithExif(), "radnice.jpg", "image/jpeg"), altText: "Radnice na náměstí", ...extra };
}

/** A refused upload changes nothing: no row, no audit entry, no file on disk. */
async function expectUploadRefused(attempt: () => Promise<unknown>, errorClass: new (...args: never[]) => Error, shape?: Record<string, unknown>) {
  const before = { files: await db.mediaFile.count(), audit: await db.auditLog.count(), disk: await storedFiles() };
  const error = await attempt().then(
    () => new Error("expected a refusal"),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(errorClass);
  if (shape) expect(error).toMatchObject(shape);
  expect({ files: await db.mediaFile.count(), audit: await db.auditLog.count(), disk: await storedFiles() }).toEqual(before);
  return error;
}

async function bytesOf(storageKey: string) {
  const stored = await fileStorage().get(storageKey);
  return stored ? Buffer.from(await new Response(stored.stream).arrayBuffer()) : null;
}

// ---------------------------------------------------------------------------------------------------

describe("uploadReleaseFile: photos", () => {
  it("re-encodes the photo: no EXIF or GPS, turned upright, full and web versions, row and audit", async () => {
    const { actor, release } = await author();
    const original = await jpegWithExif();
    expect((await sharp(original).metadata()).exif?.toString("latin1")).toContain("SECRET-COPYRIGHT");

    const row = await uploadReleaseFile(actor, await photoInput(release.id, { caption: "Nová radnice", credit: "Foto: Jan Novák" }));

    expect(row).toMatchObject({ kind: "PHOTO", mimeType: "image/jpeg", width: 300, height: 400, fileName: "radnice.jpg", position: 0 });
    expect(row.storageKey).toMatch(/^[0-9a-f-]{36}-full\.jpg$/);
    const full = await bytesOf(row.storageKey);
    const web = await bytesOf(row.storageKey.replace("-full.", "-web."));
    expect(full).not.toBeNull();
    expect(web).not.toBeNull();
    for (const stored of [full, web] as Buffer[]) {
      const metadata = await sharp(stored).metadata();
      expect(metadata.format).toBe("jpeg");
      expect(metadata.exif).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(stored.toString("latin1")).not.toMatch(/SECRET|GPS/);
    }
    expect(row.byteSize).toBe(full?.length);

    const saved = await db.mediaFile.findUniqueOrThrow({ where: { id: row.id } });
    expect(saved).toMatchObject({ pressReleaseId: release.id, caption: "Nová radnice", credit: "Foto: Jan Novák", altText: "Radnice na náměstí", uploadedById: actor.id });
    const audit = await db.auditLog.findFirst({ where: { action: "releaseMedia.upload", entityId: row.id } });
    expect(audit?.actorId).toBe(actor.id);
  });

  it("caps the size: full at 3000 px, web at 1200 px; transparency is kept as WebP", async () => {
    const { actor, release } = await author();
    const row = await uploadReleaseFile(actor, { pressReleaseId: release.id, kind: "PHOTO", file: file(await pngWithAlpha(), "logo.png", "image/png"), altText: "Logo" });
    expect(row).toMatchObject({ mimeType: "image/webp", width: 2000, height: 1000, fileName: "logo.webp", position: 0 });
    const web = await sharp((await bytesOf(row.storageKey.replace("-full.", "-web."))) as Buffer).metadata();
    expect([web.format, web.width, web.height, web.hasAlpha]).toEqual(["webp", 1200, 600, true]);

    const big = await sharp({ create: { width: 4000, height: 1000, channels: 3, background: "white" } }).jpeg().toBuffer();
    const second = await uploadReleaseFile(actor, { pressReleaseId: release.id, kind: "PHOTO", file: file(big, "big.jpg", "image/jpeg"), altText: "Panorama" });
    expect(second).toMatchObject({ width: 3000, height: 750, position: 1 });
  });

  it("refuses a photo without alt text", async () => {
    const { actor, release } = await author();
    const blank = await photoInput(release.id, { altText: "  " });
    const blankError = (await expectUploadRefused(() => uploadReleaseFile(actor, blank), ValidationError)) as ValidationError;
    expect(blankError.fieldIssues.altText).toEqual([{ key: "altTextRequired" }]);
    const input = await photoInput(release.id);
    const { altText: _altText, ...withoutAlt } = input;
    const error = (await expectUploadRefused(() => uploadReleaseFile(actor, withoutAlt), ValidationError)) as ValidationError;
    expect(error.fieldIssues.altText).toEqual([{ key: "altTextRequired" }]);
  });

  it("decides by the bytes: a PDF is not a photo, HTML named .jpg is not a photo, a PNG named .pdf is not a PDF", async () => {
    const { actor, release } = await author();
    const asPhoto = (f: File) => uploadReleaseFile(actor, { pressReleaseId: release.id, kind: "PHOTO", file: f, altText: "x" });
    let error = (await expectUploadRefused(() => asPhoto(file(MINIMAL_PDF, "a.jpg", "image/jpeg")), ValidationError)) as ValidationError;
    expect(error.fieldIssues.file).toEqual([{ key: "photoTypeNotAllowed" }]);
    await expectUploadRefused(() => asPhoto(file("<html><script>alert(1)</script></html>", "a.jpg", "image/jpeg")), ValidationError);
    error = (await expectUploadRefused(
      async () => uploadReleaseFile(actor, { pressReleaseId: release.id, kind: "ATTACHMENT", file: file(await pngWithAlpha(), "a.pdf", "application/pdf") }),
      ValidationError,
    )) as ValidationError;
    expect(error.fieldIssues.file).toEqual([{ key: "attachmentTypeNotAllowed" }]);
  });

  it("refuses bytes that start like a JPEG but are not an image", async () => {
    const { actor, release } = await author();
    const fake = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode("<script>alert(1)</script>")]);
    const error = (await expectUploadRefused(
      () => uploadReleaseFile(actor, { pressReleaseId: release.id, kind: "PHOTO", file: file(fake, "a.jpg", "image/jpeg"), altText: "x" }),
      ValidationError,
    )) as ValidationError;
    expect(error.fieldIssues.file).toEqual([{ key: "imageUnreadable" }]);
  });

  it("refuses an oversized photo (over 15 MB) before decoding it", async () => {
    const { actor, release } = await author();
    const big = new Uint8Array(15 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    const error = (await expectUploadRefused(
      () => uploadReleaseFile(actor, { pressReleaseId: release.id, kind: "PHOTO", file: file(big, "a.jpg", "image/jpeg"), altText: "x" }),
      ValidationError,
    )) as ValidationError;
    expect(error.fieldIssues.file).toEqual([{ key: "fileTooLarge", values: { max: 15 } }]);
  });

  it("refuses an empty or missing file and unknown fields", async () => {
    const { actor, release } = await author();
    const error = (await expectUploadRefused(
      () => uploadReleaseFile(actor, { pressReleaseId: release.id, kind: "PHOTO", file: new File([], ""), altText: "x" }),
      ValidationError,
    )) as ValidationError;
    expect(error.fieldIssues.file).toEqual([{ key: "fileRequired" }]);
    await expectUploadRefused(() => uploadReleaseFile(actor, { pressReleaseId: release.id, kind: "PHOTO", file: "not a file", altText: "x" }), ValidationError);
    await expectUploadRefused(async () => uploadReleaseFile(actor, { ...(await photoInput(release.id)), storageKey: "../../x" }), ValidationError);
  });
});

describe("uploadReleaseFile: attachments", () => {
  it("stores a real PDF as it is", async () => {
    const { actor, release } = await author();
    const row = await uploadReleaseFile(actor, { pressReleaseId: release.id, kind: "ATTACHMENT", file: file(MINIMAL_PDF, "Rozpočet 2027.pdf", "application/pdf"), caption: "Návrh rozpočtu" });
    expect(row).toMatchObject({ kind: "ATTACHMENT", mimeType: "application/pdf", fileName: "Rozpočet 2027.pdf", byteSize: MINIMAL_PDF.length, width: null, height: null });
    expect(row.storageKey).toMatch(/-orig\.pdf$/);
    expect((await bytesOf(row.storageKey))?.toString("latin1")).toBe(MINIMAL_PDF);
  });

  it("refuses HTML sent as a PDF (name, type and all)", async () => {
    const { actor, release } = await author();
    const error = (await expectUploadRefused(
      () => uploadReleaseFile(actor, { pressReleaseId: release.id, kind: "ATTACHMENT", file: file("<!DOCTYPE html><html><script>alert(document.cookie)</script>", "report.pdf", "application/pdf") }),
      ValidationError,
    )) as ValidationError;
    expect(error.fieldIssues.file).toEqual([{ key: "attachmentTypeNotAllowed" }]);
  });

  it("refuses a PDF over 20 MB", async () => {
    const { actor, release } = await author();
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode("%PDF-1.4\n"));
    const error = (await expectUploadRefused(
      () => uploadReleaseFile(actor, { pressReleaseId: release.id, kind: "ATTACHMENT", file: file(big, "big.pdf", "application/pdf") }),
      ValidationError,
    )) as ValidationError;
    expect(error.fieldIssues.file).toEqual([{ key: "fileTooLarge", values: { max: 20 } }]);
  });
});

describe("uploadReleaseFile: who may", () => {
  it("refuses a visitor, roles without pressRelease.draft, other staff's drafts, and releases past editing", async () => {
    const { actor, release } = await author();
    const input = await photoInput(release.id);
    await expectUploadRefused(() => uploadReleaseFile(null, input), UnauthenticatedError);
    for (const roles of [["HEAD_OF_OFFICE"], ["ASSISTANT"], ["ADMIN"]] as const) {
      const other = (await makeUser({ roles: [...roles] })).actor;
      await expectUploadRefused(() => uploadReleaseFile(other, input), ForbiddenError);
    }
    const colleague = (await makeUser({ roles: ["PR_STAFF"] })).actor;
    await expectUploadRefused(() => uploadReleaseFile(colleague, input), ForbiddenError);

    const inReview = await makePressRelease({ authorId: actor.id, status: "IN_REVIEW" });
    await expectUploadRefused(async () => uploadReleaseFile(actor, await photoInput(inReview.id)), ForbiddenError);
    const unknown = { ...input, pressReleaseId: crypto.randomUUID() };
    await expectUploadRefused(() => uploadReleaseFile(actor, unknown), NotFoundError);
  });

  it("the spokesperson adds to a published release, not to a scheduled or withdrawn one", async () => {
    const spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
    const published = await makePressRelease({ status: "PUBLISHED" });
    await expect(uploadReleaseFile(spokesperson, await photoInput(published.id))).resolves.toMatchObject({ pressReleaseId: published.id });
    for (const status of ["SCHEDULED", "WITHDRAWN"] as const) {
      const release = await makePressRelease({ status });
      await expectUploadRefused(async () => uploadReleaseFile(spokesperson, await photoInput(release.id)), ForbiddenError);
    }
  });

  it("removes the written files when the transaction fails", async () => {
    const { actor, release } = await author();
    const input = await photoInput(release.id);
    await db.user.count(); // the client exists from here on
    const client = (globalThis as unknown as { heraldDb: typeof db }).heraldDb;
    vi.spyOn(client, "$transaction").mockRejectedValueOnce(new Error("database went away"));
    const before = await storedFiles();
    await expect(uploadReleaseFile(actor, input)).rejects.toThrow("database went away");
    expect(await storedFiles()).toEqual(before);
    expect(await db.mediaFile.count({ where: { pressReleaseId: release.id } })).toBe(0);
  });
});

describe("updateReleaseFile and removeReleaseFile", () => {
  it("changes caption, credit, alt text and position (audited); a photo keeps its alt text", async () => {
    const { actor, release } = await author();
    const row = await uploadReleaseFile(actor, await photoInput(release.id));
    const after = await updateReleaseFile(actor, { id: row.id, caption: "Nový popisek", credit: "Foto: MěÚ", altText: "Budova radnice", position: "3" });
    expect(after).toMatchObject({ caption: "Nový popisek", credit: "Foto: MěÚ", altText: "Budova radnice", position: 3 });
    expect(await db.auditLog.count({ where: { action: "releaseMedia.update", entityId: row.id } })).toBe(1);
    await expectUploadRefused(() => updateReleaseFile(actor, { id: row.id, caption: "x", altText: "" }), ValidationError);
    const colleague = (await makeUser({ roles: ["PR_STAFF"] })).actor;
    await expectUploadRefused(() => updateReleaseFile(colleague, { id: row.id, altText: "hacked" }), ForbiddenError);
  });

  it("removes the row (audited) and then its stored files", async () => {
    const { actor, release } = await author();
    const row = await uploadReleaseFile(actor, await photoInput(release.id));
    const keys = [row.storageKey, row.storageKey.replace("-full.", "-web.")];
    expect((await storedFiles()).filter((name) => keys.includes(name))).toHaveLength(2);

    const colleague = (await makeUser({ roles: ["PR_STAFF"] })).actor;
    await expectUploadRefused(() => removeReleaseFile(colleague, { id: row.id }), ForbiddenError);
    await expectUploadRefused(() => removeReleaseFile(null, { id: row.id }), UnauthenticatedError);

    await expect(removeReleaseFile(actor, { id: row.id })).resolves.toEqual({ id: row.id, pressReleaseId: release.id });
    expect(await db.mediaFile.findUnique({ where: { id: row.id } })).toBeNull();
    expect((await storedFiles()).filter((name) => keys.includes(name))).toEqual([]);
    const audit = await db.auditLog.findFirst({ where: { action: "releaseMedia.remove", entityId: row.id } });
    expect(audit?.before).toMatchObject({ fileName: "radnice.jpg" });
    await expect(removeReleaseFile(actor, { id: row.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

// ---------------------------------------------------------------------------------------------------

describe("queries", () => {
  it("lists a release's files for staff, and the public files only of publicly visible releases", async () => {
    const spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
    const published = await makePressRelease({ status: "PUBLISHED" });
    const embargoed = await makePressRelease({ status: "PUBLISHED", embargoUntil: new Date(Date.now() + 86_400_000) });
    await uploadReleaseFile(spokesperson, await photoInput(published.id, { caption: "Foto", credit: "MěÚ" }));
    await uploadReleaseFile(spokesperson, { pressReleaseId: published.id, kind: "ATTACHMENT", file: file(MINIMAL_PDF, "a.pdf", "application/pdf") });
    await uploadReleaseFile(spokesperson, await photoInput(embargoed.id));

    const staff = await listReleaseFiles(spokesperson, published.id);
    expect(staff.canManage).toBe(true);
    expect(staff.files.map((row) => row.kind)).toEqual(["PHOTO", "ATTACHMENT"]);
    const head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
    expect((await listReleaseFiles(head, published.id)).canManage).toBe(false);
    await expect(listReleaseFiles(null, published.id)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listReleaseFiles((await makeUser({ roles: ["ASSISTANT"] })).actor, published.id)).rejects.toBeInstanceOf(ForbiddenError);

    const visible = await listPublicReleaseFiles(published.slug);
    expect(visible.photos).toHaveLength(1);
    expect(visible.photos[0]).toMatchObject({ caption: "Foto", credit: "MěÚ", altText: "Radnice na náměstí" });
    expect(visible.photos[0]).not.toHaveProperty("storageKey");
    expect(visible.attachments).toHaveLength(1);
    expect(await listPublicReleaseFiles(embargoed.slug)).toEqual({ photos: [], attachments: [] });
  });
});

describe("GET /media/<id>", () => {
  const request = (id: string, query = "") => new Request(`http://localhost/media/${id}${query}`);

  it("serves a public photo to anyone with nosniff and Content-Disposition (route handler)", async () => {
    const { GET } = await import("@/app/media/[id]/route");
    const spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
    const published = await makePressRelease({ status: "PUBLISHED" });
    const row = await uploadReleaseFile(spokesperson, await photoInput(published.id));

    const web = await GET(request(row.id, "?size=web"), { params: Promise.resolve({ id: row.id }) });
    expect(web.status).toBe(200);
    expect(web.headers.get("content-type")).toBe("image/jpeg");
    expect(web.headers.get("x-content-type-options")).toBe("nosniff");
    expect(web.headers.get("content-disposition")).toBe(contentDisposition("inline", "radnice.jpg"));
    expect(web.headers.get("cache-control")).toMatch(/^public/);
    expect((await sharp(Buffer.from(await web.arrayBuffer())).metadata()).width).toBe(300);

    const full = await GET(request(row.id, "?size=full&download=1"), { params: Promise.resolve({ id: row.id }) });
    expect(full.headers.get("content-disposition")).toBe(`attachment; filename="radnice.jpg"; filename*=UTF-8''radnice.jpg`);
    expect(Number(full.headers.get("content-length"))).toBe(row.byteSize);
    await full.body?.cancel();
  });

  it("serves a staff-only file only to staff with pressRelease.view, and a PDF always as an attachment", async () => {
    const { actor, release } = await author();
    const pdf = await uploadReleaseFile(actor, { pressReleaseId: release.id, kind: "ATTACHMENT", file: file(MINIMAL_PDF, "Zápis.pdf", "application/pdf") });
    const anonymous = vi.fn(async (): Promise<Actor | null> => null);

    const refused = await serveMedia(request(pdf.id), pdf.id, anonymous);
    expect(refused.status).toBe(404);
    expect(anonymous).toHaveBeenCalledOnce();
    const assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
    expect((await serveMedia(request(pdf.id), pdf.id, async () => assistant)).status).toBe(404);

    const head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
    const served = await serveMedia(request(pdf.id), pdf.id, async () => head);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("content-disposition")).toBe(`attachment; filename="Zapis.pdf"; filename*=UTF-8''Z%C3%A1pis.pdf`);
    expect(served.headers.get("cache-control")).toBe("private, no-store");
    expect(await served.text()).toBe(MINIMAL_PDF);
  });

  it("answers 404 for unknown and malformed ids", async () => {
    const nobody = async () => null;
    expect((await serveMedia(request("x"), "../../etc/passwd", nobody)).status).toBe(404);
    expect((await serveMedia(request("x"), crypto.randomUUID(), nobody)).status).toBe(404);
  });
});
