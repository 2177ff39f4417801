import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { CSV_IMPORT_LIMITS } from "@/lib/csv";
import { readCsvOrFileIssue, readCsvUpload } from "@/server/csv-upload";
import { getOfficeSettings } from "@/features/settings/queries";
import { writeAudit } from "@/server/audit";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, type FieldIssue, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { parseInput } from "@/server/validation";
import { type ImportRow, readContactCsv, type RowIssue, validateImportRow } from "./csv";
import { contactSearchText, nameKeyOf, normalizeText, outletSearchText } from "./normalize";
import {
  type AffiliationInput,
  type ContactFields,
  contactFieldsSchema,
  createContactMeta,
  createListSchema,
  createOutletSchema,
  ERASED_NAME,
  erasedEmail,
  eraseContactSchema,
  importContactsSchema,
  listMemberSchema,
  markInformedSchema,
  MAX_AFFILIATIONS,
  mergeContactsSchema,
  type OutletFields,
  smartCriteriaSchema,
  updateContactMeta,
  updateListSchema,
  updateOutletSchema,
} from "./schema";
import { hasCriteria } from "./smart-lists";

type Tx = Prisma.TransactionClient;
const ENTITY = "MediaContact";

// The audit log is append-only and outlives an erasure: it never holds a journalist's personal data
// (name, e-mail, phones, notes). Entries name the contact by id and list which fields changed.
const PERSONAL_FIELDS = ["name", "email", "phone", "mobile", "notes", "role", "doNotContactReason"] as const;

/** Splits a payload into its meta part and the contact's fields; reports the issues of both at once. */
function parseContactPayload<M extends z.ZodObject>(metaSchema: M, rawInput: unknown): { meta: z.output<M>; fields: ContactFields } {
  const raw = rawInput && typeof rawInput === "object" && !Array.isArray(rawInput) ? (rawInput as Record<string, unknown>) : {};
  const metaRaw: Record<string, unknown> = {};
  const fieldsRaw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) (key in metaSchema.shape ? metaRaw : fieldsRaw)[key] = value;
  let meta: z.output<M> | undefined;
  let fields: ContactFields | undefined;
  const issues: Record<string, FieldIssue[]> = {};
  for (const step of [() => (meta = parseInput(metaSchema, metaRaw)), () => (fields = parseInput(contactFieldsSchema, fieldsRaw))]) {
    try {
      step();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      Object.assign(issues, error.fieldIssues);
    }
  }
  if (Object.keys(issues).length || !meta || !fields) throw new ValidationError(issues);
  return { meta, fields };
}

function newToken() {
  return randomBytes(24).toString("base64url");
}

/** The contact's columns from its fields. Private fields only when the actor may see them (else kept). */
function contactData(fields: ContactFields, mayWritePrivate: boolean) {
  return {
    name: fields.name,
    email: fields.email,
    outletId: fields.outletId ?? null,
    role: fields.role ?? null,
    beats: fields.beats,
    languages: fields.languages,
    phone: fields.phone ?? null,
    ...(mayWritePrivate ? { mobile: fields.mobile ?? null, notes: fields.notes ?? null } : {}),
    legalBasis: fields.legalBasis,
    source: fields.source,
    informedAt: fields.informedAt ?? null,
    doNotContact: fields.doNotContact,
    doNotContactReason: fields.doNotContact ? (fields.doNotContactReason ?? null) : null,
    searchText: contactSearchText(fields),
    nameKey: nameKeyOf(fields.name),
  };
}

/**
 * What the audit keeps of a change: the changed field names, and the values of non-personal fields.
 * Further outlets are kept as their outlet ids (`affiliationOutletIds`): the roles are personal data.
 */
function auditChange(before: Record<string, unknown> | null, after: Record<string, unknown>) {
  const changed: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key === "searchText" || key === "nameKey") continue;
    const old = before?.[key];
    if (JSON.stringify(old ?? null) === JSON.stringify(value ?? null)) continue;
    changed.push(key);
    if (key === "affiliations") values.affiliationOutletIds = (value as Array<{ outletId: string }>).map((row) => row.outletId);
    else if (!(PERSONAL_FIELDS as readonly string[]).includes(key)) values[key] = value;
  }
  return { changed, ...values };
}

/** The further outlets as the audit compares them: in order, outlet id and role. */
function affiliationsOf(rows: ReadonlyArray<{ outletId: string; role?: string | null }>) {
  return rows.map((row) => ({ outletId: row.outletId, role: row.role ?? null }));
}

