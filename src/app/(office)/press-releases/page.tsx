import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { DashboardFilterNotice } from "@/features/overview/components/filter-notice";
import { Pagination } from "@/components/ui/pagination";
import { ReleaseFilters } from "@/features/press-releases/components/release-filters";
import { ReleasesTable } from "@/features/press-releases/components/releases-table";
import { listPressReleases, listTopics } from "@/features/press-releases/queries";
import { RELEASE_SORT_DIRECTIONS, RELEASE_SORTS } from "@/features/press-releases/schema";
import { listColleagues } from "@/features/users/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pressReleases"))("title") };
}

export default async function PressReleasesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("pressRelease.view");
  const params = await searchParams;
  const t = await getTranslations("pressReleases");
  const locale = await getLocale();
  const [page, topics, colleagues] = await Promise.all([
    listPressReleases(actor, params),
    listTopics(),
    listColleagues(actor),
  ]);
  const topicOptions = topics.map((topic) => ({ id: topic.id, name: locale === "en" ? topic.nameEn : topic.nameCs }));
  const canDraft = can(actor, "pressRelease.draft");
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={`${t("subtitle")} ${t("count", { count: page.total })}.`}
        actions={
          <>
            <LinkButton href="/press-releases/resolutions" variant="ghost">
              {(await getTranslations("resolutions"))("link")}
            </LinkButton>
            {can(actor, "mailOutbox.view") && (
              <LinkButton href="/press-releases/outbox" variant="ghost">
                {(await getTranslations("outbox"))("link")}
              </LinkButton>
            )}
            {canDraft && <LinkButton href="/press-releases/new">{t("new")}</LinkButton>}
          </>
        }
      />
      {(params.publishedFrom || params.publishedTo) && (
        <DashboardFilterNotice
          text={(await getTranslations("dashboard"))("filters.published", { from: params.publishedFrom ?? "…", to: params.publishedTo ?? "…" })}
          clearHref="/press-releases"
          clearLabel={(await getTranslations("dashboard"))("filters.clear")}
        />
      )}
      <ReleaseFilters values={params} authors={colleagues} topics={topicOptions} />
      <ReleasesTable rows={page.rows} sort={sortOf(params)} canDraft={canDraft} />
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        params={params}
        labels={{ previous: (await getTranslations("common"))("previous"), next: (await getTranslations("common"))("next"), pageOf: t("pageOf", { page: page.page, pageCount: page.pageCount }) }}
      />
    </>
  );
}

/** The table's sort as the URL says it, with each column's natural direction by default. */
function sortOf(params: Record<string, string | undefined>) {
  const id = (RELEASE_SORTS as readonly string[]).includes(params.sort ?? "") ? (params.sort as (typeof RELEASE_SORTS)[number]) : "updatedAt";
  const dir = params.dir === "asc" || params.dir === "desc" ? params.dir : RELEASE_SORT_DIRECTIONS[id];
  return { id, desc: dir === "desc" };
}
