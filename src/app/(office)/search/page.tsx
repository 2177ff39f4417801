import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { SEARCH_MIN_LENGTH } from "@/features/overview/schema";
import { searchEverything } from "@/features/overview/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("search.use");
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw ?? "").slice(0, 200);
  const [t, all, format, result] = await Promise.all([getTranslations("search"), getTranslations(), getFormatter(), searchEverything(actor, { q })]);
  const total = result.groups.reduce((sum, group) => sum + group.hits.length, 0);
  return (
    <>
      <PageHeader title={t("title")} subtitle={result.q.length >= SEARCH_MIN_LENGTH ? t("resultsFor", { q: result.q, count: total }) : t("tooShort", { min: SEARCH_MIN_LENGTH })} />
      {result.q.length >= SEARCH_MIN_LENGTH && total === 0 && <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("nothing")}</p>}
      <div className="grid gap-4 lg:grid-cols-2" data-testid="search-results">
        {result.groups.map((group) => (
          <section key={group.kind} aria-labelledby={`search-${group.kind}`} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`search-group-${group.kind}`}>
            <h2 id={`search-${group.kind}`} className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">
              {t(`kinds.${group.kind}`)}
            </h2>
            <ul className="divide-y divide-slate-100">
              {group.hits.map((hit) => (
                <li key={hit.id} className="py-2" data-testid="search-hit">
                  <div className="flex items-start justify-between gap-2">
                    <Link href={hit.href} className="font-medium text-brand-700 hover:underline">
                      {hit.title}
                    </Link>
                    {hit.tag && all.has(hit.tag) && <Badge>{all(hit.tag)}</Badge>}
                  </div>
                  {(hit.subtitle || hit.at) && (
                    <p className="text-sm text-slate-600">
                      {[hit.subtitle, hit.at ? format.dateTime(hit.at, { day: "numeric", month: "numeric", year: "numeric" }) : null].filter(Boolean).join(" · ")}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="mt-6 text-xs text-slate-500">{t("shortcutHint")}</p>
    </>
  );
}