/** Further outlets must exist; an unknown one is a field error on its row. */
async function requireAffiliationOutlets(tx: Tx, affiliations: readonly AffiliationInput[]) {
  if (!affiliations.length) return;
  const found = new Set((await tx.mediaOutlet.findMany({ where: { id: { in: affiliations.map((row) => row.outletId) } }, select: { id: true } })).map((row) => row.id));
  const issues: Record<string, FieldIssue[]> = {};
  affiliations.forEach((row, index) => {
    if (!found.has(row.outletId)) issues[`affiliations.${index}.outletId`] = [{ key: "invalidChoice" }];
  });
  if (Object.keys(issues).length) throw new ValidationError(issues);
}

/** Makes the contact's further outlets exactly `affiliations` (in this order); kept rows keep their createdAt. */
async function replaceAffiliations(tx: Tx, contactId: string, affiliations: ReadonlyArray<{ outletId: string; role?: string | null }>) {
  const outletIds = affiliations.map((row) => row.outletId);
  await tx.mediaContactAffiliation.deleteMany({ where: { contactId, outletId: { notIn: outletIds } } });
  for (const [position, row] of affiliations.entries()) {
    await tx.mediaContactAffiliation.upsert({
      where: { contactId_outletId: { contactId, outletId: row.outletId } },
      create: { contactId, outletId: row.outletId, role: row.role ?? null, position },
      update: { role: row.role ?? null, position },
    });
  }
}

async function requireOutlet(tx: Tx, outletId: string | undefined) {
  if (!outletId) return;
  const outlet = await tx.mediaOutlet.findUnique({ where: { id: outletId }, select: { id: true } });
  if (!outlet) throw new ValidationError({ outletId: [{ key: "invalidChoice" }] });
}

async function requireFreeEmail(tx: Tx, email: string, exceptId?: string) {
  const taken = await tx.mediaContact.findUnique({ where: { email }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw new ValidationError({ email: [{ key: "contactEmailTaken" }] });
}

export async function createContact(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "contact.manage");
  const { meta, fields } = parseContactPayload(createContactMeta, rawInput);
  const { idempotencyKey } = meta;
  const mayWritePrivate = can(actor, "contact.viewPrivate");
  return db.$transaction((tx) =>
    once(tx, { key: idempotencyKey, userId: actor.id, action: "contact.create" }, async () => {
      await requireOutlet(tx, fields.outletId);
      await requireAffiliationOutlets(tx, fields.affiliations);
      await requireFreeEmail(tx, fields.email);
      const data = contactData(fields, mayWritePrivate);
      const contact = await tx.mediaContact.create({ data: { ...data, unsubscribeToken: newToken() }, select: { id: true, version: true } });
      const affiliations = affiliationsOf(fields.affiliations);
      await replaceAffiliations(tx, contact.id, affiliations);
      await writeAudit(tx, { actorId: actor.id, action: "contact.create", entityType: ENTITY, entityId: contact.id, after: auditChange(null, { ...data, affiliations }) });
      return { id: contact.id, version: contact.version };
    }),
  );
}

const editableSelect = {
  id: true,
  name: true,
  email: true,
  outletId: true,
  role: true,
  beats: true,
  languages: true,
  phone: true,
  mobile: true,
  notes: true,
  legalBasis: true,
  source: true,
  informedAt: true,
  doNotContact: true,
  doNotContactReason: true,
  version: true,
  erasedAt: true,
} as const;

/** Saves an edit made on the version the form was opened at. Erased contacts cannot be edited. */
export async function updateContact(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "contact.manage");
  const { meta, fields } = parseContactPayload(updateContactMeta, rawInput);
  const { id, version } = meta;
  const mayWritePrivate = can(actor, "contact.viewPrivate");
  return db.$transaction(async (tx) => {
    const before = await tx.mediaContact.findUnique({ where: { id }, select: editableSelect });
    if (!before || before.erasedAt) throw new NotFoundError();
    if (before.version !== version) throw new ConflictError("staleVersion");
    await requireOutlet(tx, fields.outletId);
    await requireAffiliationOutlets(tx, fields.affiliations);
    await requireFreeEmail(tx, fields.email, id);
    const data = contactData(fields, mayWritePrivate);
    const { count } = await tx.mediaContact.updateMany({ where: { id, version, erasedAt: null }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    const beforeAffiliations = affiliationsOf(await tx.mediaContactAffiliation.findMany({ where: { contactId: id }, select: { outletId: true, role: true }, orderBy: { position: "asc" } }));
    const affiliations = affiliationsOf(fields.affiliations);
    await replaceAffiliations(tx, id, affiliations);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "contact.update",
      entityType: ENTITY,
      entityId: id,
      after: auditChange({ ...before, affiliations: beforeAffiliations }, { ...data, affiliations }),
    });
    return { id, version: version + 1 };
  });
}

