import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { toCityDateTimeInput } from "@/features/press-releases/city-time";
import { ChannelVariantsSection } from "@/features/channel-variants/components/channel-variants-section";
import { ReleaseMediaPanel } from "@/features/release-media/components/release-media-panel";
import { DistributionSection } from "@/features/distribution/components/distribution-section";
import { CommentForm } from "@/features/press-releases/components/comment-form";
import { CorrectionForm } from "@/features/press-releases/components/correction-form";
import { ReleaseForm } from "@/features/press-releases/components/release-form";
import { loadReleaseFormOptions } from "@/features/press-releases/components/release-form-options";
import { StatusBadge } from "@/features/press-releases/components/status-badge";
import { WorkflowPanel } from "@/features/press-releases/components/workflow-panel";
import { getPressRelease } from "@/features/press-releases/queries";
import { RELEASE_LANGUAGES } from "@/features/press-releases/schema";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { config } from "@/server/config";

// The title (metadata) and the page need the same release: read it once per request.
const loadRelease = cache(getPressRelease);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const actor = await requirePageActor("pressRelease.view");
  const release = await loadRelease(actor, (await params).id).catch(() => null);
  return { title: release?.title ?? (await getTranslations("pressReleases"))("title") };
}

export default async function PressReleasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const actor = await requirePageActor("pressRelease.view");
  const { id } = await params;
  const { created } = await searchParams;
  const release = await orPageError(loadRelease(actor, id));
  const t = await getTranslations("pressReleases");
  const format = await getFormatter();
  const timeZone = config().CITY_TIME_ZONE;
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const canEdit = release.allowedActions.includes("edit");
  const canCorrect = release.allowedActions.includes("correct");
  const missingLanguages = RELEASE_LANGUAGES.filter((language) => language !== release.language && !release.languageVersions.some((version) => version.language === language));

  return (
    <>
      <PageHeader
        title={release.title}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge status={release.status} label={t(`status.${release.status}`)} />
            <span>{t(`languages.${release.language}`)}</span>
            <span>· {t("detail.author")}: {release.author.name}</span>
            {release.approvedBy && <span>· {t("detail.approvedBy")}: {release.approvedBy.name}</span>}
            {release.publishedAt && <span>· {t("detail.publishedAt")}: {when(release.publishedAt)}</span>}
            {!release.publishedAt && release.publishAt && <span>· {t("detail.publishAt")}: {when(release.publishAt)}</span>}
          </span>
        }
        actions={
          release.status === "PUBLISHED" && (
            <Link href={`/newsroom/${release.slug}`} className={buttonClass("secondary")}>
              {t("actions.viewPublic")}
            </Link>
          )
        }
      />
      {created && <Notice tone="success" className="mb-4">{t("done.saved")}</Notice>}
      {release.embargoUntil && <Notice tone="warning" className="mb-4">{t("detail.embargo", { time: when(release.embargoUntil) })}</Notice>}
      {release.withdrawalReason && <Notice tone="warning" className="mb-4">{t("detail.withdrawnReason")}: {release.withdrawalReason}</Notice>}
      {release.correctionNote && <Notice className="mb-4">{t("detail.correctionNote")}: {release.correctionNote}</Notice>}

      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card>
            <h2 className="mb-4 text-base font-semibold">{canCorrect ? t("actions.correct") : t("detail.edit")}</h2>
            {canEdit ? (
              <ReleaseForm
                mode="edit"
                id={release.id}
                version={release.version}
                options={await loadReleaseFormOptions(actor)}
                initial={{
                  title: release.title,
                  perex: release.perex,
                  bodyHtml: release.bodyHtml,
                  dateline: release.dateline ?? "",
                  language: release.language,
                  contactPersonId: release.contactPerson?.id ?? "",
                  topicIds: release.topics.map((topic) => topic.id),
                  resolutionIds: release.resolutions.map((resolution) => resolution.id),
                }}
              />
            ) : canCorrect ? (
              <CorrectionForm
                release={{
                  id: release.id,
                  version: release.version,
                  title: release.title,
                  perex: release.perex,
                  bodyHtml: release.bodyHtml,
                  dateline: release.dateline ?? "",
                  correctionNote: release.correctionNote ?? "",
                }}
              />
            ) : (
              <article>
                <p className="mb-3 text-sm text-slate-500">{t("detail.readOnly")}</p>
                <p className="font-medium text-slate-800">{release.perex}</p>
                {/* Sanitized on every save (features/press-releases/sanitize.ts), so it may be rendered as HTML. */}
                <div className="prose-release mt-4 space-y-3 text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_h2]:text-lg [&_h2]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc" dangerouslySetInnerHTML={{ __html: release.bodyHtml }} />
              </article>
            )}
          </Card>

          <Card>
            {/* The panel brings its own heading. */}
            <ReleaseMediaPanel actor={actor} pressReleaseId={release.id} />
          </Card>

          <Card>
            <h2 className="mb-3 text-base font-semibold">{(await getTranslations("channelVariants"))("title")}</h2>
            <ChannelVariantsSection actor={actor} pressReleaseId={release.id} releaseStatus={release.status} />
          </Card>

          {/* Everyone who sees contacts follows the sending; only the spokesperson sends (the section decides). */}
          {["PUBLISHED", "APPROVED", "SCHEDULED"].includes(release.status) && can(actor, "contact.view") && (
            <Card>
              <h2 className="mb-3 text-base font-semibold">{t("detail.distribution")}</h2>
              <DistributionSection actor={actor} pressReleaseId={release.id} />
            </Card>
          )}

          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("detail.comments")}</h2>
            {release.comments.length === 0 ? (
              <p className="mb-4 text-sm text-slate-600">{t("detail.noComments")}</p>
            ) : (
              <ol className="mb-4 space-y-3">
                {release.comments.map((comment) => (
                  <li key={comment.id} className="rounded-md border border-slate-200 p-3 text-sm">
                    <p className="text-xs text-slate-500">
                      {comment.author.name} · {t(`detail.kind.${comment.kind}`)} · {when(comment.createdAt)}
                    </p>
                    <p className="mt-1 whitespace-pre-line text-slate-800">{comment.body}</p>
                  </li>
                ))}
              </ol>
            )}
            {release.allowedActions.includes("comment") && <CommentForm releaseId={release.id} />}
          </Card>
        </div>

        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("detail.workflow")}</h2>
            <WorkflowPanel
              release={{
                id: release.id,
                version: release.version,
                publishAt: toCityDateTimeInput(release.publishAt, timeZone),
                embargoUntil: toCityDateTimeInput(release.embargoUntil, timeZone),
              }}
              allowedActions={release.allowedActions}
            />
          </Card>

          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("detail.versions")}</h2>
            <ul className="space-y-1 text-sm">
              <li className="font-medium">
                {release.language.toUpperCase()} · {release.title}
              </li>
              {release.languageVersions.map((version) => (
                <li key={version.id}>
                  <Link href={`/press-releases/${version.id}`} className="text-brand-700 hover:underline">
                    {version.language.toUpperCase()} · {version.title}
                  </Link>{" "}
                  <StatusBadge status={version.status} label={t(`status.${version.status}`)} />
                </li>
              ))}
            </ul>
            {can(actor, "pressRelease.draft") && missingLanguages.length > 0 && (
              <div className="mt-3 flex flex-wrap gap-2">
                {missingLanguages.map((language) => (
                  <Link key={language} href={`/press-releases/new?translationOf=${release.id}&language=${language}`} className={buttonClass("secondary", "text-xs")}>
                    + {t(`languages.${language}`)}
                  </Link>
                ))}
              </div>
            )}
          </Card>

          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("detail.revisions")}</h2>
            <ol className="space-y-1 text-sm">
              {release.revisions.map((revision, index) => (
                <li key={revision.number} className="flex items-center justify-between gap-2">
                  <span>
                    {t("detail.revision", { number: revision.number })} · {revision.editor.name} · <span className="text-slate-500">{when(revision.createdAt)}</span>
                  </span>
                  {index < release.revisions.length - 1 && (
                    <Link
                      href={`/press-releases/${release.id}/compare?a=${release.revisions[index + 1].number}&b=${revision.number}`}
                      className="text-xs text-brand-700 hover:underline"
                    >
                      {t("actions.compare")}
                    </Link>
                  )}
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
    </>
  );
}
