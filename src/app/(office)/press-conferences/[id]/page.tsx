import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { ConferenceForm } from "@/features/press-conferences/components/conference-form";
import { InviteForm } from "@/features/press-conferences/components/invite-form";
import { MaterialsPanel } from "@/features/press-conferences/components/materials-panel";
import { listConferenceMaterials } from "@/features/press-conferences/materials";
import { formatBytes } from "@/features/release-media/format";
import { ConferenceStatusBadge } from "@/features/press-conferences/components/status-badge";
import { StatusActions } from "@/features/press-conferences/components/status-actions";
import { getConference, listConferenceFormOptions, listInvitationTargets, listInvitedContactIds } from "@/features/press-conferences/queries";
import { agendaLines } from "@/features/press-conferences/schema";
import { toCityDateTimeInput } from "@/features/press-releases/city-time";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { config } from "@/server/config";

const loadConference = cache(getConference);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const actor = await requirePageActor("pressConference.view");
  const conference = await loadConference(actor, (await params).id).catch(() => null);
  return { title: conference?.topic ?? (await getTranslations("pressConferences"))("title") };
}

const INVITATION_TONE = { QUEUED: "slate", SENDING: "blue", SENT: "green", FAILED: "red" } as const;

export default async function PressConferencePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const actor = await requirePageActor("pressConference.view");
  const { id } = await params;
  const { created } = await searchParams;
  const conference = await orPageError(loadConference(actor, id));
  const [t, format, locale, materials] = await Promise.all([getTranslations("pressConferences"), getFormatter(), getLocale(), listConferenceMaterials(actor, id)]);
  const timeZone = config().CITY_TIME_ZONE;
  const now = new Date();
  const when = `${format.dateTime(conference.startsAt, { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" })}–${format.dateTime(conference.endsAt, { hour: "2-digit", minute: "2-digit" })}`;
  const open = conference.status === "PLANNED" || conference.status === "INVITED";
  const canManage = can(actor, "pressConference.manage");
  const canEdit = canManage && conference.status !== "CANCELLED";
  const canInvite = can(actor, "pressConference.invite") && open && conference.startsAt > now;
  const [options, targets, invitedContactIds] = await Promise.all([
    canEdit ? listConferenceFormOptions(actor) : null,
    canInvite ? listInvitationTargets(actor) : null,
    canInvite ? listInvitedContactIds(actor, id) : [],
  ]);
  const attending = conference.invitations.filter((invitation) => invitation.response === "ATTENDING").length;

  return (
    <>
      <PageHeader
        title={conference.topic}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <ConferenceStatusBadge status={conference.status} label={t(`status.${conference.status}`)} />
            <span>{when}</span>
            <span>· {conference.venue}</span>
            {conference.councilMeeting && <span>· {conference.councilMeeting}</span>}
          </span>
        }
        actions={
          <>
            <Link href="/press-conferences" className={buttonClass("ghost")}>
              {t("backToList")}
            </Link>
            {conference.seesContacts && (
              <Link href={`/press-conferences/${conference.id}/accreditation`} className={buttonClass("secondary")}>
                {t("accreditation.link")}
              </Link>
            )}
          </>
        }
      />
      {created && <Notice tone="success" className="mb-4">{t("done.saved")}</Notice>}
      {conference.conflicts.length > 0 && (
        <Notice tone="warning" className="mb-4">
          <p className="font-medium">{t("conflicts.title")}</p>
          <ul className="mt-1 list-disc pl-5" data-testid="speaker-conflicts">
            {conference.conflicts.map((conflict, index) => (
              <li key={index}>
                {t("conflicts.item", { name: conflict.speakerName, topic: conflict.topic, when: format.dateTime(new Date(conflict.startsAt), { dateStyle: "medium", timeStyle: "short" }) })}{" "}
                <Link href={conflict.visitId ? `/visits/${conflict.visitId}` : `/press-conferences/${conflict.conferenceId}`} className="underline">
                  {t("conflicts.open")}
                </Link>
              </li>
            ))}
          </ul>
        </Notice>
      )}

      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card>
            <h2 className="mb-4 text-base font-semibold">{canEdit ? t("detail.edit") : t("detail.details")}</h2>
            {canEdit && options ? (
              <ConferenceForm
                mode="edit"
                id={conference.id}
                version={conference.version}
                options={options}
                initial={{
                  topic: conference.topic,
                  startsAt: toCityDateTimeInput(conference.startsAt, timeZone),
                  endsAt: toCityDateTimeInput(conference.endsAt, timeZone),
                  venue: conference.venue,
                  agenda: conference.agenda,
                  councilMeeting: conference.councilMeeting ?? "",
                  followUpReleaseId: conference.followUpRelease?.id ?? "",
                  speakers: conference.speakers.map((speaker) => ({ userId: speaker.userId ?? "", name: speaker.userId ? "" : speaker.name, function: speaker.function ?? "" })),
                }}
              />
            ) : (
              <dl className="space-y-3 text-sm">
                <div>
                  <dt className="font-medium text-slate-500">{t("fields.speakers")}</dt>
                  <dd>
                    <ol className="list-decimal pl-5">
                      {conference.speakers.map((speaker) => (
                        <li key={speaker.position}>{speaker.function ? `${speaker.name}, ${speaker.function}` : speaker.name}</li>
                      ))}
                    </ol>
                  </dd>
                </div>
                <div>
                  <dt className="font-medium text-slate-500">{t("fields.agenda")}</dt>
                  <dd>
                    <ul className="list-disc pl-5">
                      {agendaLines(conference.agenda).map((line, index) => (
                        <li key={index}>{line}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              </dl>
            )}
          </Card>

        </div>

        <div className="space-y-6">
          {canManage && open && (
            <Card>
              <h2 className="mb-3 text-base font-semibold">{t("detail.status")}</h2>
              <StatusActions id={conference.id} version={conference.version} canMarkHeld={conference.startsAt <= now} canCancel />
            </Card>
          )}
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("fields.followUpRelease")}</h2>
            {conference.followUpRelease ? (
              <p className="text-sm" data-testid="follow-up-release">
                <Link href={`/press-releases/${conference.followUpRelease.id}`} className="font-medium text-brand-700 hover:underline">
                  {conference.followUpRelease.title}
                </Link>{" "}
                <span className="text-slate-500">({t(`releaseStatus.${conference.followUpRelease.status}`)})</span>
              </p>
            ) : (
              <p className="text-sm text-slate-600">{t("fields.noRelease")}</p>
            )}
          </Card>
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("materials.title")}</h2>
            <MaterialsPanel
              conferenceId={conference.id}
              published={conference.materialsPublishedAt !== null}
              canManage={canManage && conference.status !== "CANCELLED"}
              materials={materials.map((material) => ({ id: material.id, kind: material.kind, fileName: material.fileName, caption: material.caption, size: formatBytes(material.byteSize, locale) }))}
            />
          </Card>
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("detail.record")}</h2>
            <dl className="space-y-1 text-sm text-slate-700">
              <div>
                {t("detail.createdBy")}: {conference.createdBy.name}
              </div>
              <div>
                {t("detail.updatedAt")}: {format.dateTime(conference.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
              </div>
            </dl>
          </Card>
        </div>
      </div>
      <div className="mt-6">
        {conference.seesContacts && (
          <Card>
            <h2 className="mb-1 text-base font-semibold">{t("invite.title")}</h2>
            <p className="mb-4 text-sm text-slate-600">{t("invite.summary", { invited: conference.invitations.length, attending })}</p>
            {canInvite && targets && (
              <div className="mb-6 rounded-lg border border-slate-200 p-4">
                <InviteForm conferenceId={conference.id} idempotencyKey={crypto.randomUUID()} targets={targets} invitedContactIds={invitedContactIds} />
              </div>
            )}
            {conference.invitations.length === 0 ? (
              <p className="text-sm text-slate-600">{t("invite.none")}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-sm" data-testid="invitations">
                  <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
                    <tr>
                      <th className="py-2 pr-3 font-medium">{t("invite.journalist")}</th>
                      <th className="py-2 pr-3 font-medium">{t("invite.outlet")}</th>
                      <th className="py-2 pr-3 font-medium">{t("invite.delivery")}</th>
                      <th className="py-2 pr-3 font-medium">{t("invite.response")}</th>
                      <th className="py-2 font-medium">{t("invite.crew")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {conference.invitations.map((invitation) => (
                      <tr key={invitation.id} className="align-top">
                        <td className="py-2 pr-3">
                          {invitation.name}
                          <span className="block text-xs text-slate-500">{invitation.email}</span>
                        </td>
                        <td className="py-2 pr-3 text-slate-700">{invitation.outletName ?? "—"}</td>
                        <td className="py-2 pr-3">
                          <Badge tone={INVITATION_TONE[invitation.status]}>{t(`invitationStatus.${invitation.status}`)}</Badge>
                          {invitation.error && <span className="mt-0.5 block text-xs text-red-700">{invitation.error}</span>}
                        </td>
                        <td className="py-2 pr-3">
                          {invitation.response ? (
                            <Badge tone={invitation.response === "ATTENDING" ? "green" : "slate"}>{t(`response.${invitation.response}`)}</Badge>
                          ) : (
                            <span className="whitespace-nowrap text-slate-500">{t("response.none")}</span>
                          )}
                        </td>
                        <td className="py-2 text-slate-700">{invitation.crewNames ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        )}
      </div>
    </>
  );
}
