import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makeUser } from "../../../tests/support/factories";
import { completeBillingProfile, expectRefusedUnchanged, makeAdOrder, makeAdvertiser, makeNewspaper } from "../../../tests/support/newspaper-ads";
import { pdfDataOf } from "./document";
import { invoiceSummary } from "./overview";
import { renderInvoicePdf } from "./pdf";
import { getBillingProfile, getInvoice, listInvoiceableOrders, listInvoices } from "./queries";
import { issueCreditNote, issueInvoice, recordPayment, updateBillingProfile } from "./service";

// Invoices on PostgreSQL: numbering without gaps under concurrency, the VAT breakdown and the PDF's
// numbers, payments and derived status, credit notes, the database refusing any change or deletion of an
// issued invoice, refusals per role and bad input that changes nothing.

let pr: Actor;
let head: Actor;
let assistant: Actor;
let spokesperson: Actor;
const NOW = new Date("2026-03-10T09:00:00.000Z");

beforeAll(async () => {
  pr = (await makeUser({ roles: ["PR_STAFF"] })).actor;
  head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
  assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
  spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
});

async function pdfText(id: string, actor: Actor = pr) {
  const bytes = await renderInvoicePdf(pdfDataOf(await getInvoice(actor, id, NOW)));
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(document, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("the supplier's details", () => {
  it("must be complete before the first invoice", async () => {
    const { issue, sizes, advertiser } = await makeNewspaper();
    const order = await makeAdOrder(issue, advertiser, sizes.quarter);
    await expectRefusedUnchanged(
      () => issueInvoice(pr, { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: [order.id] }, NOW),
      PreconditionError,
      { messageKey: "billingProfileIncomplete" },
    );
    const profile = await getBillingProfile(pr); // made on first read, with the city's name
    expect(profile).toMatchObject({ supplierIco: "00000000", dueDays: 14 });
    await expectRefusedUnchanged(
      () => updateBillingProfile(pr, { version: profile.version, supplierName: "Město", supplierIco: "123", supplierDic: "", supplierAddress: "x", bankAccount: "1/0800", iban: "", dueDays: 14, footer: "" }),
      ValidationError,
    );
    await expectRefusedUnchanged(() => updateBillingProfile(assistant, { version: profile.version }), ForbiddenError);
    await updateBillingProfile(head, {
      version: profile.version,
      supplierName: "Město Horní Lhota",
      supplierIco: "00123456",
      supplierDic: "cz00123456",
      supplierAddress: "Náměstí Svobody 1, 739 99 Horní Lhota",
      bankAccount: "19-1234567890/0800",
      iban: "",
      vatPayer: "on",
      dueDays: "14",
      footer: "Zapsáno v registru periodického tisku MK ČR E 12345.",
    });
    expect(await db.newspaperBillingProfile.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ supplierDic: "CZ00123456", dueDays: 14, vatPayer: true });
  });
});

describe("issuing an invoice from ad orders", () => {
  beforeAll(completeBillingProfile);

  it("bills the orders with the VAT per rate, the dates and the variable symbol, and the PDF shows the same numbers", async () => {
    const { issue, sizes, advertiser } = await makeNewspaper({ distributionDate: "2026-03-05" });
    const quarter = await makeAdOrder(issue, advertiser, sizes.quarter, { placement: "strana 3" });
    const eighth = await makeAdOrder(issue, advertiser, sizes.eighth);
    const notice = await makeAdOrder(issue, advertiser, sizes.notice);
    const before = await listInvoiceableOrders(pr, { issueId: issue.id });
    expect(before.flatMap((group) => group.orders.map((order) => order.id)).sort()).toEqual([quarter.id, eighth.id, notice.id].sort());

    const created = await issueInvoice(pr, { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: [quarter.id, eighth.id, notice.id], idempotencyKey: "k-1" }, NOW);
    const invoice = await getInvoice(pr, created.id, NOW);
    expect(invoice.number).toMatch(/^2026-\d{4}$/);
    expect(invoice.variableSymbol).toBe(invoice.number.replace("-", ""));
    expect(invoice).toMatchObject({ issueDay: "2026-03-10", taxableDay: "2026-03-05", dueDay: "2026-03-24", status: "ISSUED", customerName: advertiser.company, customerIco: "27074358" });
    // 4 500 + 2 400 at 21 % → 6 900,00 + 1 449,00; 333,33 at 12 % → 40,00 (39,9996 rounded to the haléř).
    expect(invoice.vatBreakdown).toEqual([
      { rate: 21, base: 6900_00, vat: 1449_00, total: 8349_00 },
      { rate: 12, base: 333_33, vat: 40_00, total: 373_33 },
    ]);
    expect(invoice).toMatchObject({ totalBase: 7233_33, totalVat: 1489_00, total: 8722_33 });
    expect(invoice.lines.map((line) => line.description)[0]).toContain("Inzerce 1/4 (čtvrt strany)");

    const text = await pdfText(invoice.id);
    expect(text).toContain(`Faktura – daňový doklad č. ${invoice.number}`);
    expect(text).toContain(`Variabilní symbol: ${invoice.variableSymbol}`);
    for (const amount of ["6 900,00 Kč", "1 449,00 Kč", "8 349,00 Kč", "333,33 Kč", "40,00 Kč", "373,33 Kč", "8 722,33 Kč"]) expect(text).toContain(amount);
    expect(text).toContain("DATUM SPLATNOSTI 24. 3. 2026");
    expect(text).toContain("DATUM ZDANITELNÉHO PLNĚNÍ 5. 3. 2026");
    expect(text).toContain("Náměstí Svobody 1"); // Czech diacritics survive the font

    // The same key again (a double click) makes no second invoice; the orders are no longer waiting.
    const again = await issueInvoice(pr, { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: [quarter.id, eighth.id, notice.id], idempotencyKey: "k-1" }, NOW);
    expect(again.id).toBe(created.id);
    expect(await listInvoiceableOrders(pr, { issueId: issue.id })).toEqual([]);
    await expectRefusedUnchanged(
      () => issueInvoice(pr, { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: [quarter.id] }, NOW),
      PreconditionError,
      { messageKey: "adOrderInvoiced" },
    );
  });

  it("refuses cancelled orders, orders of someone else, unknown orders and bad input, changing nothing", async () => {
    const { issue, sizes, advertiser } = await makeNewspaper();
    const other = await makeAdvertiser();
    const cancelled = await makeAdOrder(issue, advertiser, sizes.quarter, { status: "CANCELLED" });
    const foreign = await makeAdOrder(issue, other, sizes.quarter);
    await expectRefusedUnchanged(() => issueInvoice(pr, { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: [cancelled.id] }, NOW), PreconditionError, { messageKey: "adOrderCancelled" });
    await expectRefusedUnchanged(() => issueInvoice(pr, { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: [foreign.id] }, NOW), ValidationError);
    await expectRefusedUnchanged(() => issueInvoice(pr, { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: ["0197a000-0000-7000-8000-000000000000"] }, NOW), NotFoundError);
    await expectRefusedUnchanged(() => issueInvoice(pr, { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: [] }, NOW), ValidationError);
    await expectRefusedUnchanged(() => issueInvoice(pr, { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: [foreign.id], total: 1 }, NOW), ValidationError);
    await expectRefusedUnchanged(() => issueInvoice(pr, { advertiserId: "nope", issueId: issue.id, adOrderIds: [foreign.id] }, NOW), ValidationError);
  });

  it("refuses roles without the permission", async () => {
    const { issue, sizes, advertiser } = await makeNewspaper();
    const order = await makeAdOrder(issue, advertiser, sizes.quarter);
    const input = { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: [order.id] };
    await expectRefusedUnchanged(() => issueInvoice(assistant, input, NOW), ForbiddenError);
    await expectRefusedUnchanged(() => issueInvoice(spokesperson, input, NOW), ForbiddenError);
    await expectRefusedUnchanged(() => issueInvoice(null, input, NOW), UnauthenticatedError);
    await expect(listInvoices(assistant, {})).rejects.toBeInstanceOf(ForbiddenError);
    // The spokesperson reads invoices but does not issue them.
    await expect(listInvoices(spokesperson, {})).resolves.toBeTruthy();
  });

  it("numbers 20 parallel invoices consecutively, without gaps or duplicates", async () => {
    const { issue, sizes } = await makeNewspaper();
    const jobs = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const advertiser = await makeAdvertiser();
        const order = await makeAdOrder(issue, advertiser, sizes.eighth);
        return { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: [order.id] };
      }),
    );
    const counterBefore = (await db.newspaperInvoiceCounter.findUnique({ where: { year: 2027 } }))?.last ?? 0;
    const created = await Promise.all(jobs.map((input) => issueInvoice(pr, { ...input, issueDate: "2027-01-05" }, NOW)));
    const sequences = (await db.newspaperInvoice.findMany({ where: { id: { in: created.map((c) => c.id) } }, select: { sequence: true } })).map((row) => row.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, index) => counterBefore + index + 1));
    expect(new Set(created.map((c) => c.number)).size).toBe(20);
  });

  it("bills an order once even when two invoices for it race", async () => {
    const { issue, sizes, advertiser } = await makeNewspaper();
    const order = await makeAdOrder(issue, advertiser, sizes.quarter);
    const input = { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: [order.id] };
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => issueInvoice(pr, input, NOW)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.newspaperInvoiceLine.count({ where: { adOrderId: order.id } })).toBe(1);
  });
});

