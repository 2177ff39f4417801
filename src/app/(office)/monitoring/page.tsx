import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ClippingFilters } from "@/features/monitoring/components/clipping-filters";
import { MonitoringNav } from "@/features/monitoring/components/monitoring-nav";
import { ReviewList } from "@/features/monitoring/components/review-list";
import { clippingFilterOptions, listClippings } from "@/features/monitoring/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { config } from "@/server/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monitoring"))("title") };
}

export default async function MonitoringPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("monitoring.view");
  const params = await searchParams;
  const t = await getTranslations("monitoring");
  const [page, options, locale] = await Promise.all([listClippings(actor, params), clippingFilterOptions(actor), getLocale()]);
  const { after: _after, ...rest } = params;
  const firstPage = new URLSearchParams(Object.entries(rest).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  const nextPage = page.nextCursor ? `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(rest).filter((entry): entry is [string, string] => Boolean(entry[1]))), after: page.nextCursor }).toString()}` : null;
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={<span data-testid="clipping-count">{page.totalKnown ? t("list.count", { count: page.total }) : t("list.countMore", { count: page.total })}</span>}
        actions={can(actor, "monitoring.manage") && <LinkButton href="/monitoring/new">{t("list.add")}</LinkButton>}
      />
      <MonitoringNav current="clippings" />
      <ClippingFilters values={params} outlets={options.outlets} topics={options.topics} />
      <ReviewList
        canManage={can(actor, "monitoring.manage")}
        timeZone={config().CITY_TIME_ZONE}
        locale={locale}
        rows={page.rows.map((row) => ({
          id: row.id,
          version: row.version,
          title: row.title,
          outlet: row.outlet,
          mediaType: row.mediaType,
          publishedAt: row.publishedAt.toISOString(),
          publishedAtEstimated: row.publishedAtEstimated,
          url: row.url,
          excerpt: row.excerpt.slice(0, 300),
          sentiment: row.sentiment,
          status: row.status,
          topics: row.topics,
          matchedKeywords: row.matchedKeywords,
          alsoIn: row.alsoIn,
          reach: row.reach,
          hasCase: Boolean(row.responseCase),
          syndicationKey: row.syndicationKey,
        }))}
      />
      <div className="mt-4 flex justify-between text-sm">
        {params.after ? <LinkButton variant="ghost" href={`/monitoring${firstPage ? `?${firstPage}` : ""}`}>{t("list.firstPage")}</LinkButton> : <span />}
        {nextPage && (
          <LinkButton variant="secondary" href={`/monitoring${nextPage}`} data-testid="next-page">
            {t("list.nextPage")}
          </LinkButton>
        )}
      </div>
    </>
  );
}
