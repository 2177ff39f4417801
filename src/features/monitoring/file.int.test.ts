import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { fileStorage } from "@/server/storage/file-storage";
import { makeUser, unique } from "../../../tests/support/factories";
import { clippingFile, onDemandBriefing } from "./queries";
import { createClipping } from "./service";

// A print clipping with its PDF scan (the type read from the bytes, stored outside public/), and the
// briefing of any period computed on demand.

let storageRoot: string;
beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(tmpdir(), "herald-monitoring-"));
  process.env.STORAGE_DIR = storageRoot;
});
afterAll(async () => {
  delete process.env.STORAGE_DIR;
  await rm(storageRoot, { recursive: true, force: true });
});

const PDF = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`;

describe("a print clipping with its scan", () => {
  it("stores the PDF and serves it to staff; a file that is not a PDF is refused and nothing is stored", async () => {
    const { actor } = await makeUser({ roles: ["PR_STAFF"] });
    const head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
    const title = `Večerník: lávka na titulní straně ${unique("p")}`;
    const created = await createClipping(actor, {
      outlet: "Večerník Horní Lhota",
      mediaType: "PRINT",
      publishedAt: "2026-11-16T06:00",
      title,
      placement: "s. 1",
      topics: "Doprava",
      file: new File([PDF], "vecernik-s1.pdf", { type: "application/pdf" }),
    });
    const file = await clippingFile(head, created.id);
    expect(file.fileName).toBe("vecernik-s1.pdf");
    const stored = await fileStorage().get(file.key);
    expect(stored?.size).toBe(PDF.length);

    const before = await db.clipping.count();
    await expect(
      createClipping(actor, { outlet: "Večerník Horní Lhota", mediaType: "PRINT", publishedAt: "2026-11-16T06:00", title: "Podvržený soubor", file: new File(["<html><script>alert(1)</script></html>"], "scan.pdf", { type: "application/pdf" }) }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.clipping.count()).toBe(before);

    const briefing = await onDemandBriefing(head, { from: "2026-11-16", to: "2026-11-16" });
    expect(briefing.content?.groups.flatMap((group) => group.items).map((item) => item.title)).toContain(title);
    expect((await onDemandBriefing(head, { from: "2026-11-17", to: "2026-11-16" })).content).toBeNull();
  });
});
