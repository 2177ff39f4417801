// An item's photo: checked by its bytes, re-encoded, stored outside public/, served to staff only.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ForbiddenError, ValidationError } from "@/server/errors";
import { makeUser, unique } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { promoItemPhoto } from "./queries";
import { createPromoItem, setPromoItemPhoto } from "./service";

let storageRoot: string;
beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(tmpdir(), "herald-promo-"));
  process.env.STORAGE_DIR = storageRoot;
});
afterAll(async () => {
  delete process.env.STORAGE_DIR;
  await rm(storageRoot, { recursive: true, force: true });
});

describe("promotional item photos", () => {
  it("stores a re-encoded photo; refuses a non-image and other roles", async () => {
    const { actor } = await makeUser({ roles: ["ASSISTANT"] });
    const item = await createPromoItem(actor, { sku: unique("P"), name: "Deštník", category: "Textil", unit: "ks", location: "Sklad radnice" });
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 20, g: 80, b: 160 } } }).png().toBuffer();
    await setPromoItemPhoto(actor, { id: item.id, file: new File([new Uint8Array(png)], "destnik.png", { type: "image/png" }) });
    const photo = await promoItemPhoto(actor, item.id);
    expect(photo.key).toMatch(/-web\.(jpg|webp|png)$/);
    await expectRefusedWithoutChange(() => setPromoItemPhoto(actor, { id: item.id, file: new File([new TextEncoder().encode("<svg/>")], "x.png") }), ValidationError);
    const { actor: spokesperson } = await makeUser({ roles: ["SPOKESPERSON"] });
    await expectRefusedWithoutChange(() => setPromoItemPhoto(spokesperson, { id: item.id, file: new File([new Uint8Array(png)], "d.png") }), ForbiddenError);
    await expect(promoItemPhoto(spokesperson, item.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.auditLog.findMany({ where: { entityId: item.id }, select: { action: true } })).map((row) => row.action)).toContain("promoItem.photo");
  });
});
