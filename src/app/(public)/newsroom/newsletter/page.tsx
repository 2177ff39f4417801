import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatDay } from "@/features/newspaper/components/format";
import Link from "next/link";
import { listPublicEditions } from "@/features/newsletter/queries";
import { listPublicArchive } from "@/features/newspaper/queries";

export const dynamic = "force-dynamic";

function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toLocaleString("cs-CZ", { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newspaper.archive"))("title") };
}

// The public archive of the city paper: the e-mail edition (subscription, web versions of sent editions)
// and the printed issues with their final PDF.
export default async function NewsletterArchivePage() {
  const [t, format, issues, editions] = await Promise.all([getTranslations("newspaper.archive"), getFormatter(), listPublicArchive(), listPublicEditions()]);
  const editionOf = new Map(editions.map((edition) => [edition.issueId, edition]));
  const years = [...new Set(issues.map((issue) => issue.year))];
  return (
    <section className="py-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="email-heading" className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="email-edition">
        <h2 id="email-heading" className="text-lg font-semibold">{t("emailHeading")}</h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("emailIntro")}</p>
        <Link href="/newsroom/newsletter/subscribe" className="mt-3 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {t("subscribe")}
        </Link>
      </section>
      <section aria-labelledby="printed-heading" className="mt-8" data-testid="printed-archive">
        <h2 id="printed-heading" className="text-lg font-semibold">{t("printed")}</h2>
        {issues.length === 0 && <p className="mt-3 text-slate-600">{t("empty")}</p>}
        {years.map((year) => (
          <div key={year} className="mt-4">
            <h3 className="text-base font-semibold text-slate-700">{year}</h3>
            <ul className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {issues.filter((issue) => issue.year === year).map((issue) => (
                <li key={issue.id} className="rounded-lg border border-slate-200 p-4">
                  <p className="font-semibold">{issue.publication.name} {issue.number}/{issue.year}</p>
                  {issue.title && <p className="text-sm text-slate-700">{issue.title}</p>}
                  <p className="mt-1 text-sm text-slate-600">{t("published", { day: formatDay(format, issue.distributionDate) })} · {t("pages", { count: issue.pageCount })}</p>
                  <a href={`/newsroom/newsletter/${issue.id}/pdf`} className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline">
                    {t("download")}{issue.finalPdfBytes ? ` (${fileSize(issue.finalPdfBytes)})` : ""}
                  </a>
                  {editionOf.has(issue.id) && (
                    <Link href={`/newsroom/newsletter/${issue.id}`} className="mt-1 block text-sm text-brand-700 hover:underline">
                      {t("readEdition")}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </section>
  );
}
