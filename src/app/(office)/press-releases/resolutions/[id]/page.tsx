import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/features/press-releases/components/status-badge";
import { DeleteResolution } from "@/features/resolutions/components/delete-resolution";
import { ResolutionForm } from "@/features/resolutions/components/resolution-form";
import { getResolution } from "@/features/resolutions/queries";
import { toDateInput } from "@/features/resolutions/schema";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

// The title (metadata) and the page need the same resolution: read it once per request.
const loadResolution = cache(getResolution);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const actor = await requirePageActor("pressRelease.view");
  const resolution = await loadResolution(actor, (await params).id).catch(() => null);
  return { title: resolution ? `${resolution.body} ${resolution.number}` : (await getTranslations("resolutions"))("title") };
}

/** One resolution: its form (for resolution.manage, else read-only) and the releases that link it. */
export default async function ResolutionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const actor = await requirePageActor("pressRelease.view");
  const { id } = await params;
  const { created } = await searchParams;
  const resolution = await orPageError(loadResolution(actor, id));
  const t = await getTranslations("resolutions");
  const releaseStatus = await getTranslations("pressReleases.status");
  const format = await getFormatter();
  const canManage = can(actor, "resolution.manage");
  const date = format.dateTime(resolution.adoptedOn, { dateStyle: "long", timeZone: "UTC" });

  return (
    <>
      <PageHeader
        title={t("editTitle", { body: resolution.body, number: resolution.number })}
        subtitle={`${t(`bodies.${resolution.body}`)} · ${t("adoptedOnDate", { date })}`}
        actions={
          <LinkButton href="/press-releases/resolutions" variant="secondary">
            {t("backToRegister")}
          </LinkButton>
        }
      />
      {created && <Notice tone="success" className="mb-4">{t("created")}</Notice>}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          {canManage ? (
            <ResolutionForm
              mode="edit"
              id={resolution.id}
              version={resolution.version}
              initial={{
                body: resolution.body,
                number: resolution.number,
                adoptedOn: toDateInput(resolution.adoptedOn),
                title: resolution.title,
                text: resolution.text ?? "",
                url: resolution.url ?? "",
              }}
            />
          ) : (
            <article className="space-y-3 text-sm text-slate-800">
              <h2 className="text-base font-semibold">{resolution.title}</h2>
              {resolution.text && <p className="whitespace-pre-line">{resolution.text}</p>}
              {resolution.url && (
                <a href={resolution.url} className="text-brand-700 hover:underline" rel="noopener noreferrer">
                  {resolution.url}
                </a>
              )}
            </article>
          )}
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("linkedReleases")}</h2>
            {resolution.releases.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noLinkedReleases")}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {resolution.releases.map((release) => (
                  <li key={release.id} className="flex flex-wrap items-center gap-2">
                    <Link href={`/press-releases/${release.id}`} className="text-brand-700 hover:underline">
                      {release.title}
                    </Link>
                    <StatusBadge status={release.status} label={releaseStatus(release.status)} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
          {canManage && (
            <Card>
              <h2 className="mb-3 text-base font-semibold">{t("deleteTitle")}</h2>
              {resolution.releases.length > 0 ? (
                <p className="text-sm text-slate-600">{t("deleteBlocked")}</p>
              ) : (
                <>
                  <p className="mb-3 text-sm text-slate-600">{t("deleteHint")}</p>
                  <DeleteResolution id={resolution.id} version={resolution.version} />
                </>
              )}
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
