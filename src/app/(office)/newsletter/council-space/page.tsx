import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { createCouncilClubAction, updateCouncilClubAction } from "@/features/newspaper/actions";
import { SpecForm } from "@/features/newspaper/components/spec-form";
import { bpToPercent } from "@/features/newspaper/policy";
import { councilSpaceReport, listCouncilClubs } from "@/features/newspaper/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newspaper"))("council.title") };
}

export default async function CouncilSpacePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("newsletter.view");
  const t = await getTranslations("newspaper");
  const params = await searchParams;
  const thisYear = new Date().getFullYear();
  const year = params.year && /^\d{4}$/.test(params.year) ? Number(params.year) : thisYear;
  const [report, clubs] = await Promise.all([orPageError(councilSpaceReport(actor, { year })), listCouncilClubs(actor)]);
  const manage = can(actor, "newsletter.manageIssues");
  const pct = (bp: number) => `${bpToPercent(bp).toLocaleString("cs-CZ")} %`;
  const totalChars = report.balance.reduce((sum, row) => sum + row.chars, 0);
  return (
    <>
      <PageHeader title={t("council.title")} subtitle={t("council.subtitle")} actions={<Link href="/newsletter" className="text-sm text-brand-700 hover:underline">← {t("backToIssues")}</Link>} />
      <Card className="mb-6">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <form method="get" className="flex items-end gap-2 text-sm">
            <label>
              {t("council.year")}{" "}
              <select name="year" defaultValue={String(year)} className="rounded border border-slate-300 px-2 py-1">
                {[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((value) => <option key={value} value={value}>{value}</option>)}
              </select>
            </label>
            <button type="submit" className="rounded border border-slate-300 bg-white px-2 py-1 font-medium text-brand-700">{t("council.show")}</button>
          </form>
          <a href={`/newsletter/council-space/export.csv?year=${year}`} className="text-sm font-medium text-brand-700 hover:underline" data-testid="council-csv">{t("council.csv")}</a>
        </div>
        <table className="w-full text-left text-sm" data-testid="council-balance">
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
            <tr>
              <th className="py-2 pr-3">{t("council.club")}</th>
              <th className="py-2 pr-3 text-right">{t("council.seats")}</th>
              <th className="py-2 pr-3 text-right">{t("council.seatShare")}</th>
              <th className="py-2 pr-3 text-right">{t("council.chars")}</th>
              <th className="py-2 pr-3 text-right">{t("council.spaceShare")}</th>
              <th className="py-2 pr-3 text-right">{t("council.difference")}</th>
              <th className="py-2 pr-3 w-1/4">{t("council.chart")}</th>
            </tr>
          </thead>
          <tbody>
            {report.balance.map((row) => (
              <tr key={row.clubId} className="border-b border-slate-100 last:border-0">
                <td className="py-2 pr-3 font-medium">{row.name}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{row.seats}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{pct(row.seatShareBp)}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{row.chars.toLocaleString("cs-CZ")}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{pct(row.spaceShareBp)}</td>
                <td className={`py-2 pr-3 text-right tabular-nums ${Math.abs(row.differenceBp) >= 500 ? "font-semibold text-red-700" : ""}`}>{row.differenceBp > 0 ? "+" : ""}{pct(row.differenceBp)}</td>
                <td className="py-2 pr-3">
                  <div className="space-y-0.5" aria-hidden>
                    <div className="h-2 rounded bg-slate-300" style={{ width: `${row.seatShareBp / 100}%` }} title={t("council.seatShare")} />
                    <div className="h-2 rounded bg-brand-500" style={{ width: `${row.spaceShareBp / 100}%` }} title={t("council.spaceShare")} />
                  </div>
                </td>
              </tr>
            ))}
            {report.balance.length === 0 && <tr><td colSpan={7} className="py-3 text-slate-500">{t("council.noClubs")}</td></tr>}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-slate-500">{t("council.legend", { chars: totalChars })}</p>
      </Card>
      <Card className="mb-6">
        <h2 className="mb-3 text-base font-semibold">{t("council.perIssue")}</h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="council-per-issue">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2 pr-3">{t("ads.issue")}</th>
                {report.balance.map((row) => <th key={row.clubId} className="py-2 pr-3 text-right">{row.name}</th>)}
              </tr>
            </thead>
            <tbody>
              {report.issues.map((issue) => (
                <tr key={issue.id} className="border-b border-slate-100 last:border-0">
                  <td className="py-1.5 pr-3"><Link href={`/newsletter/issues/${issue.id}`} className="text-brand-700 hover:underline">{issue.number}/{issue.year}</Link></td>
                  {report.balance.map((row) => <td key={row.clubId} className="py-1.5 pr-3 text-right tabular-nums">{issue.chars[row.clubId] ? issue.chars[row.clubId].toLocaleString("cs-CZ") : "—"}</td>)}
                </tr>
              ))}
              {report.issues.length === 0 && <tr><td colSpan={report.balance.length + 1} className="py-3 text-slate-500">{t("noIssues")}</td></tr>}
            </tbody>
          </table>
        </div>
      </Card>
      {manage && (
        <Card>
          <h2 className="mb-3 text-base font-semibold">{t("council.clubs")}</h2>
          <ul className="mb-4 space-y-3">
            {clubs.map((club) => (
              <li key={club.id}>
                <SpecForm action={updateCouncilClubAction} hidden={{ id: club.id, version: String(club.version) }} columns={3} submitLabel={t("save")} success={t("saved")} fields={[
                  { name: "name", label: t("council.club"), defaultValue: club.name },
                  { name: "seats", label: t("council.seats"), type: "number", defaultValue: String(club.seats) },
                  { name: "isActive", label: t("council.active"), type: "checkbox", defaultValue: club.isActive },
                ]} />
              </li>
            ))}
          </ul>
          <SpecForm action={createCouncilClubAction} hidden={{ idempotencyKey: crypto.randomUUID() }} columns={2} submitLabel={t("council.addClub")} success={t("saved")} fields={[
            { name: "name", label: t("council.club"), required: true },
            { name: "seats", label: t("council.seats"), type: "number", required: true },
          ]} />
        </Card>
      )}
    </>
  );
}
