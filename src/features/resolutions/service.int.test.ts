import { describe, expect, it } from "vitest";
import type { Role } from "@/server/authz/roles";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makePressRelease, makeResolution, makeUser, unique } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { createResolution, deleteResolution, importResolutions, previewResolutionImport, updateResolution } from "./service";

/** A resolution number no other test uses: unique sequence, year 2026. */
let counter = 0;
function uniqueNumber(): string {
  counter += 1;
  return `${(Number.parseInt(unique("n").split("-")[2], 16) % 90_000) + 10_000 + counter}/2025`;
}

function validInput(overrides: Record<string, unknown> = {}) {
  return { body: "RM", number: uniqueNumber(), adoptedOn: "2026-03-14", title: "Rada schvaluje opravu chodníků", text: "", url: "", ...overrides };
}

async function manager() {
  return (await makeUser({ roles: ["PR_STAFF"] })).actor;
}

function auditOf(entityId: string) {
  return db.auditLog.findMany({ where: { entityType: "CouncilResolution", entityId }, orderBy: { id: "asc" } });
}

const WITHOUT_MANAGE: Role[] = ["ASSISTANT", "HEAD_OF_OFFICE", "ADMIN"];

describe("createResolution", () => {
  it("creates the resolution (trimmed, Czech date), audited in the same step", async () => {
    const actor = await manager();
    const number = uniqueNumber();
    const { id, version } = await createResolution(actor, validInput({ body: "zm", number: ` ${number} `, adoptedOn: "2. 3. 2026", url: "https://example.cz/u" }));
    const row = await db.councilResolution.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ body: "ZM", number, adoptedOn: new Date("2026-03-02T00:00:00Z"), text: null, url: "https://example.cz/u", version: 1 });
    expect(version).toBe(1);
    const audit = await auditOf(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "resolution.create", actorId: actor.id, after: { id, body: "ZM", number } });
  });

  it("the spokesperson may too", async () => {
    const { actor } = await makeUser({ roles: ["SPOKESPERSON"] });
    await expect(createResolution(actor, validInput())).resolves.toMatchObject({ version: 1 });
  });

  it("a double submit with one idempotency key makes one resolution", async () => {
    const actor = await manager();
    const input = validInput({ idempotencyKey: crypto.randomUUID() });
    const first = await createResolution(actor, input);
    const second = await createResolution(actor, input);
    expect(second.id).toBe(first.id);
    expect(await db.councilResolution.count({ where: { number: input.number } })).toBe(1);
  });

  it("a taken (body, number) is a field error and changes nothing; the other body may use the number", async () => {
    const actor = await manager();
    const existing = await makeResolution({ body: "RM", number: uniqueNumber() });
    const error = await expectRefusedWithoutChange(() => createResolution(actor, validInput({ number: existing.number })), ValidationError);
    expect(error.fieldIssues.number[0]).toMatchObject({ key: "resolutionNumberTaken", values: { body: "RM", number: existing.number } });
    await expect(createResolution(actor, validInput({ body: "ZM", number: existing.number }))).resolves.toBeDefined();
  });

  it("bad input changes nothing", async () => {
    const actor = await manager();
    for (const bad of [
      { number: "abc" },
      { adoptedOn: "31. 2. 2026" },
      { adoptedOn: "2099-01-01" },
      { title: "" },
      { title: "x".repeat(501) },
      { text: "x".repeat(20_001) },
      { url: "javascript:alert(1)" },
      { body: "XX" },
      { isAdmin: true },
    ]) {
      await expectRefusedWithoutChange(() => createResolution(actor, validInput(bad)), ValidationError);
    }
  });

  it.each(WITHOUT_MANAGE)("%s is refused and nothing changes", async (role) => {
    const { actor } = await makeUser({ roles: [role] });
    await expectRefusedWithoutChange(() => createResolution(actor, validInput()), ForbiddenError);
  });

  it("without a session: refused", async () => {
    await expectRefusedWithoutChange(() => createResolution(null, validInput()), UnauthenticatedError);
  });
});

