import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listUncommunicatedResolutions } from "@/features/press-releases/queries";
import { listRegister } from "@/features/resolutions/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resolutions"))("title") };
}

// The register of council resolutions (RM, ZM), with the ones no published release communicates yet:
// "decisions never communicated" is the list the spokesperson works down after a council meeting.
// Whoever holds resolution.manage adds, imports and edits; every row opens the resolution's page.
export default async function ResolutionsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string; deleted?: string }> }) {
  const actor = await requirePageActor("pressRelease.view");
  const { q, page, deleted } = await searchParams;
  const t = await getTranslations("resolutions");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const [uncommunicated, register] = await Promise.all([listUncommunicatedResolutions(actor), listRegister(actor, { q, page })]);
  const canManage = can(actor, "resolution.manage");
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <>
            <Link href="/press-releases" className={buttonClass("secondary")}>
              {t("back")}
            </Link>
            {canManage && (
              <>
                <LinkButton href="/press-releases/resolutions/import" variant="secondary">
                  {t("importCsv")}
                </LinkButton>
                <LinkButton href="/press-releases/resolutions/new">{t("new")}</LinkButton>
              </>
            )}
          </>
        }
      />
      {deleted && <Notice tone="success" className="mb-4">{t("deleted")}</Notice>}
      <section aria-labelledby="uncommunicated" className="mb-8">
        <h2 id="uncommunicated" className="mb-3 text-base font-semibold text-slate-900">
          {t("uncommunicated", { count: uncommunicated.length })}
        </h2>
        {uncommunicated.length === 0 ? (
          <p className="text-sm text-slate-600">{t("allCommunicated")}</p>
        ) : (
          <ul className="grid gap-2 md:grid-cols-2">
            {uncommunicated.map((resolution) => (
              <li key={resolution.id}>
                <Card className="p-4">
                  <p className="text-xs font-semibold text-amber-800">
                    {resolution.body} {resolution.number} · {date(resolution.adoptedOn)}
                  </p>
                  <Link href={`/press-releases/resolutions/${resolution.id}`} className="mt-1 block text-sm text-slate-900 hover:underline">
                    {resolution.title}
                  </Link>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="register">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 id="register" className="text-base font-semibold text-slate-900">
            {t("register")}
          </h2>
          <form method="get" role="search" className="flex gap-2">
            <input
              name="q"
              type="search"
              defaultValue={q ?? ""}
              placeholder={t("search")}
              aria-label={t("search")}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            />
            <button type="submit" className={buttonClass("secondary")}>
              {t("searchButton")}
            </button>
          </form>
        </div>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2.5">{t("number")}</th>
                <th scope="col" className="px-4 py-2.5">{t("adoptedOn")}</th>
                <th scope="col" className="px-4 py-2.5">{t("resolutionTitle")}</th>
                <th scope="col" className="px-4 py-2.5">{t("state")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {register.rows.length === 0 && (
                <tr>
                  <td colSpan={4} className="px-4 py-6 text-center text-slate-600">
                    {t("empty")}
                  </td>
                </tr>
              )}
              {register.rows.map((resolution) => (
                <tr key={resolution.id}>
                  <td className="whitespace-nowrap px-4 py-2.5 font-medium">
                    <Link href={`/press-releases/resolutions/${resolution.id}`} className="text-brand-700 hover:underline">
                      {resolution.body} {resolution.number}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap px-4 py-2.5 text-slate-600">{date(resolution.adoptedOn)}</td>
                  <td className="px-4 py-2.5">
                    <Link href={`/press-releases/resolutions/${resolution.id}`} className="text-slate-900 hover:underline">
                      {resolution.title}
                    </Link>
                    {resolution.url && (
                      <a href={resolution.url} className="ml-2 text-xs text-brand-700 hover:underline" rel="noopener noreferrer">
                        {t("source")}
                      </a>
                    )}
                  </td>
                  <td className="px-4 py-2.5">
                    {!resolution.communicated ? <Badge tone="amber">{t("notCommunicated")}</Badge> : <Badge tone="green">{t("communicated")}</Badge>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination
          page={register.page}
          pageCount={register.pageCount}
          params={{ q }}
          labels={{ previous: common("previous"), next: common("next"), pageOf: t("pageOf", { page: register.page, pageCount: register.pageCount, total: register.total }) }}
        />
      </section>
    </>
  );
}
