import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, type FieldIssue, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { parseInput } from "@/server/validation";
import { CSV_IMPORT_LIMITS } from "@/lib/csv";
import { readCsvOrFileIssue, readCsvUpload } from "@/server/csv-upload";
import { readResolutionCsv } from "./csv";
import {
  createResolutionSchema,
  importResolutionsSchema,
  type ResolutionFields,
  resolutionFieldsSchema,
  resolutionRefSchema,
  updateResolutionSchema,
} from "./schema";

type Tx = Prisma.TransactionClient;

/** The audit log's picture of a resolution. */
const auditedFields = { id: true, body: true, number: true, adoptedOn: true, title: true, text: true, url: true, version: true } as const;

const ENTITY = "CouncilResolution";

function dataOf(fields: ResolutionFields) {
  return {
    body: fields.body,
    number: fields.number,
    adoptedOn: fields.adoptedOn,
    title: fields.title,
    text: fields.text ?? null,
    url: fields.url ?? null,
  };
}

/** (body, number) is unique: a clear field error rather than the database's refusal. */
async function requireFreeNumber(tx: Tx, fields: ResolutionFields, exceptId?: string) {
  const taken = await tx.councilResolution.findUnique({
    where: { body_number: { body: fields.body, number: fields.number } },
    select: { id: true },
  });
  if (taken && taken.id !== exceptId) {
    throw new ValidationError({ number: [{ key: "resolutionNumberTaken", values: { body: fields.body, number: fields.number } }] });
  }
}

export async function createResolution(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "resolution.manage");
  const { idempotencyKey, ...fields } = parseInput(createResolutionSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: idempotencyKey, userId: actor.id, action: "resolution.create" }, async () => {
      await requireFreeNumber(tx, fields);
      const resolution = await tx.councilResolution.create({ data: dataOf(fields), select: auditedFields });
      await writeAudit(tx, { actorId: actor.id, action: "resolution.create", entityType: ENTITY, entityId: resolution.id, after: resolution });
      return { id: resolution.id, version: resolution.version };
    }),
  );
}

/** Saves an edit made on the version the form was opened at; a newer save in between is a conflict. */
export async function updateResolution(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "resolution.manage");
  const { id, version, ...fields } = parseInput(updateResolutionSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.councilResolution.findUnique({ where: { id }, select: auditedFields });
    if (!before) throw new NotFoundError();
    if (before.version !== version) throw new ConflictError("staleVersion");
    await requireFreeNumber(tx, fields, id);
    const { count } = await tx.councilResolution.updateMany({
      where: { id, version },
      data: { ...dataOf(fields), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    const after = await tx.councilResolution.findUniqueOrThrow({ where: { id }, select: auditedFields });
    await writeAudit(tx, { actorId: actor.id, action: "resolution.update", entityType: ENTITY, entityId: id, before, after });
    return { id, version: after.version };
  });
}

/** Only a resolution that no release links may go: a release's link must not point nowhere. */
export async function deleteResolution(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "resolution.manage");
  const { id, version } = parseInput(resolutionRefSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.councilResolution.findUnique({ where: { id }, select: auditedFields });
    if (!before) throw new NotFoundError();
    if (before.version !== version) throw new ConflictError("staleVersion");
    const links = await tx.pressReleaseResolution.count({ where: { resolutionId: id } });
    if (links > 0) throw new PreconditionError("resolutionLinked", { count: links });
    // A release linking it in the meantime makes the foreign key refuse the delete (→ referencedRecord).
    const { count } = await tx.councilResolution.deleteMany({ where: { id, version } });
    if (count === 0) throw new ConflictError("staleVersion");
    await writeAudit(tx, { actorId: actor.id, action: "resolution.delete", entityType: ENTITY, entityId: id, before });
    return { id };
  });
}

// ---------------------------------------------------------------------------------------------------
// CSV import: preview, then confirm. Both read the same text and run the same checks; the confirm step
// gets the text again from the browser and trusts nothing of the preview.

export type ImportAction = "create" | "update" | "unchanged";

export interface ImportRowIssue {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

export interface ImportPreviewRow {
  row: number;
  body: string;
  number: string;
  adoptedOn: string;
  title: string;
  action: ImportAction | "error";
  issues: ImportRowIssue[];
}

export interface ImportPreview {
  /** The decoded text, for the confirm step to send back. */
  csv: string;
  total: number;
  counts: Record<ImportAction | "error", number>;
  /** Every row with an error, then the others up to PREVIEW_ROWS. */
  rows: ImportPreviewRow[];
  hiddenRows: number;
}

const PREVIEW_ROWS = 200;

interface AnalysedRow {
  row: number;
  raw: Record<string, string>;
  fields: ResolutionFields | null;
  action: ImportAction | "error";
  issues: ImportRowIssue[];
}

/** Shows what an import would do; changes nothing. */
export async function previewResolutionImport(actor: Actor | null, rawInput: unknown): Promise<ImportPreview> {
  requirePermission(actor, "resolution.manage");
  const input = parseInput(importResolutionsSchema, rawInput);
  const csv = await readCsvUpload(input);
  const rows = await analyse(db, csv);
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.action] += 1;
  const withErrors = rows.filter((row) => row.action === "error");
  const others = rows.filter((row) => row.action !== "error").slice(0, Math.max(0, PREVIEW_ROWS - withErrors.length));
  const shown = [...withErrors, ...others].sort((a, b) => a.row - b.row);
  return {
    csv,
    total: rows.length,
    counts,
    rows: shown.map((row) => ({
      row: row.row,
      body: row.fields?.body ?? row.raw.body ?? "",
      number: row.fields?.number ?? row.raw.number ?? "",
      adoptedOn: row.fields ? row.fields.adoptedOn.toISOString().slice(0, 10) : (row.raw.adoptedOn ?? ""),
      title: row.fields?.title ?? row.raw.title ?? "",
      action: row.action,
      issues: row.issues,
    })),
    hiddenRows: rows.length - shown.length,
  };
}

