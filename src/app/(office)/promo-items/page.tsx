import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { PromoItemFilters } from "@/features/promo-items/components/item-filters";
import { PromoItemsTable } from "@/features/promo-items/components/items-table";
import { formatMoney } from "@/features/promo-items/components/money";
import { listPromoItems, promoItemOptions } from "@/features/promo-items/queries";
import { PROMO_SORT_DIRECTIONS, PROMO_SORTS } from "@/features/promo-items/schema";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("promoItems"))("title") };
}

export default async function PromoItemsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("promoItem.view");
  const params = await searchParams;
  const t = await getTranslations("promoItems");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const [page, options] = await Promise.all([listPromoItems(actor, params), promoItemOptions(actor)]);
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[0] !== "page")).toString();
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={
          <>
            {t("count", { count: page.total })} · {t("totalValue", { value: formatMoney(format, page.totalValue) })}{" "}
            {page.lowCount > 0 ? (
              <a href="?low=1" className="font-semibold text-red-700 hover:underline" data-testid="low-count">
                {t("lowCount", { count: page.lowCount })}
              </a>
            ) : (
              <span data-testid="low-count">{t("lowCount", { count: 0 })}</span>
            )}
          </>
        }
        actions={
          <>
            <LinkButton href="/promo-items/report" variant="ghost">
              {t("report.link")}
            </LinkButton>
            <LinkButton href="/promo-items/stocktake" variant="ghost">
              {t("stocktake.link")}
            </LinkButton>
            <a href={`/promo-items/export.csv?${query}`} className="rounded-md px-3 py-2 text-sm text-brand-700 hover:bg-slate-100" download>
              CSV
            </a>
            <a href={`/promo-items/export.xlsx?${query}`} className="rounded-md px-3 py-2 text-sm text-brand-700 hover:bg-slate-100" download>
              XLSX
            </a>
            {can(actor, "promoItem.manage") && <LinkButton href="/promo-items/new">{t("new")}</LinkButton>}
          </>
        }
      />
      <PromoItemFilters values={params} categories={options.categories} locations={options.locations} />
      <PromoItemsTable rows={page.rows} sort={sortOf(params)} />
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        params={params}
        labels={{ previous: common("previous"), next: common("next"), pageOf: t("pageOf", { page: page.page, pageCount: page.pageCount }) }}
      />
    </>
  );
}

function sortOf(params: Record<string, string | undefined>) {
  const id = (PROMO_SORTS as readonly string[]).includes(params.sort ?? "") ? (params.sort as (typeof PROMO_SORTS)[number]) : "name";
  const dir = params.dir === "asc" || params.dir === "desc" ? params.dir : PROMO_SORT_DIRECTIONS[id];
  return { id, desc: dir === "desc" };
}
