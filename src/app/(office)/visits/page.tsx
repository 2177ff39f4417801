import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { DashboardFilterNotice } from "@/features/overview/components/filter-notice";
import { VisitsTable } from "@/features/visits/components/visits-table";
import { listVisits } from "@/features/visits/queries";
import { VISIT_DIRECTIONS, VISIT_STATUSES } from "@/features/visits/schema";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("visits"))("title") };
}

export default async function VisitsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("visit.view");
  const raw = await searchParams;
  const [t, common, list] = await Promise.all([getTranslations("visits"), getTranslations("common"), listVisits(actor, raw)]);
  const values = list.params;
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("count", { count: list.rows.length })}
        actions={
          <>
            <LinkButton href="/visits/gifts" variant="ghost">
              {t("giftRegister.link")}
            </LinkButton>
            {can(actor, "visit.manage") && <LinkButton href="/visits/new">{t("new")}</LinkButton>}
          </>
        }
      />
      {list.params.year && (
        <DashboardFilterNotice text={(await getTranslations("dashboard"))("filters.visitYear", { year: list.params.year })} clearHref="/visits" clearLabel={(await getTranslations("dashboard"))("filters.clear")} />
      )}
      <FilterBar columnsClass="lg:grid-cols-3" resetHref="/visits" filterLabel={t("filter")} resetLabel={common("reset")}>
        <FilterSearch value={values.q} label={t("search")} />
        <FilterSelect name="direction" value={values.direction} label={t("columns.direction")} allLabel={t("allDirections")} options={VISIT_DIRECTIONS.map((direction) => ({ value: direction, label: t(`direction.${direction}`) }))} />
        <FilterSelect name="status" value={values.status} label={t("columns.status")} allLabel={t("allStatuses")} options={VISIT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))} />
        <FilterSelect name="partner" value={values.partner} label={t("fields.counterpart")} allLabel={t("allPartners")} options={list.partners.map((partner) => ({ value: partner, label: partner }))} />
        <Select name="when" defaultValue={values.when ?? "all"} aria-label={t("when.label")}>
          <option value="all">{t("when.all")}</option>
          <option value="upcoming">{t("when.upcoming")}</option>
          <option value="past">{t("when.past")}</option>
        </Select>
      </FilterBar>
      <VisitsTable rows={list.rows} />
    </>
  );
}
