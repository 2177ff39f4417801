import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
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
  const [t, list] = await Promise.all([getTranslations("visits"), listVisits(actor, raw)]);
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
      <form method="get" role="search" className="mb-4 grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-3">
        <TextInput name="q" type="search" defaultValue={values.q ?? ""} placeholder={t("search")} aria-label={t("search")} />
        <Select name="direction" defaultValue={values.direction ?? ""} aria-label={t("columns.direction")}>
          <option value="">{t("allDirections")}</option>
          {VISIT_DIRECTIONS.map((direction) => (
            <option key={direction} value={direction}>
              {t(`direction.${direction}`)}
            </option>
          ))}
        </Select>
        <Select name="status" defaultValue={values.status ?? ""} aria-label={t("columns.status")}>
          <option value="">{t("allStatuses")}</option>
          {VISIT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </Select>
        <Select name="partner" defaultValue={values.partner ?? ""} aria-label={t("fields.counterpart")}>
          <option value="">{t("allPartners")}</option>
          {list.partners.map((partner) => (
            <option key={partner} value={partner}>
              {partner}
            </option>
          ))}
        </Select>
        <Select name="when" defaultValue={values.when ?? "all"} aria-label={t("when.label")}>
          <option value="all">{t("when.all")}</option>
          <option value="upcoming">{t("when.upcoming")}</option>
          <option value="past">{t("when.past")}</option>
        </Select>
        <button type="submit" className={buttonClass("primary")}>
          {t("filter")}
        </button>
      </form>
      <VisitsTable rows={list.rows} />
    </>
  );
}
