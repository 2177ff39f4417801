import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/features/promo-items/components/print-button";
import { StocktakeForm } from "@/features/promo-items/components/stocktake-form";
import { stocktakeSheet } from "@/features/promo-items/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("promoItems"))("stocktake.title") };
}

export default async function StocktakePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("promoItem.view");
  const params = await searchParams;
  const t = await getTranslations("promoItems");
  const format = await getFormatter();
  const sheet = await stocktakeSheet(actor, params.location);
  return (
    <>
      <PageHeader
        title={sheet.location ? t("stocktake.titleOf", { location: sheet.location }) : t("stocktake.title")}
        subtitle={
          sheet.location ? (
            <span>
              {t("stocktake.printedAt", { date: format.dateTime(new Date(), { dateStyle: "long", timeStyle: "short" }) })}
              {sheet.lastCountedAt && <> · {t("stocktake.lastCounted", { date: format.dateTime(sheet.lastCountedAt, { dateStyle: "long" }) })}</>}
            </span>
          ) : (
            t("stocktake.subtitle")
          )
        }
        actions={
          <span className="flex gap-2 print:hidden">
            {sheet.location && <PrintButton label={t("stocktake.print")} />}
            <Link href="/promo-items" className="self-center text-sm text-brand-700 hover:underline">
              ← {t("backToList")}
            </Link>
          </span>
        }
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2 print:hidden">
        <label className="text-sm text-slate-700">
          <span className="mb-1 block font-medium">{t("columns.location")}</span>
          <Select name="location" defaultValue={sheet.location ?? ""} className="min-w-64">
            <option value="">—</option>
            {sheet.locations.map((location) => (
              <option key={location} value={location}>
                {location}
              </option>
            ))}
          </Select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("stocktake.open")}
        </button>
      </form>
      {sheet.location &&
        (sheet.items.length === 0 ? (
          <p className="text-slate-600">{t("stocktake.empty")}</p>
        ) : can(actor, "promoItem.manage") ? (
          <StocktakeForm location={sheet.location} items={sheet.items} idempotencyKey={crypto.randomUUID()} />
        ) : (
          <ul className="list-disc pl-6 text-sm">
            {sheet.items.map((item) => (
              <li key={item.id}>
                {item.sku} {item.name}: {item.onHand} {item.unit}
              </li>
            ))}
          </ul>
        ))}
      {sheet.location && (
        <div className="mt-10 hidden grid-cols-2 gap-16 text-sm print:grid">
          <p className="border-t border-slate-500 pt-1">{t("stocktake.countedBy")}</p>
          <p className="border-t border-slate-500 pt-1">{t("stocktake.checkedBy")}</p>
        </div>
      )}
    </>
  );
}