/** GDPR Art. 14: records when the journalist was told that the office keeps their data (default: today). */
export async function markContactInformed(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "contact.manage");
  const { id, version, informedAt } = parseInput(markInformedSchema, rawInput);
  return db.$transaction(async (tx) => {
    const at = informedAt ?? now;
    const { count } = await tx.mediaContact.updateMany({ where: { id, version, erasedAt: null }, data: { informedAt: at, version: { increment: 1 } } });
    if (count === 0) {
      const exists = await tx.mediaContact.findFirst({ where: { id, erasedAt: null }, select: { id: true } });
      throw exists ? new ConflictError("staleVersion") : new NotFoundError();
    }
    await writeAudit(tx, { actorId: actor.id, action: "contact.markInformed", entityType: ENTITY, entityId: id, after: { informedAt: at } });
    return { id, version: version + 1 };
  });
}

// ---------------------------------------------------------------------------------------------------
// Erasure (GDPR Art. 17), merge and retention

export type ErasureReason = "request" | "retention" | "merge";

/**
 * Replaces the person's data with a tombstone, removes list memberships, scrubs the stored name and
 * e-mail of the distributions sent to them (the rows stay, so the counts of past sendings stay true), of
 * their press-conference invitations (whose RSVP link dies) and inquiries, and the development outbox's
 * copies. Writes an audit entry without personal data. Returns false when the
 * contact was erased already (nothing done).
 */
