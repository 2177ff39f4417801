import "server-only";
import type { Actor } from "@/server/authz/permissions";
import { dateToDay } from "@/server/calendar-day";
import { AppError } from "@/server/errors";
import { renderInvoicePdf, type InvoicePdfData } from "./pdf";
import { getInvoice, type InvoiceDetail } from "./queries";

// The invoice's PDF as the route serves it (/newsletter/invoices/<id>/pdf), for staff with newspaperInvoice.view.

export function pdfDataOf(invoice: InvoiceDetail): InvoicePdfData {
  return {
    kind: invoice.kind,
    number: invoice.number,
    variableSymbol: invoice.variableSymbol,
    issueDay: invoice.issueDay,
    taxableDay: invoice.taxableDay,
    dueDay: invoice.dueDay,
    supplier: invoice.supplier,
    customerName: invoice.customerName,
    customerIco: invoice.customerIco,
    customerVatId: invoice.customerVatId,
    customerAddress: invoice.customerAddress,
    corrects: invoice.corrects ? { number: invoice.corrects.number, issueDay: dateToDay(invoice.corrects.issueDate) } : null,
    reason: invoice.reason,
    issueLabel: invoice.issue ? `${invoice.issue.publication.name} č. ${invoice.issue.number}/${invoice.issue.year}` : null,
    lines: invoice.lines,
    vatBreakdown: invoice.vatBreakdown,
    totalBase: invoice.totalBase,
    totalVat: invoice.totalVat,
    total: invoice.total,
  };
}

export async function invoicePdfResponse(actor: Actor | null, id: string, options: { download: boolean }): Promise<Response> {
  try {
    const invoice = await getInvoice(actor, id);
    const bytes = await renderInvoicePdf(pdfDataOf(invoice));
    const name = `${invoice.kind === "CREDIT_NOTE" ? "dobropis" : "faktura"}-${invoice.number}.pdf`;
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `${options.download ? "attachment" : "inline"}; filename="${name}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.messageKey, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
