import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ContactFilters } from "@/features/media-contacts/components/contact-filters";
import { ContactsTable } from "@/features/media-contacts/components/contacts-table";
import { listContactFilterOptions, listContacts } from "@/features/media-contacts/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { ContactsNav } from "./contacts-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts"))("title") };
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("contact.view");
  const params = await searchParams;
  const t = await getTranslations("contacts");
  const common = await getTranslations("common");
  const [page, options] = await Promise.all([listContacts(actor, params), listContactFilterOptions(actor)]);
  const query = new URLSearchParams(Object.entries(params).filter((pair): pair is [string, string] => Boolean(pair[1]) && pair[0] !== "page" && pair[0] !== "erased")).toString();
  const sortId = page.filter.sort ?? "name";
  const desc = (page.filter.dir ?? (sortId === "createdAt" ? "desc" : "asc")) === "desc";
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("count", { count: page.total })}
        actions={
          <>
            <ContactsNav actor={actor} current="contacts" />
            {can(actor, "contact.manage") && <LinkButton href="/contacts/new">{t("new")}</LinkButton>}
          </>
        }
      />
      {params.erased && <Notice tone="success" className="mb-4">{t("gdpr.erased")}</Notice>}
      <ContactFilters values={params} options={options} />
      <div className="mb-3 flex flex-wrap gap-2 text-sm">
        <a href={`/contacts/export.csv${query ? `?${query}` : ""}`} className={buttonClass("secondary")} download>
          {t("exportCsv")}
        </a>
        <a href={`/contacts/export.xlsx${query ? `?${query}` : ""}`} className={buttonClass("secondary")} download>
          {t("exportXlsx")}
        </a>
      </div>
      <ContactsTable rows={page.rows} sort={{ id: sortId, desc }} />
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        params={params}
        labels={{ previous: common("previous"), next: common("next"), pageOf: t("pageOf", { page: page.page, pageCount: page.pageCount }) }}
      />
    </>
  );
}