/**
 * Imports every row in one transaction: new (body, number) pairs are created, existing ones updated when
 * a field differs, identical ones left alone — so the same file imported twice changes nothing the
 * second time. Any row with an error imports nothing; the error names each row at fault
 * (`rows.<row>.<field>`). One audit entry with the counts.
 */
export async function importResolutions(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "resolution.manage");
  const input = parseInput(importResolutionsSchema, rawInput);
  const csv = await readCsvUpload(input);
  return db.$transaction(
    async (tx) => {
      const rows = await analyse(tx, csv);
      const issues: Record<string, FieldIssue[]> = {};
      for (const row of rows) {
        for (const issue of row.issues) (issues[`rows.${row.row}.${issue.field}`] ??= []).push({ key: issue.key, values: issue.values });
      }
      if (Object.keys(issues).length) throw new ValidationError(issues, "importHasErrors");

      const toCreate = rows.filter((row) => row.action === "create").map((row) => dataOf(row.fields!));
      const toUpdate = rows.filter((row) => row.action === "update").map((row) => row.fields!);
      if (toCreate.length) await tx.councilResolution.createMany({ data: toCreate });
      for (const fields of toUpdate) {
        const { body, number, ...data } = dataOf(fields);
        await tx.councilResolution.update({ where: { body_number: { body, number } }, data: { ...data, version: { increment: 1 } } });
      }
      const result = { created: toCreate.length, updated: toUpdate.length, unchanged: rows.length - toCreate.length - toUpdate.length };
      await writeAudit(tx, {
        actorId: actor.id,
        action: "resolution.import",
        entityType: ENTITY,
        after: {
          ...result,
          rows: rows.length,
          createdNumbers: toCreate.map((row) => `${row.body} ${row.number}`),
          updatedNumbers: toUpdate.map((row) => `${row.body} ${row.number}`),
        },
      });
      return result;
    },
    // Up to 5,000 rows on a slow (embedded) database: more than Prisma's default 5 s.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** Reads, checks and classifies every row; file-level problems throw. */
async function analyse(client: Tx, csv: string): Promise<AnalysedRow[]> {
  const csvRows = readCsvOrFileIssue(() => readResolutionCsv(csv, CSV_IMPORT_LIMITS.rows));
  const rows: AnalysedRow[] = csvRows.map(({ row, values, extraCells }) => {
    const raw = values as Record<string, string>;
    const issues: ImportRowIssue[] = [];
    let fields: ResolutionFields | null = null;
    try {
      fields = parseInput(resolutionFieldsSchema, { ...values });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const [field, fieldIssues] of Object.entries(error.fieldIssues)) {
        for (const issue of fieldIssues) issues.push({ field, key: issue.key, values: issue.values });
      }
    }
    if (extraCells) issues.push({ field: "_row", key: "csvExtraCells" });
    return { row, raw, fields: issues.length ? null : fields, action: "create", issues };
  });

  // One (body, number) once per file: two rows would fight over one record.
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    if (!row.fields) continue;
    const key = `${row.fields.body} ${row.fields.number}`;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row.row);
    else row.issues.push({ field: "number", key: "csvDuplicateRow", values: { row: first } });
  }

  const numbers = [...new Set(rows.flatMap((row) => (row.fields ? [row.fields.number] : [])))];
  const existing = new Map<string, { adoptedOn: Date; title: string; text: string | null; url: string | null }>();
  for (let start = 0; start < numbers.length; start += 1000) {
    const found = await client.councilResolution.findMany({
      where: { number: { in: numbers.slice(start, start + 1000) } },
      select: { body: true, number: true, adoptedOn: true, title: true, text: true, url: true },
    });
    for (const resolution of found) existing.set(`${resolution.body} ${resolution.number}`, resolution);
  }
  for (const row of rows) {
    if (row.issues.length || !row.fields) {
      row.action = "error";
      continue;
    }
    const current = existing.get(`${row.fields.body} ${row.fields.number}`);
    const data = dataOf(row.fields);
    if (!current) row.action = "create";
    else {
      const same =
        current.adoptedOn.getTime() === data.adoptedOn.getTime() && current.title === data.title && current.text === data.text && current.url === data.url;
      row.action = same ? "unchanged" : "update";
    }
  }
  return rows;
}
