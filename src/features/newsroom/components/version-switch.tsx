import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Links to the other published language versions of a release (hreflang for search engines). */
export async function VersionSwitch({ versions }: { versions: Array<{ slug: string; language: string; title: string }> }) {
  if (versions.length === 0) return null;
  const t = await getTranslations("newsroom");
  return (
    <nav aria-label={t("release.otherVersions")} className="no-print rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm" data-testid="newsroom-versions">
      <p className="font-medium text-slate-700">{t("release.otherVersions")}</p>
      <ul className="mt-1 space-y-1">
        {versions.map((version) => (
          <li key={version.slug}>
            <Link href={`/newsroom/${version.slug}`} hrefLang={version.language} lang={version.language} className="text-brand-700 hover:underline">
              <span className="mr-2 inline-block rounded bg-white px-1.5 py-0.5 text-xs font-semibold uppercase text-slate-600 ring-1 ring-slate-200">
                {version.language}
              </span>
              {version.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