export async function eraseContactInTx(tx: Tx, id: string, options: { byUserId: string | null; reason: ErasureReason; now: Date; mergedIntoId?: string; version?: number }) {
  const contact = await tx.mediaContact.findUnique({ where: { id }, select: { id: true, email: true, erasedAt: true, version: true } });
  if (!contact) throw new NotFoundError();
  if (contact.erasedAt) return false;
  if (options.version !== undefined && contact.version !== options.version) throw new ConflictError("staleVersion");
  const tombstoneEmail = erasedEmail(id);
  const { count } = await tx.mediaContact.updateMany({
    where: { id, erasedAt: null, version: contact.version },
    data: {
      name: ERASED_NAME,
      email: tombstoneEmail,
      outletId: null,
      role: null,
      beats: [],
      languages: [],
      phone: null,
      mobile: null,
      notes: null,
      source: "",
      doNotContact: true,
      doNotContactReason: null,
      unsubscribeToken: newToken(),
      searchText: "",
      nameKey: "",
      erasedAt: options.now,
      mergedIntoId: options.mergedIntoId ?? null,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new ConflictError("staleVersion");
  const memberships = await tx.distributionListMember.deleteMany({ where: { contactId: id } });
  // Further outlets say where the person works: personal data, gone with the rest (a merge moved them first).
  const affiliations = await tx.mediaContactAffiliation.deleteMany({ where: { contactId: id } });
  // Rows merged into another contact moved already; these are the ones still naming this contact.
  const recipients = await tx.distributionRecipient.updateMany({ where: { contactId: id }, data: { name: ERASED_NAME, email: tombstoneEmail } });
  const outbox = await tx.outboxMessage.deleteMany({ where: { to: contact.email } });
  // Press-conference invitations keep their row (the conference's counts) without the person, and their
  // personal RSVP link stops working; inquiries keep the office's record of the question, not the asker.
  const invitations = await tx.pressConferenceInvitation.findMany({ where: { contactId: id }, select: { id: true } });
  for (const invitation of invitations) {
    await tx.pressConferenceInvitation.update({ where: { id: invitation.id }, data: { name: ERASED_NAME, email: tombstoneEmail, crewNames: null, rsvpToken: newToken() } });
  }
  const inquiries = await tx.inquiry.updateMany({ where: { contactId: id }, data: { requesterName: null, requesterEmail: null } });
  await writeAudit(tx, {
    actorId: options.byUserId,
    action: options.reason === "merge" ? "contact.mergeErase" : options.reason === "retention" ? "contact.purge" : "contact.erase",
    entityType: ENTITY,
    entityId: id,
    // No before: the erased values must not survive in the append-only log.
    after: {
      reason: options.reason,
      erasedAt: options.now,
      listMemberships: memberships.count,
      affiliationsRemoved: affiliations.count,
      distributionsScrubbed: recipients.count,
      invitationsScrubbed: invitations.length,
      inquiriesScrubbed: inquiries.count,
      outboxDeleted: outbox.count,
      mergedIntoId: options.mergedIntoId,
    },
  });
  return true;
}

export async function eraseContact(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "contact.erase");
  const { id, version } = parseInput(eraseContactSchema, rawInput);
  return db.$transaction(async (tx) => {
    const done = await eraseContactInTx(tx, id, { byUserId: actor.id, reason: "request", now, version });
    if (!done) throw new NotFoundError();
    return { id };
  });
}

/**
 * Merges two records of one person: `keepId` survives, gets the other's list memberships, distribution
 * history, inquiries and press-conference invitations (and fills its empty fields from it; do-not-contact and unsubscribe carry over), and `removeId`
 * is erased with a pointer to the survivor.
 */
export async function mergeContacts(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "contact.manage");
  const { keepId, removeId } = parseInput(mergeContactsSchema, rawInput);
  return db.$transaction(async (tx) => {
    const [keep, remove] = await Promise.all([
      tx.mediaContact.findUnique({ where: { id: keepId }, select: { ...editableSelect, unsubscribedAt: true, lists: { select: { listId: true } } } }),
      tx.mediaContact.findUnique({ where: { id: removeId }, select: { ...editableSelect, unsubscribedAt: true, lists: { select: { listId: true } } } }),
    ]);
    if (!keep || keep.erasedAt || !remove || remove.erasedAt) throw new NotFoundError();
    const keptLists = new Set(keep.lists.map((list) => list.listId));
    const newLists = remove.lists.map((list) => list.listId).filter((listId) => !keptLists.has(listId));
    if (newLists.length) await tx.distributionListMember.createMany({ data: newLists.map((listId) => ({ listId, contactId: keepId })) });
    const moved = await tx.distributionRecipient.updateMany({ where: { contactId: removeId }, data: { contactId: keepId } });
    const inquiriesMoved = await tx.inquiry.updateMany({ where: { contactId: removeId }, data: { contactId: keepId } });
    // One invitation per conference and contact: the other record's invitations move unless the survivor
    // was invited to the same conference (then the other's stays with the erased record).
    const keptConferences = (await tx.pressConferenceInvitation.findMany({ where: { contactId: keepId }, select: { conferenceId: true } })).map((row) => row.conferenceId);
    const invitationsMoved = await tx.pressConferenceInvitation.updateMany({
      where: { contactId: removeId, conferenceId: { notIn: keptConferences } },
      data: { contactId: keepId },
    });
    const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
    const earliest = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));
    const merged = {
      outletId: keep.outletId ?? remove.outletId,
      role: keep.role ?? remove.role,
      beats: union(keep.beats, remove.beats),
      languages: union(keep.languages, remove.languages),
      phone: keep.phone ?? remove.phone,
      mobile: keep.mobile ?? remove.mobile,
      notes: keep.notes && remove.notes && keep.notes !== remove.notes ? `${keep.notes}\n\n${remove.notes}` : (keep.notes ?? remove.notes),
      informedAt: earliest(keep.informedAt, remove.informedAt),
      doNotContact: keep.doNotContact || remove.doNotContact,
      doNotContactReason: keep.doNotContact ? keep.doNotContactReason : remove.doNotContactReason,
      unsubscribedAt: earliest(keep.unsubscribedAt, remove.unsubscribedAt),
    };
    await tx.mediaContact.update({
      where: { id: keepId },
      data: { ...merged, searchText: contactSearchText({ name: keep.name, email: keep.email, role: merged.role, beats: merged.beats }), version: { increment: 1 } },
    });
    // Further outlets: the survivor's stay first; the other record's primary outlet (when it is not the
    // survivor's) and its further outlets follow, skipping the survivor's primary and ones it has already,
    // up to the form's limit. The other record's rows go with its erasure.
    const affiliationSelect = { select: { outletId: true, role: true }, orderBy: { position: "asc" } } as const;
    const keptAffiliations = await tx.mediaContactAffiliation.findMany({ where: { contactId: keepId }, ...affiliationSelect });
    const removedAffiliations = await tx.mediaContactAffiliation.findMany({ where: { contactId: removeId }, ...affiliationSelect });
    const candidates = [...(remove.outletId ? [{ outletId: remove.outletId, role: remove.role }] : []), ...removedAffiliations];
    const affiliations: Array<{ outletId: string; role: string | null }> = [];
    const taken = new Set<string>(merged.outletId ? [merged.outletId] : []);
    let affiliationsMoved = 0;
    for (const [index, row] of [...keptAffiliations, ...candidates].entries()) {
      if (taken.has(row.outletId) || affiliations.length >= MAX_AFFILIATIONS) continue;
      taken.add(row.outletId);
      affiliations.push({ outletId: row.outletId, role: row.role });
      if (index >= keptAffiliations.length) affiliationsMoved += 1;
    }
    await replaceAffiliations(tx, keepId, affiliations);
    await eraseContactInTx(tx, removeId, { byUserId: actor.id, reason: "merge", now, mergedIntoId: keepId });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "contact.merge",
      entityType: ENTITY,
      entityId: keepId,
      after: { keepId, removeId, listsAdded: newLists.length, affiliationsMoved, distributionsMoved: moved.count, inquiriesMoved: inquiriesMoved.count, invitationsMoved: invitationsMoved.count },
    });
    return { id: keepId };
  });
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/**
 * Retention: erases contacts with no activity for `contactRetentionYears` (office setting): not created,
 * edited or sent a release since the cut-off. Runs as a periodic task on every instance; each contact is
 * erased in its own transaction and only while not erased yet, so overlapping runs do nothing twice.
 */
