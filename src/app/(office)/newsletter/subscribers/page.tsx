import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterBar, FilterSearch, FilterSelect } from "@/components/ui/filter-bar";
import { Card, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { NewspaperSectionLinks } from "@/features/newsletter/components/section-links";
import { AddSubscriberForm, ImportSubscribersForm } from "@/features/newsletter/components/subscriber-forms";
import { SubscribersTable } from "@/features/newsletter/components/subscribers-table";
import { listSubscribers } from "@/features/newsletter/queries";
import { SUBSCRIBER_STATUSES } from "@/features/newsletter/schema";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletterMail.subscribers"))("title") };
}

export default async function SubscribersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("newsletterSubscriber.view");
  const params = await searchParams;
  const t = await getTranslations("newsletterMail.subscribers");
  const common = await getTranslations("common");
  const filter = { status: params.status, q: params.q, page: params.page };
  const page = await orPageError(listSubscribers(actor, filter));
  const query = new URLSearchParams(Object.entries({ status: params.status, q: params.q }).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  const canManage = can(actor, "newsletterSubscriber.manage");
  return (
    <>
      <NewspaperSectionLinks actor={actor} current="subscribers" />
      <PageHeader
        title={t("title")}
        subtitle={
          <span data-testid="subscriber-counts">
            {t("counts", { confirmed: page.counts.CONFIRMED, pending: page.counts.PENDING, unsubscribed: page.counts.UNSUBSCRIBED })}
          </span>
        }
        actions={
          <>
            <a href="/newsroom/newsletter/subscribe" className="rounded-md px-3 py-2 text-sm text-brand-700 hover:bg-slate-100">
              {t("publicForm")}
            </a>
            <a href={`/newsletter/subscribers/export.csv?${query}`} className="rounded-md px-3 py-2 text-sm text-brand-700 hover:bg-slate-100" download>
              CSV
            </a>
          </>
        }
      />
      <FilterBar columnsClass="lg:grid-cols-[minmax(12rem,2fr)_minmax(10rem,1fr)_auto]" resetHref="/newsletter/subscribers" filterLabel={common("filter")} resetLabel={common("reset")}>
        <FilterSearch value={params.q} label={t("search")} />
        <FilterSelect
          name="status"
          value={params.status}
          label={t("columns.status")}
          allLabel={t("allStatuses")}
          options={SUBSCRIBER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
      </FilterBar>
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-4">
          <SubscribersTable rows={page.rows} canManage={canManage} />
          <Pagination
            page={page.page}
            pageCount={page.pageCount}
            params={params}
            labels={{ previous: common("previous"), next: common("next"), pageOf: t("pageOf", { page: page.page, pageCount: page.pageCount }) }}
          />
        </div>
        {canManage && (
          <div className="space-y-6">
            <Card>
              <h2 className="mb-3 text-base font-semibold">{t("add.title")}</h2>
              <AddSubscriberForm idempotencyKey={randomUUID()} />
            </Card>
            <Card>
              <h2 className="mb-3 text-base font-semibold">{t("import.title")}</h2>
              <ImportSubscribersForm />
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