describe("updateResolution", () => {
  it("saves the edit, bumps the version and audits before and after", async () => {
    const actor = await manager();
    const { id } = await createResolution(actor, validInput());
    const number = uniqueNumber();
    const result = await updateResolution(actor, { id, version: 1, ...validInput({ number, title: "Nový název", text: "Řádek 1\r\nŘádek 2" }) });
    expect(result).toEqual({ id, version: 2 });
    expect(await db.councilResolution.findUniqueOrThrow({ where: { id } })).toMatchObject({ number, title: "Nový název", text: "Řádek 1\nŘádek 2", version: 2 });
    const audit = await auditOf(id);
    expect(audit.map((entry) => entry.action)).toEqual(["resolution.create", "resolution.update"]);
    expect(audit[1]).toMatchObject({ before: { title: "Rada schvaluje opravu chodníků", version: 1 }, after: { title: "Nový název", version: 2 } });
  });

  it("keeping its own number is no conflict with itself", async () => {
    const actor = await manager();
    const input = validInput();
    const { id } = await createResolution(actor, input);
    await expect(updateResolution(actor, { ...input, id, version: 1, title: "Jiný název" })).resolves.toEqual({ id, version: 2 });
  });

  it("a stale version is a conflict and changes nothing", async () => {
    const actor = await manager();
    const input = validInput();
    const { id } = await createResolution(actor, input);
    await updateResolution(actor, { ...input, id, version: 1, title: "První uložení" });
    await expectRefusedWithoutChange(() => updateResolution(actor, { ...input, id, version: 1, title: "Druhé uložení" }), ConflictError, { messageKey: "staleVersion" });
    expect((await db.councilResolution.findUniqueOrThrow({ where: { id } })).title).toBe("První uložení");
  });

  it("moving onto another resolution's number is a field error", async () => {
    const actor = await manager();
    const other = await makeResolution({ number: uniqueNumber() });
    const input = validInput();
    const { id } = await createResolution(actor, input);
    const error = await expectRefusedWithoutChange(() => updateResolution(actor, { ...input, id, version: 1, number: other.number }), ValidationError);
    expect(Object.keys(error.fieldIssues)).toEqual(["number"]);
  });

  it("bad input, an unknown id and a role without resolution.manage change nothing", async () => {
    const actor = await manager();
    const input = validInput();
    const { id } = await createResolution(actor, input);
    await expectRefusedWithoutChange(() => updateResolution(actor, { ...input, id, version: 1, title: " " }), ValidationError);
    await expectRefusedWithoutChange(() => updateResolution(actor, { ...input, id: crypto.randomUUID(), version: 1 }), NotFoundError);
    for (const role of WITHOUT_MANAGE) {
      const { actor: other } = await makeUser({ roles: [role] });
      await expectRefusedWithoutChange(() => updateResolution(other, { ...input, id, version: 1, title: "Cizí" }), ForbiddenError);
    }
  });
});

describe("deleteResolution", () => {
  it("deletes an unlinked resolution, audited", async () => {
    const actor = await manager();
    const { id } = await createResolution(actor, validInput());
    await deleteResolution(actor, { id, version: 1 });
    expect(await db.councilResolution.findUnique({ where: { id } })).toBeNull();
    const audit = await auditOf(id);
    expect(audit.map((entry) => entry.action)).toEqual(["resolution.create", "resolution.delete"]);
    expect(audit[1].before).toMatchObject({ id });
  });

  it("refuses a resolution that a release links, and a stale version, changing nothing", async () => {
    const actor = await manager();
    const resolution = await makeResolution({ number: uniqueNumber() });
    await makePressRelease({ resolutionIds: [resolution.id] });
    await expectRefusedWithoutChange(() => deleteResolution(actor, { id: resolution.id, version: 1 }), PreconditionError, {
      messageKey: "resolutionLinked",
      values: { count: 1 },
    });
    const { id } = await createResolution(actor, validInput());
    await expectRefusedWithoutChange(() => deleteResolution(actor, { id, version: 7 }), ConflictError);
  });

  it.each(WITHOUT_MANAGE)("%s may not delete", async (role) => {
    const { id } = await createResolution(await manager(), validInput());
    const { actor } = await makeUser({ roles: [role] });
    await expectRefusedWithoutChange(() => deleteResolution(actor, { id, version: 1 }), ForbiddenError);
  });
});