export async function purgeInactiveContacts(now: Date, options: { batch?: number } = {}) {
  const { contactRetentionYears } = await getOfficeSettings();
  const cutoff = new Date(now.getTime() - contactRetentionYears * YEAR_MS);
  const candidates = await db.mediaContact.findMany({
    where: { erasedAt: null, createdAt: { lt: cutoff }, updatedAt: { lt: cutoff } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: options.batch ?? 500,
  });
  if (!candidates.length) return { erased: 0 };
  const active = await db.distributionRecipient.findMany({
    where: { contactId: { in: candidates.map((c) => c.id) }, OR: [{ sentAt: { gte: cutoff } }, { distribution: { createdAt: { gte: cutoff } } }] },
    select: { contactId: true },
    distinct: ["contactId"],
  });
  const activeIds = new Set(active.map((row) => row.contactId));
  let erased = 0;
  for (const { id } of candidates) {
    if (activeIds.has(id)) continue;
    const done = await db.$transaction(async (tx) => {
      // Checked again inside the transaction: an edit or a sending since the read keeps the contact.
      const still = await tx.mediaContact.findFirst({ where: { id, erasedAt: null, updatedAt: { lt: cutoff } }, select: { id: true } });
      if (!still) return false;
      const recent = await tx.distributionRecipient.count({ where: { contactId: id, distribution: { createdAt: { gte: cutoff } } } });
      if (recent) return false;
      return eraseContactInTx(tx, id, { byUserId: null, reason: "retention", now });
    });
    if (done) erased += 1;
  }
  return { erased };
}

// ---------------------------------------------------------------------------------------------------
// Outlets

function outletData(fields: OutletFields) {
  return {
    name: fields.name,
    kind: fields.kind,
    region: fields.region ?? null,
    website: fields.website ?? null,
    rssUrl: fields.rssUrl ?? null,
    notes: fields.notes ?? null,
    deadlineDays: fields.deadlineDays,
    deadlineTime: fields.deadlineTime ?? null,
    searchText: outletSearchText(fields),
  };
}

async function requireFreeOutletName(tx: Tx, name: string, exceptId?: string) {
  const taken = await tx.mediaOutlet.findFirst({ where: { name: { equals: name, mode: "insensitive" } }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw new ValidationError({ name: [{ key: "outletNameTaken" }] });
}

export async function createOutlet(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "contact.manage");
  const { idempotencyKey, ...fields } = parseInput(createOutletSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: idempotencyKey, userId: actor.id, action: "outlet.create" }, async () => {
      await requireFreeOutletName(tx, fields.name);
      const data = outletData(fields);
      const outlet = await tx.mediaOutlet.create({ data, select: { id: true, version: true } });
      const { searchText: _, ...audited } = data;
      await writeAudit(tx, { actorId: actor.id, action: "outlet.create", entityType: "MediaOutlet", entityId: outlet.id, after: audited });
      return { id: outlet.id, version: outlet.version };
    }),
  );
}

