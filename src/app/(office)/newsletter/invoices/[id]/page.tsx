import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { NewspaperSectionLinks } from "@/features/newsletter/components/section-links";
import { CreditNoteForm, PaymentForm } from "@/features/newspaper-invoices/components/invoice-forms";
import { STATUS_TONES } from "@/features/newspaper-invoices/components/invoices-table";
import { formatCzk } from "@/features/newspaper-invoices/money";
import { getInvoice } from "@/features/newspaper-invoices/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { cityToday, dateToDay } from "@/server/calendar-day";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newspaperBilling"))("detailTitle") };
}

const czDate = (day: string) => {
  const [year, month, date] = day.split("-").map(Number);
  return `${date}. ${month}. ${year}`;
};

// One invoice or credit note as issued (it never changes), its PDF, payments and credit notes.
export default async function InvoicePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ issued?: string }> }) {
  const actor = await requirePageActor("newspaperInvoice.view");
  const { id } = await params;
  const { issued } = await searchParams;
  const t = await getTranslations("newspaperBilling");
  const invoice = await orPageError(getInvoice(actor, id));
  const canManage = can(actor, "newspaperInvoice.manage");
  const credit = invoice.kind === "CREDIT_NOTE";
  const title = credit ? t("creditNoteTitle", { number: invoice.number }) : t("invoiceTitle", { number: invoice.number });
  return (
    <>
      <NewspaperSectionLinks actor={actor} current="invoices" />
      <PageHeader
        title={title}
        subtitle={<Badge tone={STATUS_TONES[invoice.status]}>{t(`status.${invoice.status}`)}</Badge>}
        actions={
          <>
            <a href={`/newsletter/invoices/${invoice.id}/pdf`} target="_blank" rel="noopener" className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800" data-testid="invoice-pdf-link">
              {t("pdf")}
            </a>
            <a href={`/newsletter/invoices/${invoice.id}/pdf?download=1`} className="rounded-md px-3 py-2 text-sm text-brand-700 hover:bg-slate-100">
              {t("download")}
            </a>
          </>
        }
      />
      {issued && <Notice tone="success" className="mb-4">{t("issuedNotice", { number: invoice.number })}</Notice>}
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <Card className="space-y-5" >
          <div data-testid="invoice-document" className="space-y-5">
            {credit && invoice.corrects && (
              <p className="text-sm">
                {t("corrects")}{" "}
                <Link href={`/newsletter/invoices/${invoice.corrects.id}`} className="text-brand-700 hover:underline">
                  {invoice.corrects.number}
                </Link>
                {invoice.reason && <> · {t("reason")}: {invoice.reason}</>}
              </p>
            )}
            <div className="grid gap-4 sm:grid-cols-2">
              <div className="rounded-md border border-slate-200 p-3 text-sm">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("supplier")}</p>
                <p className="font-semibold">{invoice.supplier.name}</p>
                <p>{invoice.supplier.address}</p>
                <p>IČO {invoice.supplier.ico}{invoice.supplier.dic && <> · DIČ {invoice.supplier.dic}</>}</p>
              </div>
              <div className="rounded-md border border-slate-200 p-3 text-sm">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("customer")}</p>
                <p className="font-semibold">{invoice.customerName}</p>
                <p>{invoice.customerAddress}</p>
                <p>{invoice.customerIco && <>IČO {invoice.customerIco}</>}{invoice.customerVatId && <> · DIČ {invoice.customerVatId}</>}</p>
              </div>
            </div>
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
              {[
                [t("issueDay"), czDate(invoice.issueDay)],
                [t("taxableDay"), czDate(invoice.taxableDay)],
                [t("dueDay"), czDate(invoice.dueDay)],
                [t("variableSymbol"), invoice.variableSymbol],
                [t("bankAccount"), invoice.supplier.bankAccount],
                [t("issue"), invoice.issue ? `${invoice.issue.publication.name} č. ${invoice.issue.number}/${invoice.issue.year}` : "—"],
              ].map(([label, value]) => (
                <div key={label}>
                  <dt className="text-xs text-slate-500">{label}</dt>
                  <dd className="font-medium">{value}</dd>
                </div>
              ))}
            </dl>
            <table className="w-full text-sm">
              <caption className="sr-only">{t("lines")}</caption>
              <thead className="border-b border-slate-200 text-left text-xs uppercase text-slate-500">
                <tr>
                  <th className="py-2">#</th>
                  <th className="py-2">{t("line")}</th>
                  <th className="py-2 text-right">{t("priceWithoutVat")}</th>
                  <th className="py-2 text-right">{t("vatRate")}</th>
                  <th className="py-2 text-right">{t("base")}</th>
                </tr>
              </thead>
              <tbody>
                {invoice.lines.map((line) => (
                  <tr key={line.id} className="border-b border-slate-100">
                    <td className="py-2 pr-2">{line.position}</td>
                    <td className="py-2 pr-2">{line.description}</td>
                    <td className="whitespace-nowrap py-2 pl-3 text-right tabular-nums">{formatCzk(line.unitPrice)}</td>
                    <td className="whitespace-nowrap py-2 pl-3 text-right">{line.vatRate} %</td>
                    <td className="whitespace-nowrap py-2 pl-3 text-right tabular-nums">{formatCzk(line.base)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="ml-auto w-full max-w-md text-sm" data-testid="vat-breakdown">
              <caption className="sr-only">{t("vatBreakdown")}</caption>
              <thead className="text-left text-xs uppercase text-slate-500">
                <tr>
                  <th className="py-1">{t("vatRate")}</th>
                  <th className="py-1 text-right">{t("base")}</th>
                  <th className="py-1 text-right">{t("vat")}</th>
                  <th className="py-1 text-right">{t("withVat")}</th>
                </tr>
              </thead>
              <tbody>
                {invoice.vatBreakdown.map((row) => (
                  <tr key={row.rate}>
                    <td className="py-1">{row.rate} %</td>
                    <td className="py-1 text-right tabular-nums">{formatCzk(row.base)}</td>
                    <td className="py-1 text-right tabular-nums">{formatCzk(row.vat)}</td>
                    <td className="py-1 text-right tabular-nums">{formatCzk(row.total)}</td>
                  </tr>
                ))}
                <tr className="border-t border-slate-300 text-base font-semibold">
                  <td className="py-2" colSpan={3}>
                    {credit ? t("totalRefund") : t("totalDue")}
                  </td>
                  <td className="py-2 text-right tabular-nums" data-testid="invoice-total">
                    {formatCzk(credit ? -invoice.total : invoice.total)}
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <p className="text-xs text-slate-500">{t("immutable")}</p>
        </Card>
        <div className="space-y-4">
          {!credit && (
            <Card>
              <h2 className="mb-2 text-base font-semibold">{t("payments")}</h2>
              <p className="mb-3 text-sm">
                {t("paidOf", { paid: formatCzk(invoice.paidAmount), total: formatCzk(invoice.total) })}
                {invoice.creditedAmount > 0 && <> · {t("credited", { amount: formatCzk(invoice.creditedAmount) })}</>}
                <br />
                <span className="font-semibold" data-testid="outstanding">{t("outstanding", { amount: formatCzk(invoice.outstanding) })}</span>
              </p>
              {invoice.payments.length > 0 && (
                <ul className="mb-3 divide-y divide-slate-100 text-sm">
                  {invoice.payments.map((payment) => (
                    <li key={payment.id} className="flex justify-between gap-2 py-1">
                      <span>
                        {czDate(dateToDay(payment.paidOn))} · {t(`payment.methods.${payment.method}`)}
                        {payment.note && <span className="text-slate-500"> · {payment.note}</span>}
                      </span>
                      <span className="tabular-nums">{formatCzk(payment.amount)}</span>
                    </li>
                  ))}
                </ul>
              )}
              {canManage && invoice.outstanding > 0 && <PaymentForm invoiceId={invoice.id} version={invoice.version} outstanding={invoice.outstanding} today={cityToday()} idempotencyKey={randomUUID()} />}
            </Card>
          )}
          {!credit && (
            <Card>
              <h2 className="mb-2 text-base font-semibold">{t("credit.title")}</h2>
              {invoice.creditNotes.length > 0 && (
                <ul className="mb-3 text-sm">
                  {invoice.creditNotes.map((note) => (
                    <li key={note.id}>
                      <Link href={`/newsletter/invoices/${note.id}`} className="text-brand-700 hover:underline">
                        {note.number}
                      </Link>{" "}
                      · {formatCzk(note.total)} · {note.reason}
                    </li>
                  ))}
                </ul>
              )}
              {canManage && invoice.lines.some((line) => line.remaining > 0) ? (
                <CreditNoteForm invoiceId={invoice.id} version={invoice.version} lines={invoice.lines} idempotencyKey={randomUUID()} />
              ) : (
                invoice.creditNotes.length === 0 && <p className="text-sm text-slate-600">{t("credit.none")}</p>
              )}
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
