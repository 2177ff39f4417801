import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { cityIsoDate } from "@/features/inquiries/time";
import { PromoItemForm } from "@/features/promo-items/components/item-form";
import { formatMoney } from "@/features/promo-items/components/money";
import { MovementForms } from "@/features/promo-items/components/movement-forms";
import { PromoItemPhotoForm } from "@/features/promo-items/components/photo-form";
import { UndoButton } from "@/features/promo-items/components/undo-button";
import { getPromoItem, promoItemOptions } from "@/features/promo-items/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { config } from "@/server/config";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("promoItems");
  return { title: `${t("detail.title")} ${(await params).id.slice(0, 8)}` };
}

export default async function PromoItemPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("promoItem.view");
  const { id } = await params;
  const query = await searchParams;
  const item = await orPageError(getPromoItem(actor, id));
  const options = await promoItemOptions(actor);
  const t = await getTranslations("promoItems");
  const format = await getFormatter();
  const money = (halere: number) => formatMoney(format, halere);
  const mayManage = can(actor, "promoItem.manage");
  const key = () => crypto.randomUUID();
  return (
    <>
      <PageHeader
        title={
          <span>
            <span className="mr-2 font-mono text-lg text-slate-500">{item.sku}</span>
            {item.name}
          </span>
        }
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span>{item.category}</span>·<span>{item.location}</span>
            {!item.isActive && <Badge>{t("inactive")}</Badge>}
            {item.low && <Badge tone="red">{t("lowStock", { minimum: item.minimumStock })}</Badge>}
          </span>
        }
        actions={<Link href="/promo-items" className="text-sm text-brand-700 hover:underline">← {t("backToList")}</Link>}
      />
      {query.created && <Notice tone="success" className="mb-4">{t("done.created")}</Notice>}
      <div className="mb-6 grid gap-3 sm:grid-cols-4">
        <Card>
          <p className="text-sm text-slate-600">{t("columns.onHand")}</p>
          <p className={`mt-1 text-3xl font-semibold ${item.low ? "text-red-700" : "text-slate-900"}`} data-testid="item-on-hand">
            {item.onHand} <span className="text-base font-normal text-slate-500">{item.unit}</span>
          </p>
          {item.minimumStock > 0 && <p className="text-xs text-slate-500">{t("minimum", { minimum: item.minimumStock })}</p>}
        </Card>
        <Card>
          <p className="text-sm text-slate-600">{t("columns.stockValue")}</p>
          <p className="mt-1 text-2xl font-semibold text-slate-900">{money(item.stockValue)}</p>
        </Card>
        <Card>
          <p className="text-sm text-slate-600">{t("detail.averageCost")}</p>
          <p className="mt-1 text-2xl font-semibold text-slate-900">{money(item.averageCost)}</p>
        </Card>
        <Card>
          <p className="text-sm text-slate-600">{t("detail.ledger")}</p>
          <p className="mt-1 text-sm text-slate-800">{t("detail.movementCount", { count: item.movementCount })}</p>
          <p className={`text-xs ${item.ledgerBalanced ? "text-green-700" : "font-semibold text-red-700"}`}>{item.ledgerBalanced ? t("detail.balanced") : t("detail.unbalanced")}</p>
        </Card>
      </div>

      {mayManage && (
        <Card className="mb-6">
          <h2 className="mb-3 text-base font-semibold text-slate-900">{t("movements.title")}</h2>
          <MovementForms
            itemId={item.id}
            unit={item.unit}
            onHand={item.onHand}
            today={cityIsoDate(new Date(), config().CITY_TIME_ZONE)}
            keys={{ receipt: key(), issue: key(), return: key(), writeOff: key(), adjust: key() }}
            suppliers={options.suppliers}
            defaultSupplier={item.supplier}
          />
        </Card>
      )}

      <section aria-labelledby="ledger-title" className="mb-6">
        <h2 id="ledger-title" className="mb-3 text-base font-semibold text-slate-900">{t("ledger.title")}</h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
          <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="ledger">
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2.5">{t("ledger.date")}</th>
                <th scope="col" className="px-4 py-2.5">{t("ledger.kind")}</th>
                <th scope="col" className="px-4 py-2.5 text-right">{t("ledger.quantity")}</th>
                <th scope="col" className="px-4 py-2.5 text-right">{t("ledger.value")}</th>
                <th scope="col" className="px-4 py-2.5">{t("ledger.details")}</th>
                <th scope="col" className="px-4 py-2.5">{t("ledger.by")}</th>
                {mayManage && <th scope="col" className="px-4 py-2.5"><span className="sr-only">{t("ledger.undo")}</span></th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {item.movements.length === 0 && (
                <tr>
                  <td colSpan={7} className="px-4 py-8 text-center text-slate-500">{t("ledger.empty")}</td>
                </tr>
              )}
              {item.movements.map((movement) => (
                <tr key={movement.id} className={movement.reversedById ? "text-slate-400 line-through decoration-slate-300" : movement.kind === "REVERSAL" ? "bg-amber-50/60" : undefined} data-kind={movement.kind}>
                  <td className="whitespace-nowrap px-4 py-2.5 align-top text-slate-600">{format.dateTime(movement.occurredAt, { dateStyle: "medium" })}</td>
                  <td className="whitespace-nowrap px-4 py-2.5 align-top font-medium">{t(`kind.${movement.kind}`)}</td>
                  <td className={`whitespace-nowrap px-4 py-2.5 text-right align-top tabular-nums ${movement.quantity < 0 ? "text-red-700" : "text-green-700"}`}>
                    {movement.quantity > 0 ? "+" : ""}
                    {movement.quantity}
                  </td>
                  <td className="whitespace-nowrap px-4 py-2.5 text-right align-top tabular-nums">{money(movement.valueDelta)}</td>
                  <td className="px-4 py-2.5 align-top text-slate-700">
                    {movement.purpose && <span className="mr-1 font-medium">{t(`purpose.${movement.purpose}`)}:</span>}
                    {[
                      movement.recipientName,
                      movement.reference,
                      movement.unitCost !== null ? t("ledger.unitCost", { cost: money(movement.unitCost) }) : null,
                      movement.supplier,
                      movement.orderNumber ? t("ledger.order", { number: movement.orderNumber }) : null,
                      movement.invoiceNumber ? t("ledger.invoice", { number: movement.invoiceNumber }) : null,
                      movement.countedQty !== null ? t("ledger.counted", { counted: movement.countedQty, expected: movement.expectedQty ?? 0 }) : null,
                      movement.stocktakeId ? t("ledger.stocktake") : null,
                      movement.reason,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                    {movement.reversesId && <span className="block text-xs text-amber-800">{t("ledger.reverses")}</span>}
                    {movement.reversedById && <span className="block text-xs text-slate-500 no-underline">{t("ledger.reversed")}</span>}
                  </td>
                  <td className="whitespace-nowrap px-4 py-2.5 align-top text-slate-600">{movement.createdByName ?? "—"}</td>
                  {mayManage && <td className="px-4 py-2.5 align-top">{movement.canUndo && <UndoButton movementId={movement.id} idempotencyKey={key()} />}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {mayManage && (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
          <Card>
            <h2 className="mb-3 text-base font-semibold text-slate-900">{t("detail.edit")}</h2>
            <PromoItemForm item={item} options={options} />
          </Card>
          <Card>
            <h2 className="mb-3 text-base font-semibold text-slate-900">{t("photo.title")}</h2>
            <PromoItemPhotoForm itemId={item.id} hasPhoto={item.photoKey !== null} />
          </Card>
        </div>
      )}
    </>
  );
}