export async function updateOutlet(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "contact.manage");
  const { id, version, ...fields } = parseInput(updateOutletSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.mediaOutlet.findUnique({ where: { id }, select: { id: true, name: true, kind: true, region: true, website: true, rssUrl: true, notes: true, deadlineDays: true, deadlineTime: true, version: true } });
    if (!before) throw new NotFoundError();
    if (before.version !== version) throw new ConflictError("staleVersion");
    await requireFreeOutletName(tx, fields.name, id);
    const data = outletData(fields);
    const { count } = await tx.mediaOutlet.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    const { searchText: _, ...audited } = data;
    await writeAudit(tx, { actorId: actor.id, action: "outlet.update", entityType: "MediaOutlet", entityId: id, before, after: { ...audited, version: version + 1 } });
    return { id, version: version + 1 };
  });
}

// ---------------------------------------------------------------------------------------------------
// Distribution lists

function listData(input: { name: string; description?: string; kind: "STATIC" | "SMART"; beats?: unknown; regions?: unknown; outletKinds?: unknown; languages?: unknown }) {
  if (input.kind === "STATIC") return { name: input.name, description: input.description ?? null, kind: input.kind, criteria: undefined };
  const criteria = parseInput(smartCriteriaSchema, { beats: input.beats, regions: input.regions, outletKinds: input.outletKinds, languages: input.languages });
  if (!hasCriteria(criteria)) throw new ValidationError({ beats: [{ key: "smartListNeedsCriteria" }] });
  return { name: input.name, description: input.description ?? null, kind: input.kind, criteria };
}

