import "server-only";
import { type Actor, can } from "@/server/authz/permissions";
import { cityToday } from "@/server/calendar-day";
import { db } from "@/server/db";

// For the office-wide views (the head's dashboard): overdue advertising invoices, counted in one query.

export interface InvoiceSummary {
  overdueCount: number;
  /** What is outstanding on the overdue invoices, in haléře. */
  overdueAmount: number;
  /** Where the list is. */
  href: string;
}

/** Overdue = an invoice with something outstanding after its due day (the city's calendar); null without access. */
export async function invoiceSummary(actor: Actor, now = new Date()): Promise<InvoiceSummary | null> {
  if (!can(actor, "newspaperInvoice.view")) return null;
  const [row] = await db.$queryRaw<Array<{ count: number; amount: number }>>`
    SELECT count(*)::int AS "count", COALESCE(sum("total" - "creditedAmount" - "paidAmount"), 0)::int AS "amount"
    FROM "NewspaperInvoice"
    WHERE "kind" = 'INVOICE' AND "dueDate" < ${cityToday(now)}::date AND "total" - "creditedAmount" - "paidAmount" > 0`;
  return { overdueCount: row.count, overdueAmount: row.amount, href: "/newsletter/invoices?status=OVERDUE" };
}