describe("CSV import", () => {
  /** A semicolon file as Czech Excel saves it: BOM, CRLF, Czech headers and dates, a quoted line break. */
  function czechExcelCsv(numbers: string[], extraRow = "") {
    return (
      "\uFEFForgán;číslo;datum;název;text;odkaz\r\n" +
      `RM;${numbers[0]};14. 3. 2026;"Dotace; chodníky";"Řádek 1\r\nŘádek ""2""";https://example.cz/a\r\n` +
      `ZM;${numbers[1]};2.3.2026;Rozpočet 2026;;\r\n` +
      extraRow
    );
  }

  const fileOf = (text: string) => new File([new TextEncoder().encode(text)], "usneseni.csv", { type: "text/csv" });

  it("previews what would be created and updated, changing nothing", async () => {
    const actor = await manager();
    const existing = await makeResolution({ body: "ZM", number: uniqueNumber() });
    const fresh = uniqueNumber();
    const text = czechExcelCsv([fresh, existing.number]);
    const before = await db.councilResolution.count();
    const preview = await previewResolutionImport(actor, { file: fileOf(text) });
    expect(await db.councilResolution.count()).toBe(before);
    expect(preview.counts).toEqual({ create: 1, update: 1, unchanged: 0, error: 0 });
    expect(preview.rows).toEqual([
      expect.objectContaining({ row: 2, body: "RM", number: fresh, adoptedOn: "2026-03-14", title: "Dotace; chodníky", action: "create", issues: [] }),
      // Row 3, as a spreadsheet shows it: the quoted line break stays inside row 2.
      expect.objectContaining({ row: 3, body: "ZM", number: existing.number, adoptedOn: "2026-03-02", action: "update" }),
    ]);
    expect(preview.csv).toBe(text.slice(1)); // the BOM is dropped when the file is decoded
  });

  it("imports a good file in one step, and the same file again changes nothing", async () => {
    const actor = await manager();
    const numbers = [uniqueNumber(), uniqueNumber()];
    const text = czechExcelCsv(numbers);
    expect(await importResolutions(actor, { file: fileOf(text) })).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const rm = await db.councilResolution.findUniqueOrThrow({ where: { body_number: { body: "RM", number: numbers[0] } } });
    expect(rm).toMatchObject({ title: "Dotace; chodníky", text: 'Řádek 1\nŘádek "2"', url: "https://example.cz/a", adoptedOn: new Date("2026-03-14T00:00:00Z"), version: 1 });
    const zm = await db.councilResolution.findUniqueOrThrow({ where: { body_number: { body: "ZM", number: numbers[1] } } });
    expect(zm).toMatchObject({ title: "Rozpočet 2026", text: null, url: null, adoptedOn: new Date("2026-03-02T00:00:00Z") });

    const count = await db.councilResolution.count();
    // The confirm step sends the text back (not the file): the same result.
    expect(await importResolutions(actor, { csv: text })).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await db.councilResolution.count()).toBe(count);
    expect((await db.councilResolution.findUniqueOrThrow({ where: { id: rm.id } })).version).toBe(1);
    expect((await previewResolutionImport(actor, { csv: text })).counts).toEqual({ create: 0, update: 0, unchanged: 2, error: 0 });

    const audits = await db.auditLog.findMany({ where: { action: "resolution.import", actorId: actor.id }, orderBy: { id: "asc" } });
    expect(audits.map((entry) => entry.after)).toEqual([
      expect.objectContaining({ created: 2, updated: 0, unchanged: 0, rows: 2, createdNumbers: [`RM ${numbers[0]}`, `ZM ${numbers[1]}`] }),
      expect.objectContaining({ created: 0, updated: 0, unchanged: 2, rows: 2 }),
    ]);
  });

  it("updates an existing resolution whose fields differ, bumping its version", async () => {
    const actor = await manager();
    const existing = await makeResolution({ body: "RM", number: uniqueNumber(), title: "Starý název" });
    const result = await importResolutions(actor, { csv: `body,number,adoptedOn,title\nRM,${existing.number},2026-03-02,Nový název\n` });
    expect(result).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await db.councilResolution.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ title: "Nový název", version: 2 });
  });

  it("a file with one bad row imports nothing and names the row", async () => {
    const actor = await manager();
    const numbers = [uniqueNumber(), uniqueNumber()];
    const text = czechExcelCsv(numbers, "RM;12;1. 13. 2026;;;ftp://x\r\n");
    const preview = await previewResolutionImport(actor, { csv: text });
    expect(preview.counts).toEqual({ create: 2, update: 0, unchanged: 0, error: 1 });
    expect(preview.rows.find((row) => row.row === 4)).toMatchObject({
      action: "error",
      issues: [
        { field: "number", key: "resolutionNumberFormat" },
        { field: "adoptedOn", key: "invalidDate" },
        { field: "title", key: "required" },
        { field: "url", key: "urlNotHttp" },
      ],
    });
    const error = await expectRefusedWithoutChange(() => importResolutions(actor, { csv: text }), ValidationError, { messageKey: "importHasErrors" });
    expect(Object.keys(error.fieldIssues).sort()).toEqual(["rows.4.adoptedOn", "rows.4.number", "rows.4.title", "rows.4.url"]);
  });

  it("the same resolution twice in one file is an error of the second row", async () => {
    const actor = await manager();
    const number = uniqueNumber();
    const error = await expectRefusedWithoutChange(
      () => importResolutions(actor, { csv: `body,number,adoptedOn,title\nRM,${number},2026-03-02,A\nrm,${number},2026-03-02,B\n` }),
      ValidationError,
    );
    expect(error.fieldIssues).toEqual({ "rows.3.number": [{ key: "csvDuplicateRow", values: { row: 2 } }] });
  });

  it("file-level problems: no file, too large, not UTF-8, broken quotes, unknown columns", async () => {
    const actor = await manager();
    const cases: Array<[unknown, string]> = [
      [{}, "fileRequired"],
      [{ file: new File([], "") }, "fileRequired"],
      [{ file: new File([new Uint8Array(2 * 1024 * 1024 + 1).fill(65)], "big.csv") }, "fileTooLarge"],
      [{ file: new File([new Uint8Array([0x6f, 0x72, 0x67, 0xe1, 0x6e])], "cp1250.csv") }, "csvNotUtf8"],
      [{ csv: 'body,number,adoptedOn,title\nRM,1/2026,2026-01-01,"never closed\n' }, "csvUnterminatedQuote"],
      [{ csv: "body,number,adoptedOn,title,author\n" }, "csvUnknownColumns"],
    ];
    for (const [input, key] of cases) {
      const error = await expectRefusedWithoutChange(() => importResolutions(actor, input), ValidationError);
      expect(error.fieldIssues.file[0].key, key).toBe(key);
    }
    await expect(previewResolutionImport(actor, { csv: "body,number\n" })).rejects.toBeInstanceOf(ValidationError);
  });

  it.each(WITHOUT_MANAGE)("%s may neither preview nor import", async (role) => {
    const { actor } = await makeUser({ roles: [role] });
    const csv = `body,number,adoptedOn,title\nRM,${uniqueNumber()},2026-03-02,A\n`;
    await expectRefusedWithoutChange(() => importResolutions(actor, { csv }), ForbiddenError);
    await expect(previewResolutionImport(actor, { csv })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
