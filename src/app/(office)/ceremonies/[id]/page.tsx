import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  addSlotAction,
  assignSlotAction,
  eraseRegistrationAction,
  issueGiftAction,
  recordAttendanceAction,
  sendInvitationsAction,
  sendThanksAction,
  setCeremonyStatusAction,
  unassignSlotAction,
  updateCeremonyAction,
} from "@/features/ceremonies/actions";
import { ActionForm } from "@/features/ceremonies/components/action-form";
import { CeremonyFields } from "@/features/ceremonies/components/ceremony-fields";
import { getCeremony, listGiftItems, listWaitingRegistrations } from "@/features/ceremonies/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { config } from "@/server/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ceremonies"))("title") };
}

export default async function CeremonyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("ceremony.view");
  const { id } = await params;
  const ceremony = await orPageError(getCeremony(actor, id));
  const [t, format, waiting] = await Promise.all([getTranslations("ceremonies"), getFormatter(), listWaitingRegistrations(actor, ceremony.type)]);
  const manage = can(actor, "ceremony.manage");
  const items = manage && can(actor, "promoItem.manage") ? await listGiftItems(actor) : [];
  const timeZone = config().CITY_TIME_ZONE;
  const time = (date: Date) => format.dateTime(date, { hour: "2-digit", minute: "2-digit", timeZone });
  const slotLabel = (slot: { startsAt: Date; booked: number; capacity: number }) => `${time(slot.startsAt)} (${slot.booked}/${slot.capacity})`;
  const planned = ceremony.status === "PLANNED";
  const all = [...ceremony.registrations, ...waiting];
  const isoDate = ceremony.date.toISOString().slice(0, 10);
  return (
    <>
      <PageHeader
        title={ceremony.title}
        subtitle={`${t(`type.${ceremony.type}`)} · ${format.dateTime(ceremony.date, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })} · ${ceremony.venue} · ${t(`status.${ceremony.status}`)}`}
        actions={
          <Link href={`/ceremonies/${ceremony.id}/letters`} className={buttonClass("secondary")}>
            {t("letters.link")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p>
            <strong>{t("fields.officiant")}:</strong> {ceremony.officiant}
          </p>
          {ceremony.occasion && (
            <p>
              <strong>{t("fields.occasion")}:</strong> {ceremony.occasion}
            </p>
          )}
          {ceremony.programme && (
            <div>
              <strong>{t("fields.programme")}:</strong>
              <ol className="ml-5 list-decimal">
                {ceremony.programme.split("\n").filter(Boolean).map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ol>
            </div>
          )}
          {ceremony.wreaths.length > 0 && (
            <div>
              <strong>{t("fields.wreaths")}:</strong>
              <ol className="ml-5 list-decimal" data-testid="wreaths">
                {ceremony.wreaths.map((wreath) => (
                  <li key={wreath.id}>{wreath.organisation}</li>
                ))}
              </ol>
            </div>
          )}
          {ceremony.guests.length > 0 && (
            <div>
              <strong>{t("fields.guests")}:</strong>
              <ol className="ml-5 list-decimal" data-testid="guests-of-honour">
                {ceremony.guests.map((guest) => (
                  <li key={guest.id}>
                    {guest.name}
                    {guest.function ? `, ${guest.function}` : ""}
                  </li>
                ))}
              </ol>
            </div>
          )}
          {ceremony.mediaInvited && (
            <p>
              <strong>{t("fields.mediaInvited")}:</strong> {ceremony.mediaInvited}
            </p>
          )}
          {manage && (
            <div className="flex flex-wrap gap-2 pt-2">
              {(["PLANNED", "HELD", "CANCELLED"] as const)
                .filter((status) => status !== ceremony.status)
                .map((status) => (
                  <ActionForm key={status} action={setCeremonyStatusAction}>
                    <input type="hidden" name="id" value={ceremony.id} />
                    <input type="hidden" name="version" value={ceremony.version} />
                    <input type="hidden" name="status" value={status} />
                    <SubmitButton variant="secondary">{t(`setStatus.${status}`)}</SubmitButton>
                  </ActionForm>
                ))}
              {planned && (
                <ActionForm action={sendInvitationsAction} success={t("invitationsQueued")}>
                  <input type="hidden" name="ceremonyId" value={ceremony.id} />
                  <SubmitButton>{t("sendInvitations")}</SubmitButton>
                </ActionForm>
              )}
              {ceremony.status === "HELD" && (
                <ActionForm action={sendThanksAction} success={t("thanksQueued")}>
                  <input type="hidden" name="ceremonyId" value={ceremony.id} />
                  <SubmitButton>{t("sendThanks")}</SubmitButton>
                </ActionForm>
              )}
            </div>
          )}
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h2 className="text-base font-semibold">{t("slots.title")}</h2>
          <ul className="mt-2" data-testid="slots">
            {ceremony.slots.map((slot) => (
              <li key={slot.id}>{slotLabel(slot)}</li>
            ))}
          </ul>
          {manage && planned && (
            <ActionForm action={addSlotAction} className="mt-3 flex flex-wrap items-end gap-2">
              <input type="hidden" name="ceremonyId" value={ceremony.id} />
              <input type="hidden" name="idempotencyKey" value={randomUUID()} />
              <label className="text-xs">
                {t("slots.time")}
                <TextInput name="time" type="time" required />
              </label>
              <label className="text-xs">
                {t("slots.capacity")}
                <TextInput name="capacity" type="number" min={1} max={100} defaultValue="6" required />
              </label>
              <SubmitButton>{t("slots.add")}</SubmitButton>
            </ActionForm>
          )}
        </section>
      </div>

      <section className="mt-6" aria-labelledby="registrations-heading">
        <h2 id="registrations-heading" className="text-lg font-semibold">
          {t("registrations.title")}
        </h2>
        <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm" data-testid="registrations">
          {all.map((registration) => {
            const slot = ceremony.slots.find((candidate) => candidate.id === registration.slotId);
            return (
              <li key={registration.id} className="space-y-2 px-3 py-3" data-testid="registration">
                <div>
                  <span className="font-medium">{registration.names}</span>
                  {registration.childName ? ` · ${registration.childName}` : ""} · {t("registrations.guests", { count: registration.guests })} ·{" "}
                  {registration.photoConsent ? t("registrations.photoYes") : t("registrations.photoNo")} · {t(`source.${registration.consentSource}`)} ({registration.consentVersion}) ·{" "}
                  {slot ? slotLabel(slot) : t("registrations.noSlot")} · {t(`rsvp.${registration.rsvp}`)}
                  {registration.attended !== null && ` · ${registration.attended ? t("registrations.attended") : t("registrations.absent")}`}
                  {registration.mails.map((mail) => ` · ${t(`mail.${mail.kind}`)}: ${t(`mailStatus.${mail.status}`)}`).join("")}
                </div>
                {manage && !registration.erasedAt && (
                  <div className="flex flex-wrap items-end gap-3">
                    {planned && (
                      <ActionForm action={assignSlotAction} className="flex items-end gap-1">
                        <input type="hidden" name="registrationId" value={registration.id} />
                        <input type="hidden" name="version" value={registration.version} />
                        <Select name="slotId" aria-label={t("registrations.slot")} defaultValue={registration.slotId ?? ""}>
                          {ceremony.slots.map((option) => (
                            <option key={option.id} value={option.id}>
                              {slotLabel(option)}
                            </option>
                          ))}
                        </Select>
                        <SubmitButton variant="secondary">{slot ? t("registrations.move") : t("registrations.assign")}</SubmitButton>
                      </ActionForm>
                    )}
                    {slot && planned && (
                      <ActionForm action={unassignSlotAction}>
                        <input type="hidden" name="registrationId" value={registration.id} />
                        <input type="hidden" name="version" value={registration.version} />
                        <SubmitButton variant="secondary">{t("registrations.unassign")}</SubmitButton>
                      </ActionForm>
                    )}
                    {slot && (
                      <ActionForm action={recordAttendanceAction} className="flex items-end gap-1">
                        <input type="hidden" name="registrationId" value={registration.id} />
                        <input type="hidden" name="version" value={registration.version} />
                        <input type="hidden" name="attended" value={registration.attended ? "false" : "true"} />
                        <SubmitButton variant="secondary">{registration.attended ? t("registrations.markAbsent") : t("registrations.markAttended")}</SubmitButton>
                      </ActionForm>
                    )}
                    {slot && items.length > 0 && (
                      <ActionForm action={issueGiftAction} className="flex items-end gap-1">
                        <input type="hidden" name="registrationId" value={registration.id} />
                        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
                        <Select name="itemId" aria-label={t("registrations.gift")}>
                          {items.map((item) => (
                            <option key={item.id} value={item.id}>
                              {item.name} ({item.onHand})
                            </option>
                          ))}
                        </Select>
                        <TextInput name="quantity" type="number" min={1} defaultValue="1" className="w-16" aria-label={t("registrations.quantity")} />
                        <SubmitButton variant="secondary">{t("registrations.giveGift")}</SubmitButton>
                      </ActionForm>
                    )}
                    <a className={buttonClass("ghost")} href={`/ceremonies/registrations/${registration.id}/export`}>
                      {t("registrations.export")}
                    </a>
                    <ActionForm action={eraseRegistrationAction} className="flex items-center gap-1">
                      <input type="hidden" name="registrationId" value={registration.id} />
                      <label className="text-xs">
                        <input type="checkbox" name="confirm" /> {t("registrations.confirmErase")}
                      </label>
                      <SubmitButton variant="danger">{t("registrations.erase")}</SubmitButton>
                    </ActionForm>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      {manage && ceremony.status !== "CANCELLED" && (
        <details className="mt-6">
          <summary className="cursor-pointer font-medium">{t("edit")}</summary>
          <ActionForm action={updateCeremonyAction} success={t("saved")} className="mt-3 max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-5">
            <input type="hidden" name="id" value={ceremony.id} />
            <input type="hidden" name="version" value={ceremony.version} />
            <CeremonyFields
              values={{
                ...ceremony,
                date: isoDate,
                wreaths: ceremony.wreaths.map((wreath) => wreath.organisation).join("\n"),
                guests: ceremony.guests.map((guest) => `${guest.rank}; ${guest.name}; ${guest.function}`).join("\n"),
              }}
            />
          </ActionForm>
        </details>
      )}
    </>
  );
}
