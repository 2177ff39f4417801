import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { NewspaperSectionLinks } from "@/features/newsletter/components/section-links";
import { listEditions } from "@/features/newsletter/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletterMail.editions"))("title") };
}

const TONES = { DRAFT: "slate", AWAITING_APPROVAL: "amber", APPROVED: "blue", SENDING: "amber", SENT: "green" } as const;

// Every issue's e-mail edition at a glance: not built, waiting for approval, sent (to how many).
export default async function EditionsPage() {
  const actor = await requirePageActor("newsletter.view");
  const t = await getTranslations("newsletterMail.editions");
  const tEdition = await getTranslations("newsletterMail.edition");
  const format = await getFormatter();
  const issues = await listEditions(actor);
  return (
    <>
      <NewspaperSectionLinks actor={actor} current="editions" />
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th className="px-4 py-2.5">{t("issue")}</th>
              <th className="px-4 py-2.5">{t("distribution")}</th>
              <th className="px-4 py-2.5 text-right">{t("articles")}</th>
              <th className="px-4 py-2.5">{t("edition")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {issues.map((issue) => (
              <tr key={issue.id}>
                <td className="px-4 py-2.5">
                  <Link href={`/newsletter/issues/${issue.id}/edition`} className="font-medium text-brand-700 hover:underline" data-testid="edition-link">
                    {issue.label}
                  </Link>
                </td>
                <td className="px-4 py-2.5">{format.dateTime(issue.distributionDate, { dateStyle: "medium", timeZone: "UTC" })}</td>
                <td className="px-4 py-2.5 text-right tabular-nums">{issue.approvedArticles}</td>
                <td className="px-4 py-2.5">
                  {issue.edition ? (
                    <>
                      <Badge tone={TONES[issue.edition.status]}>{tEdition(`status.${issue.edition.status}`)}</Badge>
                      {issue.edition.status === "SENT" && <span className="ml-2 text-xs text-slate-600">{t("recipients", { count: issue.edition.recipientCount })}</span>}
                    </>
                  ) : (
                    <span className="text-slate-500">{tEdition("notBuilt")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