async function requireFreeListName(tx: Tx, name: string, exceptId?: string) {
  const taken = await tx.distributionList.findUnique({ where: { name }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw new ValidationError({ name: [{ key: "listNameTaken" }] });
}

export async function createList(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "contact.manage");
  const { idempotencyKey, ...input } = parseInput(createListSchema, rawInput);
  const data = listData(input);
  return db.$transaction((tx) =>
    once(tx, { key: idempotencyKey, userId: actor.id, action: "contactList.create" }, async () => {
      await requireFreeListName(tx, data.name);
      const list = await tx.distributionList.create({ data: { ...data, criteria: data.criteria ?? undefined }, select: { id: true, version: true } });
      await writeAudit(tx, { actorId: actor.id, action: "contactList.create", entityType: "DistributionList", entityId: list.id, after: data });
      return { id: list.id, version: list.version };
    }),
  );
}

export async function updateList(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "contact.manage");
  const { id, version, ...input } = parseInput(updateListSchema, rawInput);
  const data = listData(input);
  return db.$transaction(async (tx) => {
    const before = await tx.distributionList.findUnique({ where: { id }, select: { name: true, description: true, kind: true, criteria: true, version: true } });
    if (!before) throw new NotFoundError();
    if (before.version !== version) throw new ConflictError("staleVersion");
    await requireFreeListName(tx, data.name, id);
    const { count } = await tx.distributionList.updateMany({
      where: { id, version },
      data: { name: data.name, description: data.description, kind: data.kind, criteria: data.criteria ?? undefined, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    // A list that becomes smart computes its members: the chosen ones would be misleading.
    if (data.kind === "SMART") await tx.distributionListMember.deleteMany({ where: { listId: id } });
    await writeAudit(tx, { actorId: actor.id, action: "contactList.update", entityType: "DistributionList", entityId: id, before, after: data });
    return { id, version: version + 1 };
  });
}

export async function addListMember(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "contact.manage");
  const { listId, contactId } = parseInput(listMemberSchema, rawInput);
  return db.$transaction(async (tx) => {
    const list = await tx.distributionList.findUnique({ where: { id: listId }, select: { kind: true } });
    if (!list) throw new NotFoundError();
    if (list.kind === "SMART") throw new PreconditionError("smartListMembersComputed");
    const contact = await tx.mediaContact.findFirst({ where: { id: contactId, erasedAt: null }, select: { id: true } });
    if (!contact) throw new ValidationError({ contactId: [{ key: "invalidChoice" }] });
    const added = await tx.distributionListMember.createMany({ data: [{ listId, contactId }], skipDuplicates: true });
    if (added.count) await writeAudit(tx, { actorId: actor.id, action: "contactList.addMember", entityType: "DistributionList", entityId: listId, after: { contactId } });
    return { listId, contactId, added: added.count };
  });
}

export async function removeListMember(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "contact.manage");
  const { listId, contactId } = parseInput(listMemberSchema, rawInput);
  return db.$transaction(async (tx) => {
    const removed = await tx.distributionListMember.deleteMany({ where: { listId, contactId } });
    if (removed.count) await writeAudit(tx, { actorId: actor.id, action: "contactList.removeMember", entityType: "DistributionList", entityId: listId, after: { contactId } });
    return { listId, contactId, removed: removed.count };
  });
}

// ---------------------------------------------------------------------------------------------------
// CSV import: preview, then confirm (the confirm step sends the text again and it is checked again).

export type ImportAction = "create" | "update" | "error";

export interface ImportPreviewRow {
  row: number;
  name: string;
  email: string;
  outlet: string;
  newOutlet: boolean;
  action: ImportAction;
  issues: RowIssue[];
}

export interface ImportPreview {
  csv: string;
  total: number;
  counts: Record<ImportAction, number>;
  newOutlets: string[];
  rows: ImportPreviewRow[];
  hiddenRows: number;
}

interface AnalysedRow {
  row: number;
  raw: Record<string, string>;
  fields: ImportRow | null;
  action: ImportAction;
  issues: RowIssue[];
  outletId: string | null;
  newOutlet: string | null;
  /** Further outlets from the otherOutlets column (an unknown one is created); null when the file has no such column. */
  otherOutlets: Array<{ outletId: string | null; newOutlet: string | null; role: string | null }> | null;
}

/** Outlet names the rows would create (primary and further ones), each once. */
function newOutletNames(rows: readonly AnalysedRow[]): string[] {
  const names = new Map<string, string>();
  for (const row of rows) {
    for (const name of [row.newOutlet, ...(row.otherOutlets ?? []).map((other) => other.newOutlet)]) {
      if (name && !names.has(normalizeText(name))) names.set(normalizeText(name), name);
    }
  }
  return [...names.values()];
}

const PREVIEW_ROWS = 200;

export async function previewContactImport(actor: Actor | null, rawInput: unknown): Promise<ImportPreview> {
  requirePermission(actor, "contact.manage");
  const input = parseInput(importContactsSchema, rawInput);
  const csv = await readCsvUpload(input);
  const rows = await analyse(db, csv);
  const counts = { create: 0, update: 0, error: 0 };
  for (const row of rows) counts[row.action] += 1;
  const withErrors = rows.filter((row) => row.action === "error");
  const others = rows.filter((row) => row.action !== "error").slice(0, Math.max(0, PREVIEW_ROWS - withErrors.length));
  const shown = [...withErrors, ...others].sort((a, b) => a.row - b.row);
  return {
    csv,
    total: rows.length,
    counts,
    newOutlets: newOutletNames(rows),
    rows: shown.map((row) => ({
      row: row.row,
      name: row.fields?.name ?? row.raw.name ?? "",
      email: row.fields?.email ?? row.raw.email ?? "",
      outlet: row.fields?.outlet ?? row.raw.outlet ?? "",
      newOutlet: row.newOutlet !== null,
      action: row.action,
      issues: row.issues,
    })),
    hiddenRows: rows.length - shown.length,
  };
}

/**
 * Imports every row in one transaction, or nothing when any row has an error (the error names each row
 * at fault as `rows.<row>.<field>`). New e-mails are created, known ones updated (never duplicated);
 * unknown outlets are created as ONLINE (the preview says so). One audit entry with counts and ids.
 */
export async function importContacts(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "contact.manage");
  const input = parseInput(importContactsSchema, rawInput);
  const csv = await readCsvUpload(input);
  return db.$transaction(
    async (tx) => {
      const rows = await analyse(tx, csv);
      const issues: Record<string, FieldIssue[]> = {};
      for (const row of rows) {
        for (const issue of row.issues) (issues[`rows.${row.row}.${issue.field}`] ??= []).push({ key: issue.key, values: issue.values });
      }
      if (Object.keys(issues).length) throw new ValidationError(issues, "importHasErrors");

      const outletIds = new Map<string, string>();
      for (const name of newOutletNames(rows)) {
        const outlet = await tx.mediaOutlet.create({ data: { name, kind: "ONLINE", searchText: outletSearchText({ name }) }, select: { id: true } });
        outletIds.set(normalizeText(name), outlet.id);
      }
      const outletOf = (row: AnalysedRow) => row.outletId ?? (row.newOutlet ? outletIds.get(normalizeText(row.newOutlet))! : null);
      const dataOf = (row: AnalysedRow) => {
        const fields = row.fields!;
        return {
          name: fields.name,
          email: fields.email,
          outletId: outletOf(row),
          role: fields.role ?? null,
          beats: fields.beats,
          languages: fields.languages,
          phone: fields.phone ?? null,
          legalBasis: fields.legalBasis,
          source: fields.source,
          searchText: contactSearchText(fields),
          nameKey: nameKeyOf(fields.name),
        };
      };
      const toCreate = rows.filter((row) => row.action === "create");
      const toUpdate = rows.filter((row) => row.action === "update");
      if (toCreate.length) await tx.mediaContact.createMany({ data: toCreate.map((row) => ({ ...dataOf(row), unsubscribeToken: newToken() })) });
      for (const row of toUpdate) {
        await tx.mediaContact.update({ where: { email: row.fields!.email }, data: { ...dataOf(row), version: { increment: 1 } } });
      }
      const result = { created: toCreate.length, updated: toUpdate.length, outletsCreated: outletIds.size };
      const ids = await tx.mediaContact.findMany({ where: { email: { in: rows.map((row) => row.fields!.email) }, erasedAt: null }, select: { id: true, email: true } });
      // Further outlets: a file with the otherOutlets column sets them (an empty cell clears them), as the
      // outlet column sets the primary one; a file without it leaves them as they are.
      const idByEmail = new Map(ids.map((row) => [row.email, row.id]));
      for (const row of rows) {
        if (row.otherOutlets === null || (row.action === "create" && row.otherOutlets.length === 0)) continue;
        const affiliations = row.otherOutlets.map((other) => ({ outletId: other.outletId ?? outletIds.get(normalizeText(other.newOutlet!))!, role: other.role }));
        await replaceAffiliations(tx, idByEmail.get(row.fields!.email)!, affiliations);
      }
      await writeAudit(tx, {
        actorId: actor.id,
        action: "contact.import",
        entityType: ENTITY,
        // Ids, not names or e-mails: the log outlives an erasure.
        after: { ...result, rows: rows.length, contactIds: ids.map((row) => row.id), outletIds: [...outletIds.values()] },
      });
      return result;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

async function analyse(client: Tx, csv: string): Promise<AnalysedRow[]> {
  const csvRows = readCsvOrFileIssue(() => readContactCsv(csv, CSV_IMPORT_LIMITS.rows));
  const outlets = new Map((await client.mediaOutlet.findMany({ select: { id: true, name: true } })).map((outlet) => [normalizeText(outlet.name), outlet.id]));
  const rows: AnalysedRow[] = csvRows.map(({ row, values, extraCells }) => {
    const { fields, issues } = validateImportRow(values);
    if (extraCells) issues.push({ field: "_row", key: "csvExtraCells" });
    let outletId: string | null = null;
    let newOutlet: string | null = null;
    if (fields?.outlet) {
      outletId = outlets.get(normalizeText(fields.outlet)) ?? null;
      if (!outletId) newOutlet = fields.outlet;
    }
    // Further outlets follow the primary one's rule (known by name, else created); the primary outlet
    // repeated, or an outlet listed twice, is ignored.
    let otherOutlets: AnalysedRow["otherOutlets"] = null;
    if (fields && "otherOutlets" in values) {
      otherOutlets = [];
      const seen = new Set<string>(fields.outlet ? [normalizeText(fields.outlet)] : []);
      for (const other of fields.otherOutlets) {
        const key = normalizeText(other.name);
        if (seen.has(key)) continue;
        seen.add(key);
        const id = outlets.get(key) ?? null;
        otherOutlets.push({ outletId: id, newOutlet: id ? null : other.name, role: other.role ?? null });
      }
    }
    return { row, raw: values as Record<string, string>, fields: issues.length ? null : fields, action: "create" as ImportAction, issues, outletId, newOutlet, otherOutlets };
  });
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    if (!row.fields) continue;
    const first = firstRow.get(row.fields.email);
    if (first === undefined) firstRow.set(row.fields.email, row.row);
    else row.issues.push({ field: "email", key: "csvDuplicateEmail", values: { row: first } });
  }
  const emails = [...firstRow.keys()];
  const existing = new Set<string>();
  for (let start = 0; start < emails.length; start += 1000) {
    const found = await client.mediaContact.findMany({ where: { email: { in: emails.slice(start, start + 1000) }, erasedAt: null }, select: { email: true } });
    for (const contact of found) existing.add(contact.email);
  }
  for (const row of rows) {
    if (row.issues.length || !row.fields) {
      row.action = "error";
      row.fields = null;
      continue;
    }
    row.action = existing.has(row.fields.email) ? "update" : "create";
  }
  return rows;
}
