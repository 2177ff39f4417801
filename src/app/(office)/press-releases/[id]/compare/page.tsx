import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { getRevisionPair } from "@/features/press-releases/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";

// Two revisions side by side (?a=older&b=newer): what changed between two saves.
export default async function CompareRevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ a?: string; b?: string }>;
}) {
  const actor = await requirePageActor("pressRelease.view");
  const { id } = await params;
  const { a, b } = await searchParams;
  const pair = await orPageError(getRevisionPair(actor, { id, a: a ?? "", b: b ?? "" }).catch((error) => {
    // A malformed ?a/?b is a page that does not exist, not a server error.
    if ((error as { name?: string }).name === "ValidationError") return null;
    throw error;
  }));
  const t = await getTranslations("pressReleases");
  const format = await getFormatter();
  if (!pair) notFound();
  const columns = [pair.a, pair.b];
  const fields = [
    { key: "title", label: t("fields.title") },
    { key: "perex", label: t("fields.perex") },
    { key: "dateline", label: t("fields.dateline") },
  ] as const;
  return (
    <>
      <PageHeader
        title={t("compare.title")}
        actions={
          <Link href={`/press-releases/${id}`} className={buttonClass("secondary")}>
            {t("compare.back")}
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        {columns.map((revision, index) => {
          const other = columns[1 - index];
          return (
            <Card key={revision.number}>
              <h2 className="text-base font-semibold">{t("compare.left", { number: revision.number })}</h2>
              <p className="mb-4 text-xs text-slate-500">
                {revision.editor.name} · {format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              <dl className="space-y-3 text-sm">
                {fields.map((field) => (
                  <div key={field.key} className={revision[field.key] !== other[field.key] ? "rounded bg-amber-50 p-2" : "p-2"}>
                    <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{field.label}</dt>
                    <dd className="mt-1 text-slate-800">{revision[field.key] ?? "—"}</dd>
                  </div>
                ))}
                <div className={revision.bodyHtml !== other.bodyHtml ? "rounded bg-amber-50 p-2" : "p-2"}>
                  <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("fields.bodyHtml")}</dt>
                  {/* Revisions hold sanitized HTML (sanitized before each save). */}
                  <dd className="mt-1 space-y-2 text-slate-800 [&_li]:ml-5 [&_ul]:list-disc" dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
                </div>
              </dl>
            </Card>
          );
        })}
      </div>
    </>
  );
}
