import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { cityToday, dateToDay, dayToDate } from "@/server/calendar-day";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { ConflictError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { parseInput } from "@/server/validation";
import { addDays, formatInvoiceNumber, invoiceTotals, outstandingOf, type PricedLine, type VatRow, variableSymbolOf } from "./money";
import { billingProfileSchema, creditNoteSchema, issueInvoiceSchema, recordPaymentSchema } from "./schema";

// Invoices for the city paper's advertising. An invoice is issued in one go from an advertiser's ad
// orders in an issue: the number comes from the year's series (an atomic upsert of the counter row in the
// same transaction: no gaps, no duplicates, no max()+1), the supplier and the customer are copied onto
// it, the VAT is computed per rate (money.ts). From then on its content never changes — the database
// refuses it (trigger `NewspaperInvoice_issued`) — and it is never deleted. Payments are added; a mistake
// is corrected by a credit note (opravný daňový doklad) that references the invoice and negates lines,
// fully or partly. Status (ISSUED, PARTIALLY_PAID, PAID, OVERDUE, CREDITED) is derived, never stored.

type Tx = Prisma.TransactionClient;
const ENTITY = "NewspaperInvoice";

export interface SupplierSnapshot {
  name: string;
  ico: string;
  dic: string;
  address: string;
  bankAccount: string;
  iban: string;
  vatPayer: boolean;
  footer: string;
}

/** The supplier's details; a default row (the city's name, to be completed) is made on first use. */
export async function readBillingProfile(tx: Tx | typeof db = db) {
  const existing = await tx.newspaperBillingProfile.findUnique({ where: { id: 1 } });
  if (existing) return existing;
  await tx.$executeRaw`
    INSERT INTO "NewspaperBillingProfile" ("id", "supplierName", "supplierIco", "supplierAddress", "bankAccount", "updatedAt")
    VALUES (1, ${config().CITY_NAME}, '00000000', '', '', now()) ON CONFLICT ("id") DO NOTHING`;
  return tx.newspaperBillingProfile.findUniqueOrThrow({ where: { id: 1 } });
}

export async function updateBillingProfile(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newspaperInvoice.manage");
  const input = parseInput(billingProfileSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await readBillingProfile(tx);
    const { version, ...data } = input;
    const changed = await tx.newspaperBillingProfile.updateMany({ where: { id: 1, version }, data: { ...data, version: { increment: 1 } } });
    if (changed.count === 0) throw new ConflictError("staleVersion");
    await writeAudit(tx, { actorId: actor.id, action: "newspaperInvoice.billingProfile", entityType: "NewspaperBillingProfile", entityId: "1", before, after: data });
    return { id: 1 };
  });
}

/** The next number of `year`'s series: the counter row is written (and so locked) until the transaction ends. */
async function nextSequence(tx: Tx, year: number): Promise<number> {
  const [row] = await tx.$queryRaw<Array<{ last: number }>>`
    INSERT INTO "NewspaperInvoiceCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "NewspaperInvoiceCounter"."last" + 1
    RETURNING "last"`;
  return row.last;
}

function supplierSnapshot(profile: Awaited<ReturnType<typeof readBillingProfile>>): SupplierSnapshot {
  return {
    name: profile.supplierName,
    ico: profile.supplierIco,
    dic: profile.supplierDic,
    address: profile.supplierAddress,
    bankAccount: profile.bankAccount,
    iban: profile.iban,
    vatPayer: profile.vatPayer,
    footer: profile.footer,
  };
}

function assertProfileComplete(profile: Awaited<ReturnType<typeof readBillingProfile>>) {
  if (!/^\d{8}$/.test(profile.supplierIco) || profile.supplierIco === "00000000" || !profile.supplierAddress || !profile.bankAccount) {
    throw new PreconditionError("billingProfileIncomplete");
  }
}

/** What is left of a line after its corrections (credit-note lines are negative). */
function remainingOf(line: { base: number; corrections: Array<{ base: number }> }): number {
  return line.base + line.corrections.reduce((sum, correction) => sum + correction.base, 0);
}

