import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPublicEdition } from "@/features/newsletter/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const edition = await getPublicEdition((await params).id);
  return { title: edition?.label ?? (await getTranslations("newsletterMail.web"))("title") };
}

// The web version of a sent e-mail edition: its intro and its articles in full (the e-mail's links point
// to the articles' anchors here). Public; nothing before the edition was sent.
export default async function EditionWebPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("newsletterMail.web");
  const edition = await getPublicEdition(id);
  if (!edition) notFound();
  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-sm text-slate-600">
        <Link href="/newsroom/newsletter" className="text-brand-700 hover:underline">
          {t("archive")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{edition.label}</h1>
      {edition.intro && (
        <div className="mt-4 space-y-3 text-lg text-slate-700">
          {edition.intro.replace(/\r\n?/g, "\n").split(/\n\s*\n/).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      )}
      {edition.hasPdf && (
        <p className="mt-4">
          <a href={`/newsroom/newsletter/${edition.issueId}/pdf`} className="text-brand-700 hover:underline">
            {t("printedPdf")}
          </a>
        </p>
      )}
      <div className="mt-8 space-y-10">
        {edition.articles.map((article) => (
          <section key={article.articleId} id={`clanek-${article.articleId}`} className="scroll-mt-6 border-t border-slate-200 pt-6">
            <h2 className="text-2xl font-semibold">{article.title}</h2>
            {article.page && <p className="text-sm text-slate-500">{t("page", { page: article.page })}</p>}
            {article.full ? (
              <>
                {article.full.perex && <p className="mt-3 font-medium text-slate-800">{article.full.perex}</p>}
                <div className="mt-3 space-y-3 text-slate-800">
                  {article.full.body.split(/\n{2,}/).map((paragraph, index) => (
                    <p key={index} className="whitespace-pre-line">
                      {paragraph}
                    </p>
                  ))}
                </div>
                {article.full.authorName && <p className="mt-3 text-sm text-slate-600">— {article.full.authorName}</p>}
              </>
            ) : (
              <p className="mt-3 text-slate-800">{article.summary}</p>
            )}
          </section>
        ))}
      </div>
    </article>
  );
}