describe("after issue", () => {
  beforeAll(completeBillingProfile);

  async function issued() {
    const { issue, sizes, advertiser } = await makeNewspaper({ distributionDate: "2026-02-01" });
    const a = await makeAdOrder(issue, advertiser, sizes.quarter);
    const b = await makeAdOrder(issue, advertiser, sizes.notice);
    const created = await issueInvoice(pr, { advertiserId: advertiser.id, issueId: issue.id, adOrderIds: [a.id, b.id] }, new Date("2026-02-02T09:00:00Z"));
    return getInvoice(pr, created.id, NOW);
  }

  it("cannot be edited or deleted: the database refuses it", async () => {
    const invoice = await issued();
    await expect(db.newspaperInvoice.update({ where: { id: invoice.id }, data: { total: 1 } })).rejects.toThrow(/cannot be changed/);
    await expect(db.newspaperInvoice.update({ where: { id: invoice.id }, data: { customerName: "Někdo jiný" } })).rejects.toThrow(/cannot be changed/);
    await expect(db.newspaperInvoice.update({ where: { id: invoice.id }, data: { dueDate: new Date("2030-01-01") } })).rejects.toThrow(/cannot be changed/);
    await expect(db.newspaperInvoice.delete({ where: { id: invoice.id } })).rejects.toThrow(/never deleted/);
    await expect(db.newspaperInvoiceLine.updateMany({ where: { invoiceId: invoice.id }, data: { description: "x" } })).rejects.toThrow(/never changed/);
    await expect(db.newspaperInvoiceLine.deleteMany({ where: { invoiceId: invoice.id } })).rejects.toThrow(/never changed/);
    await expect(db.$executeRaw`TRUNCATE "NewspaperInvoice" CASCADE`).rejects.toThrow(/never truncated/);
    expect((await getInvoice(pr, invoice.id, NOW)).total).toBe(invoice.total);
  });

  it("records payments up to what is outstanding and derives the status", async () => {
    const invoice = await issued();
    expect(invoice.dueDay).toBe("2026-02-16");
    expect(invoice.status).toBe("OVERDUE"); // NOW is 10 March
    const summaryBefore = await invoiceSummary(head, NOW);
    expect(summaryBefore?.overdueCount).toBeGreaterThanOrEqual(1);

    await recordPayment(pr, { invoiceId: invoice.id, version: invoice.version, paidOn: "2026-03-01", amount: "1 000,00", method: "BANK_TRANSFER", note: "výpis 12" }, NOW);
    let current = await getInvoice(pr, invoice.id, NOW);
    expect(current).toMatchObject({ paidAmount: 1000_00, status: "OVERDUE", outstanding: invoice.total - 1000_00 });
    await expectRefusedUnchanged(() => recordPayment(pr, { invoiceId: invoice.id, version: invoice.version, paidOn: "2026-03-01", amount: "1", method: "CASH" }, NOW), ConflictError);
    await expectRefusedUnchanged(
      () => recordPayment(pr, { invoiceId: invoice.id, version: current.version, paidOn: "2026-03-02", amount: current.outstanding + 1, method: "BANK_TRANSFER" }, NOW),
      ValidationError,
    );
    await expectRefusedUnchanged(() => recordPayment(pr, { invoiceId: invoice.id, version: current.version, paidOn: "2026-03-02", amount: "-5", method: "BANK_TRANSFER" }, NOW), ValidationError);
    await expectRefusedUnchanged(() => recordPayment(pr, { invoiceId: invoice.id, version: current.version, paidOn: "2026-04-02", amount: "5", method: "BANK_TRANSFER" }, NOW), ValidationError);
    await expectRefusedUnchanged(() => recordPayment(assistant, { invoiceId: invoice.id, version: current.version, paidOn: "2026-03-02", amount: "5", method: "CASH" }, NOW), ForbiddenError);
    await recordPayment(head, { invoiceId: invoice.id, version: current.version, paidOn: "2026-03-09", amount: current.outstanding, method: "BANK_TRANSFER" }, NOW);
    current = await getInvoice(pr, invoice.id, NOW);
    expect(current).toMatchObject({ status: "PAID", outstanding: 0, paidAmount: invoice.total });
    await expect(db.newspaperPayment.deleteMany({ where: { invoiceId: invoice.id } })).rejects.toThrow(/never changed/);
    const listed = await listInvoices(pr, { status: "PAID" }, NOW);
    expect(listed.rows.map((row) => row.id)).toContain(invoice.id);
  });

  it("is corrected by credit notes, partly and then in full, that net to zero", async () => {
    const invoice = await issued();
    const [quarterLine, noticeLine] = invoice.lines;
    // Partly: 500 Kč off the quarter page (wrong position).
    const partial = await issueCreditNote(pr, { invoiceId: invoice.id, version: invoice.version, reason: "Inzerát otištěn na jiné straně, sleva", lines: [{ lineId: quarterLine.id, amount: "500" }] }, NOW);
    const note = await getInvoice(pr, partial.id, NOW);
    expect(note).toMatchObject({ kind: "CREDIT_NOTE", status: "CREDIT_NOTE", totalBase: -500_00, totalVat: -105_00, total: -605_00, correctsId: invoice.id });
    expect(note.variableSymbol).toBe(note.number.replace("-", ""));
    const noteText = await pdfText(note.id);
    expect(noteText).toContain(`Opravný daňový doklad č. ${note.number}`);
    expect(noteText).toContain(`k faktuře č. ${invoice.number}`);
    expect(noteText).toContain("605,00 Kč");
    let current = await getInvoice(pr, invoice.id, NOW);
    expect(current).toMatchObject({ creditedAmount: 605_00, outstanding: invoice.total - 605_00 });

    await expectRefusedUnchanged(
      () => issueCreditNote(pr, { invoiceId: invoice.id, version: current.version, reason: "x", lines: [{ lineId: noticeLine.id, amount: noticeLine.base + 1 }] }, NOW),
      ValidationError,
    );
    await expectRefusedUnchanged(() => issueCreditNote(pr, { invoiceId: invoice.id, version: current.version, reason: "", full: true }, NOW), ValidationError);
    await expectRefusedUnchanged(() => issueCreditNote(pr, { invoiceId: invoice.id, version: current.version - 1, reason: "x", full: true }, NOW), ConflictError);
    await expectRefusedUnchanged(() => issueCreditNote(assistant, { invoiceId: invoice.id, version: current.version, reason: "x", full: true }, NOW), ForbiddenError);
    await expectRefusedUnchanged(() => issueCreditNote(pr, { invoiceId: note.id, version: note.version, reason: "x", full: true }, NOW), PreconditionError, { messageKey: "creditNoteOfCreditNote" });

    // Then the rest in full: the invoice and its credit notes net to exactly zero.
    await issueCreditNote(pr, { invoiceId: invoice.id, version: current.version, reason: "Objednávka zrušena", full: "on" }, NOW);
    current = await getInvoice(pr, invoice.id, NOW);
    expect(current).toMatchObject({ creditedAmount: invoice.total, outstanding: 0, status: "CREDITED" });
    const notes = await db.newspaperInvoice.findMany({ where: { correctsId: invoice.id } });
    expect(invoice.total + notes.reduce((sum, n) => sum + n.total, 0)).toBe(0);
    expect(invoice.totalVat + notes.reduce((sum, n) => sum + n.totalVat, 0)).toBe(0);
    await expectRefusedUnchanged(() => issueCreditNote(pr, { invoiceId: invoice.id, version: current.version, reason: "x", full: true }, NOW), PreconditionError, { messageKey: "invoiceFullyCredited" });
    // Credited in full, its orders may be invoiced again (e.g. to the right customer).
    expect((await listInvoiceableOrders(pr, { issueId: invoice.issueId ?? undefined })).flatMap((group) => group.orders)).toHaveLength(2);
  });
});