export function customerAddress(advertiser: { street: string; postalCode: string; city: string }): string {
  return [advertiser.street, [advertiser.postalCode, advertiser.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

/**
 * Issues an invoice for chosen ad orders of one advertiser in one issue. Refused when an order is
 * cancelled, belongs elsewhere, or is invoiced already (and not credited in full). The orders are locked
 * (FOR UPDATE) so that two parallel invoices never bill the same order.
 */
export async function issueInvoice(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "newspaperInvoice.manage");
  const input = parseInput(issueInvoiceSchema, rawInput);
  const adOrderIds = [...new Set(input.adOrderIds)].sort();
  const issueDay = input.issueDate ?? cityToday(now);
  return db.$transaction(async (tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "newspaperInvoice.issue" }, async () => {
      const profile = await readBillingProfile(tx);
      assertProfileComplete(profile);
      const locked = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT "id" FROM "AdOrder" WHERE "id" = ANY(${adOrderIds}::uuid[]) ORDER BY "id" FOR UPDATE`;
      if (locked.length !== adOrderIds.length) throw new NotFoundError();
      const [advertiser, issue, orders] = await Promise.all([
        tx.advertiser.findUnique({ where: { id: input.advertiserId } }),
        tx.newspaperIssue.findUnique({ where: { id: input.issueId }, select: { id: true, number: true, year: true, distributionDate: true, publication: { select: { name: true } } } }),
        tx.adOrder.findMany({
          where: { id: { in: adOrderIds } },
          orderBy: [{ page: "asc" }, { createdAt: "asc" }],
          select: {
            id: true,
            advertiserId: true,
            issueId: true,
            status: true,
            sizeCode: true,
            placement: true,
            priceMinor: true,
            vatPercent: true,
            adSize: { select: { label: true } },
            invoiceLines: { select: { base: true, corrections: { select: { base: true } } } },
          },
        }),
      ]);
      if (!advertiser || !issue) throw new NotFoundError();
      for (const order of orders) {
        if (order.advertiserId !== advertiser.id || order.issueId !== issue.id) throw new ValidationError({ adOrderIds: [{ key: "adOrderElsewhere" }] });
        if (order.status === "CANCELLED") throw new PreconditionError("adOrderCancelled");
        if (order.invoiceLines.some((line) => remainingOf(line) > 0)) throw new PreconditionError("adOrderInvoiced");
      }
      const taxableDay = input.taxableSupplyDate ?? (dateToDay(issue.distributionDate) <= issueDay ? dateToDay(issue.distributionDate) : issueDay);
      const lines = orders.map((order, index) => ({
        position: index + 1,
        description: `Inzerce ${order.sizeCode}${order.adSize.label ? ` (${order.adSize.label})` : ""} – ${issue.publication.name} č. ${issue.number}/${issue.year}${order.placement ? `, ${order.placement}` : ""}`,
        adOrderId: order.id,
        quantity: 1,
        unitPrice: order.priceMinor,
        vatRate: order.vatPercent,
        base: order.priceMinor,
      }));
      const totals = invoiceTotals(lines);
      const year = Number(issueDay.slice(0, 4));
      const sequence = await nextSequence(tx, year);
      const number = formatInvoiceNumber(year, sequence);
      const invoice = await tx.newspaperInvoice.create({
        data: {
          kind: "INVOICE",
          number,
          year,
          sequence,
          variableSymbol: variableSymbolOf(number),
          issueDate: dayToDate(issueDay),
          taxableSupplyDate: dayToDate(taxableDay),
          dueDate: dayToDate(addDays(issueDay, profile.dueDays)),
          supplier: supplierSnapshot(profile) as unknown as Prisma.InputJsonValue,
          advertiserId: advertiser.id,
          customerName: advertiser.company,
          customerIco: advertiser.ico ?? "",
          customerVatId: advertiser.vatId ?? "",
          customerAddress: customerAddress(advertiser),
          issueId: issue.id,
          totalBase: totals.totalBase,
          totalVat: totals.totalVat,
          total: totals.total,
          vatBreakdown: totals.rows as unknown as Prisma.InputJsonValue,
          createdById: actor.id,
          lines: { create: lines },
        },
        select: { id: true, number: true, total: true },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "newspaperInvoice.issue",
        entityType: ENTITY,
        entityId: invoice.id,
        after: { number, advertiserId: advertiser.id, issueId: issue.id, adOrderIds, total: totals.total },
      });
      return invoice;
    }),
  );
}

/** A payment received (bank statement, cash). More than what is outstanding is refused. */
export async function recordPayment(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "newspaperInvoice.manage");
  const input = parseInput(recordPaymentSchema, rawInput);
  if (input.paidOn > cityToday(now)) throw new ValidationError({ paidOn: [{ key: "dateInFuture" }] });
  return db.$transaction(async (tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "newspaperInvoice.pay" }, async () => {
      const [invoice] = await tx.$queryRaw<Array<{ id: string; kind: string; version: number; total: number; paidAmount: number; creditedAmount: number }>>`
        SELECT "id", "kind"::text AS "kind", "version", "total", "paidAmount", "creditedAmount"
        FROM "NewspaperInvoice" WHERE "id" = ${input.invoiceId}::uuid FOR UPDATE`;
      if (!invoice) throw new NotFoundError();
      if (invoice.version !== input.version) throw new ConflictError("staleVersion");
      if (invoice.kind !== "INVOICE") throw new PreconditionError("creditNoteNotPayable");
      const outstanding = outstandingOf(invoice);
      if (input.amount > outstanding) throw new ValidationError({ amount: [{ key: "paymentOverOutstanding", values: { outstanding: (outstanding / 100).toFixed(2).replace(".", ",") } }] });
      const payment = await tx.newspaperPayment.create({
        data: { invoiceId: invoice.id, paidOn: dayToDate(input.paidOn), amount: input.amount, method: input.method, note: input.note, createdById: actor.id },
        select: { id: true },
      });
      await tx.newspaperInvoice.update({ where: { id: invoice.id }, data: { paidAmount: { increment: input.amount }, version: { increment: 1 } } });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "newspaperInvoice.pay",
        entityType: ENTITY,
        entityId: invoice.id,
        after: { paymentId: payment.id, amount: input.amount, paidOn: input.paidOn, method: input.method },
      });
      return { id: invoice.id, paymentId: payment.id };
    }),
  );
}

/**
 * The VAT rows of a credit note. The tax is computed per rate as on any document, except when this note
 * takes a rate's remaining base to zero: then its tax is exactly what remains of that rate's tax, so that
 * the invoice and its credit notes always net to zero (rounding partial credits cannot leave a haléř).
 */
export function creditNoteRows(original: readonly VatRow[], previous: ReadonlyArray<readonly VatRow[]>, lines: readonly PricedLine[]) {
  const draft = invoiceTotals(lines);
  const rows = draft.rows.map((row) => {
    const orig = original.find((candidate) => candidate.rate === row.rate) ?? { base: 0, vat: 0 };
    const before = previous.flat().filter((candidate) => candidate.rate === row.rate);
    const baseLeft = orig.base + before.reduce((sum, r) => sum + r.base, 0) + row.base;
    if (baseLeft !== 0) return row;
    const vat = -(orig.vat + before.reduce((sum, r) => sum + r.vat, 0));
    return { rate: row.rate, base: row.base, vat, total: row.base + vat };
  });
  const totalBase = rows.reduce((sum, row) => sum + row.base, 0);
  const totalVat = rows.reduce((sum, row) => sum + row.vat, 0);
  return { rows, totalBase, totalVat, total: totalBase + totalVat };
}

/** A credit note for an invoice: every line in full, or chosen lines by an amount (without VAT). */
export async function issueCreditNote(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "newspaperInvoice.manage");
  const input = parseInput(creditNoteSchema, rawInput);
  if (!input.full && !input.lines?.length) throw new ValidationError({ lines: [{ key: "creditNothingChosen" }] });
  const issueDay = input.issueDate ?? cityToday(now);
  return db.$transaction(async (tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "newspaperInvoice.credit" }, async () => {
      const [lockedRow] = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "NewspaperInvoice" WHERE "id" = ${input.invoiceId}::uuid FOR UPDATE`;
      if (!lockedRow) throw new NotFoundError();
      const invoice = await tx.newspaperInvoice.findUniqueOrThrow({
        where: { id: input.invoiceId },
        include: {
          lines: { orderBy: { position: "asc" }, include: { corrections: { select: { base: true } } } },
          creditNotes: { select: { vatBreakdown: true } },
        },
      });
      if (invoice.version !== input.version) throw new ConflictError("staleVersion");
      if (invoice.kind !== "INVOICE") throw new PreconditionError("creditNoteOfCreditNote");
      const chosen = input.full
        ? invoice.lines.map((line) => ({ line, amount: remainingOf(line) })).filter((entry) => entry.amount > 0)
        : (input.lines ?? []).map((entry, index) => {
            const line = invoice.lines.find((candidate) => candidate.id === entry.lineId);
            if (!line) throw new ValidationError({ [`lines.${index}.lineId`]: [{ key: "invalid" }] });
            if (entry.amount > remainingOf(line)) throw new ValidationError({ [`lines.${index}.amount`]: [{ key: "creditOverLine", values: { left: (remainingOf(line) / 100).toFixed(2).replace(".", ",") } }] });
            return { line, amount: entry.amount };
          });
      if (chosen.length === 0) throw new PreconditionError("invoiceFullyCredited");
      if (new Set(chosen.map((entry) => entry.line.id)).size !== chosen.length) throw new ValidationError({ lines: [{ key: "creditLineTwice" }] });
      const lines = chosen.map(({ line, amount }, index) => ({
        position: index + 1,
        description: `Oprava: ${line.description}`,
        correctsLineId: line.id,
        quantity: 1,
        unitPrice: -amount,
        vatRate: line.vatRate,
        base: -amount,
      }));
      const totals = creditNoteRows(
        invoice.vatBreakdown as unknown as VatRow[],
        invoice.creditNotes.map((note) => note.vatBreakdown as unknown as VatRow[]),
        lines,
      );
      if (invoice.creditedAmount - totals.total > invoice.total) throw new PreconditionError("creditOverInvoice");
      const profile = await readBillingProfile(tx);
      const year = Number(issueDay.slice(0, 4));
      const sequence = await nextSequence(tx, year);
      const number = formatInvoiceNumber(year, sequence);
      const note = await tx.newspaperInvoice.create({
        data: {
          kind: "CREDIT_NOTE",
          number,
          year,
          sequence,
          variableSymbol: variableSymbolOf(number),
          issueDate: dayToDate(issueDay),
          taxableSupplyDate: dayToDate(issueDay),
          dueDate: dayToDate(addDays(issueDay, profile.dueDays)),
          supplier: invoice.supplier as Prisma.InputJsonValue,
          advertiserId: invoice.advertiserId,
          customerName: invoice.customerName,
          customerIco: invoice.customerIco,
          customerVatId: invoice.customerVatId,
          customerAddress: invoice.customerAddress,
          issueId: invoice.issueId,
          correctsId: invoice.id,
          reason: input.reason,
          totalBase: totals.totalBase,
          totalVat: totals.totalVat,
          total: totals.total,
          vatBreakdown: totals.rows as unknown as Prisma.InputJsonValue,
          createdById: actor.id,
          lines: { create: lines },
        },
        select: { id: true, number: true, total: true },
      });
      await tx.newspaperInvoice.update({ where: { id: invoice.id }, data: { creditedAmount: { increment: -totals.total }, version: { increment: 1 } } });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "newspaperInvoice.credit",
        entityType: ENTITY,
        entityId: note.id,
        after: { number, correctsId: invoice.id, total: totals.total, lines: chosen.map((entry) => ({ lineId: entry.line.id, amount: entry.amount })) },
      });
      return note;
    }),
  );
}
