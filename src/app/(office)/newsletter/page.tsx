import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { createIssueAction, createPublicationAction, updatePublicationAction } from "@/features/newspaper/actions";
import { formatDay, ISSUE_TONE } from "@/features/newspaper/components/format";
import { SpecForm } from "@/features/newspaper/components/spec-form";
import { formatMoney } from "@/features/promo-items/components/money";
import { FREQUENCIES } from "@/features/newspaper/schema";
import { listNewspaperOverview } from "@/features/newspaper/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newspaper"))("title") };
}

export default async function NewsletterPage() {
  const actor = await requirePageActor("newsletter.view");
  const t = await getTranslations("newspaper");
  const format = await getFormatter();
  const { publications, issues, today } = await listNewspaperOverview(actor);
  const manage = can(actor, "newsletter.manageIssues");
  const late = issues.filter((issue) => issue.late.length > 0);
  const nextYear = Number(today.slice(0, 4));
  const nextNumber = Math.max(0, ...issues.filter((issue) => issue.year === nextYear).map((issue) => issue.number)) + 1;
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <nav className="flex flex-wrap gap-3 text-sm">
            <Link href="/newsletter/contributors" className="text-brand-700 hover:underline">{t("nav.contributors")}</Link>
            <Link href="/newsletter/advertising" className="text-brand-700 hover:underline">{t("nav.advertising")}</Link>
            <Link href="/newsletter/council-space" className="text-brand-700 hover:underline">{t("nav.councilSpace")}</Link>
            {can(actor, "newsletterEdition.prepare") || can(actor, "newsletterEdition.approve") ? (
              <Link href="/newsletter/editions" className="text-brand-700 hover:underline">{t("nav.editions")}</Link>
            ) : null}
            {can(actor, "newsletterSubscriber.view") && <Link href="/newsletter/subscribers" className="text-brand-700 hover:underline">{t("nav.subscribers")}</Link>}
            {can(actor, "newspaperInvoice.view") && <Link href="/newsletter/invoices" className="text-brand-700 hover:underline">{t("nav.invoices")}</Link>}
            <Link href="/newsroom/newsletter" className="text-brand-700 hover:underline">{t("nav.archive")}</Link>
          </nav>
        }
      />
      {late.length > 0 && (
        <Card className="mb-6 border-red-200 bg-red-50">
          <h2 className="mb-2 text-base font-semibold text-red-900">{t("late.heading", { count: late.length })}</h2>
          <ul className="space-y-1 text-sm text-red-900" data-testid="late-issues">
            {late.map((issue) => (
              <li key={issue.id}>
                <Link href={`/newsletter/issues/${issue.id}`} className="font-medium underline">
                  {issue.number}/{issue.year}
                </Link>{" "}
                — {issue.late.map((kind) => t(`late.${kind}`)).join(", ")}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {publications.length === 0 && <Card className="mb-6"><p className="text-sm text-slate-600">{t("noPublications")}</p></Card>}
      {publications.map((publication) => {
        const own = issues.filter((issue) => issue.publicationId === publication.id);
        return (
          <Card key={publication.id} className="mb-6">
            <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold text-slate-900">{publication.name}</h2>
              <p className="text-sm text-slate-600">
                {t(`frequency.${publication.frequency}`)} · {t("printRun", { count: publication.printRun })} ·{" "}
                {publication.priceMinor === null ? t("free") : formatMoney(format, publication.priceMinor)} ·{" "}
                {publication.toHouseholds ? t("toHouseholds") : t("pickUpOnly")}
                {publication.pickUpPoints.trim() ? ` · ${t("pickUpPoints", { count: publication.pickUpPoints.trim().split("\n").length })}` : ""}
              </p>
            </div>
            {manage && (
              <details className="mb-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("publication.edit")}</summary>
                <div className="mt-3 max-w-3xl">
                  <SpecForm
                    action={updatePublicationAction}
                    hidden={{ id: publication.id, version: String(publication.version) }}
                    submitLabel={t("save")}
                    success={t("saved")}
                    testId={`edit-publication-${publication.id.slice(0, 8)}`}
                    fields={[
                      { name: "name", label: t("publication.name"), defaultValue: publication.name, wide: true },
                      { name: "frequency", label: t("publication.frequency"), type: "select", options: FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) })), defaultValue: publication.frequency },
                      { name: "printRun", label: t("publication.printRun"), type: "number", defaultValue: String(publication.printRun) },
                      { name: "priceMinor", label: t("publication.price"), hint: t("publication.priceHint"), defaultValue: publication.priceMinor === null ? "" : (publication.priceMinor / 100).toFixed(2).replace(".", ",") },
                      { name: "pageCapacityChars", label: t("publication.pageCapacity"), type: "number", defaultValue: String(publication.pageCapacityChars), hint: t("publication.pageCapacityHint") },
                      { name: "toHouseholds", label: t("publication.toHouseholds"), type: "checkbox", defaultValue: publication.toHouseholds, wide: true },
                      { name: "pickUpPoints", label: t("publication.pickUpPoints"), type: "textarea", rows: 3, defaultValue: publication.pickUpPoints, hint: t("publication.pickUpPointsHint") },
                    ]}
                  />
                </div>
              </details>
            )}
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                  <tr>
                    <th className="py-2 pr-3">{t("issue.number")}</th>
                    <th className="py-2 pr-3">{t("issue.status")}</th>
                    <th className="py-2 pr-3">{t("issue.editorialDeadline")}</th>
                    <th className="py-2 pr-3">{t("issue.adDeadline")}</th>
                    <th className="py-2 pr-3">{t("issue.printDate")}</th>
                    <th className="py-2 pr-3">{t("issue.distributionDate")}</th>
                    <th className="py-2 pr-3">{t("issue.articles")}</th>
                    <th className="py-2 pr-3">{t("issue.ads")}</th>
                  </tr>
                </thead>
                <tbody>
                  {own.map((issue) => {
                    const waiting = issue.counts.SUBMITTED + issue.counts.EDITING + issue.counts.PROOFREADING;
                    const total = Object.values(issue.counts).reduce((sum, count) => sum + count, 0);
                    const lateCell = (kind: string, day: string) => (
                      <td className={`py-2 pr-3 ${issue.late.includes(kind as never) ? "font-semibold text-red-700" : ""}`}>{formatDay(format, day)}</td>
                    );
                    return (
                      <tr key={issue.id} className="border-b border-slate-100 last:border-0" data-testid={`issue-row-${issue.number}-${issue.year}`}>
                        <td className="py-2 pr-3">
                          <Link href={`/newsletter/issues/${issue.id}`} className="font-medium text-brand-700 hover:underline">
                            {issue.number}/{issue.year}
                          </Link>
                          {issue.title && <span className="ml-2 text-slate-500">{issue.title}</span>}
                        </td>
                        <td className="py-2 pr-3">
                          <Badge tone={ISSUE_TONE[issue.status]}>{t(`issueStatus.${issue.status}`)}</Badge>
                          {issue.late.length > 0 && <span className="ml-1"><Badge tone="red">{t("late.badge")}</Badge></span>}
                        </td>
                        {lateCell("editorialDeadline", issue.editorialDeadline)}
                        {lateCell("adDeadline", issue.adDeadline)}
                        {lateCell("printDate", issue.printDate)}
                        {lateCell("distributionDate", issue.distributionDate)}
                        <td className="py-2 pr-3">
                          {t("articleCounts", { total, waiting })}
                        </td>
                        <td className="py-2 pr-3">{issue.adsTotal}</td>
                      </tr>
                    );
                  })}
                  {own.length === 0 && (
                    <tr>
                      <td colSpan={8} className="py-3 text-slate-500">{t("noIssues")}</td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </Card>
        );
      })}
      {manage && (
        <div className="grid items-start gap-6 lg:grid-cols-2">
          {publications.length > 0 && (
            <Card>
              <h2 className="mb-3 text-base font-semibold">{t("issue.new")}</h2>
              <SpecForm
                action={createIssueAction}
                testId="new-issue"
                hidden={{ idempotencyKey: crypto.randomUUID() }}
                submitLabel={t("issue.create")}
                columns={2}
                fields={[
                  { name: "publicationId", label: t("publication.name"), type: "select", options: publications.map((p) => ({ value: p.id, label: p.name })), required: true, wide: true },
                  { name: "number", label: t("issue.numberOnly"), type: "number", defaultValue: String(nextNumber), required: true },
                  { name: "year", label: t("issue.year"), type: "number", defaultValue: String(nextYear), required: true },
                  { name: "title", label: t("issue.title"), wide: true },
                  { name: "editorialDeadline", label: t("issue.editorialDeadline"), type: "date", required: true },
                  { name: "adDeadline", label: t("issue.adDeadline"), type: "date", required: true },
                  { name: "printDate", label: t("issue.printDate"), type: "date", required: true },
                  { name: "distributionDate", label: t("issue.distributionDate"), type: "date", required: true },
                  { name: "pageCount", label: t("issue.pageCount"), type: "number", defaultValue: "16", required: true },
                ]}
              />
            </Card>
          )}
          <Card>
            <details open={publications.length === 0}>
              <summary className="cursor-pointer text-base font-semibold">{t("publication.new")}</summary>
              <div className="mt-3">
                <SpecForm
                  action={createPublicationAction}
                  testId="new-publication"
                  hidden={{ idempotencyKey: crypto.randomUUID() }}
                  submitLabel={t("publication.create")}
                  success={t("saved")}
                  fields={[
                    { name: "name", label: t("publication.name"), required: true, wide: true },
                    { name: "frequency", label: t("publication.frequency"), type: "select", options: FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) })), defaultValue: "MONTHLY" },
                    { name: "printRun", label: t("publication.printRun"), type: "number", defaultValue: "0" },
                    { name: "priceMinor", label: t("publication.price"), hint: t("publication.priceHint") },
                    { name: "pageCapacityChars", label: t("publication.pageCapacity"), type: "number", defaultValue: "5500", hint: t("publication.pageCapacityHint") },
                    { name: "toHouseholds", label: t("publication.toHouseholds"), type: "checkbox", defaultValue: true, wide: true },
                    { name: "pickUpPoints", label: t("publication.pickUpPoints"), type: "textarea", rows: 3, hint: t("publication.pickUpPointsHint") },
                  ]}
                />
              </div>
            </details>
          </Card>
        </div>
      )}
    </>
  );
}
