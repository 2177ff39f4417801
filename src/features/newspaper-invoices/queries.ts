import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { cityToday, dateToDay } from "@/server/calendar-day";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { invoiceStatus, outstandingOf, type VatRow } from "./money";
import { INVOICES_PAGE_SIZE, listInvoicesSchema } from "./schema";
import { readBillingProfile, type SupplierSnapshot } from "./service";

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * The derived status in SQL (the same rule as money.ts `invoiceStatus`), for filtering and counting in
 * the database: `today` is the city's calendar day.
 */
function statusSql(today: string) {
  return Prisma.sql`CASE
    WHEN i."kind" = 'CREDIT_NOTE' THEN 'CREDIT_NOTE'
    WHEN i."total" - i."creditedAmount" - i."paidAmount" <= 0 THEN CASE WHEN i."paidAmount" > 0 THEN 'PAID' ELSE 'CREDITED' END
    WHEN i."dueDate" < ${today}::date THEN 'OVERDUE'
    WHEN i."paidAmount" > 0 THEN 'PARTIALLY_PAID'
    ELSE 'ISSUED' END`;
}

/** The invoice list: newest first, by derived status, year, number or customer. */
export async function listInvoices(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "newspaperInvoice.view");
  const input = parseInput(listInvoicesSchema, rawInput);
  const today = cityToday(now);
  const page = input.page ?? 1;
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (input.status) conditions.push(Prisma.sql`(${statusSql(today)}) = ${input.status}`);
  if (input.year) conditions.push(Prisma.sql`i."year" = ${input.year}`);
  if (input.q) {
    const like = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`(i."number" ILIKE ${like} OR i."customerName" ILIKE ${like} OR i."customerIco" ILIKE ${like} OR i."variableSymbol" ILIKE ${like})`);
  }
  const where = Prisma.join(conditions, " AND ");
  const [rows, [{ count }]] = await Promise.all([
    db.$queryRaw<
      Array<{ id: string; kind: "INVOICE" | "CREDIT_NOTE"; number: string; issueDate: Date; dueDate: Date; customerName: string; total: number; paidAmount: number; creditedAmount: number; status: string }>
    >`
      SELECT i."id", i."kind"::text AS "kind", i."number", i."issueDate", i."dueDate", i."customerName", i."total", i."paidAmount", i."creditedAmount",
             ${statusSql(today)} AS "status"
      FROM "NewspaperInvoice" i WHERE ${where}
      ORDER BY i."year" DESC, i."sequence" DESC
      LIMIT ${INVOICES_PAGE_SIZE} OFFSET ${(page - 1) * INVOICES_PAGE_SIZE}`,
    db.$queryRaw<Array<{ count: number }>>`SELECT count(*)::int AS "count" FROM "NewspaperInvoice" i WHERE ${where}`,
  ]);
  return {
    rows: rows.map((row) => ({ ...row, outstanding: row.kind === "INVOICE" ? outstandingOf(row) : 0, issueDay: dateToDay(row.issueDate), dueDay: dateToDay(row.dueDate) })),
    total: count,
    page,
    pageCount: Math.max(1, Math.ceil(count / INVOICES_PAGE_SIZE)),
    today,
  };
}

/** One invoice or credit note with everything its page and its PDF show. */
export async function getInvoice(actor: Actor | null, id: string, now = new Date()) {
  requirePermission(actor, "newspaperInvoice.view");
  if (!isUuid(id)) throw new NotFoundError();
  const invoice = await db.newspaperInvoice.findUnique({
    where: { id },
    include: {
      lines: { orderBy: { position: "asc" }, include: { corrections: { select: { base: true } } } },
      payments: { orderBy: [{ paidOn: "asc" }, { createdAt: "asc" }] },
      creditNotes: { orderBy: { sequence: "asc" }, select: { id: true, number: true, issueDate: true, total: true, reason: true } },
      corrects: { select: { id: true, number: true, issueDate: true } },
      issue: { select: { id: true, number: true, year: true, publication: { select: { name: true } } } },
    },
  });
  if (!invoice) throw new NotFoundError();
  const today = cityToday(now);
  const status = invoiceStatus({ ...invoice, dueDay: dateToDay(invoice.dueDate) }, today);
  return {
    ...invoice,
    supplier: invoice.supplier as unknown as SupplierSnapshot,
    vatBreakdown: invoice.vatBreakdown as unknown as VatRow[],
    lines: invoice.lines.map(({ corrections, ...line }) => ({ ...line, remaining: line.base + corrections.reduce((sum, c) => sum + c.base, 0) })),
    status,
    outstanding: invoice.kind === "INVOICE" ? outstandingOf(invoice) : 0,
    issueDay: dateToDay(invoice.issueDate),
    dueDay: dateToDay(invoice.dueDate),
    taxableDay: dateToDay(invoice.taxableSupplyDate),
  };
}

export type InvoiceDetail = Awaited<ReturnType<typeof getInvoice>>;

/**
 * Ad orders waiting for an invoice, grouped by issue and advertiser: not cancelled, and never invoiced
 * (or credited in full since).
 */
export async function listInvoiceableOrders(actor: Actor | null, filter: { issueId?: string } = {}) {
  requirePermission(actor, "newspaperInvoice.view");
  const issueId = filter.issueId && isUuid(filter.issueId) ? filter.issueId : undefined;
  const orders = await db.adOrder.findMany({
    where: { status: { not: "CANCELLED" }, ...(issueId ? { issueId } : {}) },
    orderBy: [{ issue: { distributionDate: "desc" } }, { advertiser: { company: "asc" } }, { createdAt: "asc" }],
    select: {
      id: true,
      sizeCode: true,
      placement: true,
      priceMinor: true,
      vatPercent: true,
      status: true,
      advertiser: { select: { id: true, company: true, ico: true } },
      issue: { select: { id: true, number: true, year: true, distributionDate: true, publication: { select: { name: true } } } },
      invoiceLines: { select: { base: true, corrections: { select: { base: true } } } },
    },
    take: 2000,
  });
  const open = orders.filter((order) => !order.invoiceLines.some((line) => line.base + line.corrections.reduce((sum, c) => sum + c.base, 0) > 0));
  const groups = new Map<string, { issue: (typeof open)[number]["issue"]; advertiser: (typeof open)[number]["advertiser"]; orders: Array<Omit<(typeof open)[number], "invoiceLines" | "issue" | "advertiser">> }>();
  for (const { invoiceLines: _lines, issue, advertiser, ...order } of open) {
    const key = `${issue.id}:${advertiser.id}`;
    const group = groups.get(key) ?? { issue, advertiser, orders: [] };
    group.orders.push(order);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export async function getBillingProfile(actor: Actor | null) {
  requirePermission(actor, "newspaperInvoice.view");
  return readBillingProfile();
}
