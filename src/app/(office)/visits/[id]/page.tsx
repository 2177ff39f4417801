import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { formatBytes } from "@/features/release-media/format";
import {
  removeBookingAction,
  removeExpenseAction,
  removeGiftAction,
  removeParticipantAction,
  removeProgrammeItemAction,
  removeVisitFileAction,
  setBookingStatusAction,
} from "@/features/visits/actions";
import { minorToInput, toCzkMinor } from "@/features/visits/budget";
import { formatMoney } from "@/features/visits/components/money";
import {
  BookingForm,
  BriefingForm,
  DraftReleaseButton,
  ExpenseForm,
  FileUploadForm,
  GiftForm,
  ParticipantForm,
  ProgrammeForm,
  ReportForm,
  RowButton,
  StatusButtons,
} from "@/features/visits/components/section-forms";
import { VisitForm } from "@/features/visits/components/visit-form";
import { STATUS_TONE } from "@/features/visits/components/visits-table";
import { cityTime, groupByDay, upperFirst } from "@/features/visits/days";
import { getVisit, visitFormOptions } from "@/features/visits/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { config } from "@/server/config";

const loadVisit = cache(getVisit);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const actor = await requirePageActor("visit.view");
  const visit = await loadVisit(actor, (await params).id).catch(() => null);
  return { title: visit?.title ?? (await getTranslations("visits"))("title") };
}

const BOOKING_TONE = { REQUESTED: "amber", CONFIRMED: "green", CANCELLED: "slate" } as const;

export default async function VisitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const actor = await requirePageActor("visit.view");
  const { id } = await params;
  const { created } = await searchParams;
  const visit = await orPageError(loadVisit(actor, id));
  const [t, format, locale] = await Promise.all([getTranslations("visits"), getFormatter(), getLocale()]);
  const timeZone = config().CITY_TIME_ZONE;
  const manage = can(actor, "visit.manage");
  const editPlan = manage && visit.allowed.editPlan;
  const editRecords = manage && visit.allowed.editRecords;
  const options = manage ? await visitFormOptions(actor) : null;
  const day = (value: string) => upperFirst(format.dateTime(new Date(`${value}T12:00:00Z`), { weekday: "long", day: "numeric", month: "long", year: "numeric" }));
  const money = (minor: number, currency = "CZK") => formatMoney(locale, minor, currency);
  const clashItemIds = new Set([...visit.clashes.internal.flatMap((clash) => [clash.first.id, clash.second.id]), ...visit.clashes.commitments.map((clash) => clash.itemId)]);
  const names = new Map(visit.participants.map((person) => [person.id, person.name]));
  const delegation = visit.participants.filter((person) => person.side === "DELEGATION");
  const city = visit.participants.filter((person) => person.side === "CITY");
  const requested = visit.bookings.filter((booking) => booking.status === "REQUESTED");
  const key = () => crypto.randomUUID();
  const outgoing = visit.direction === "OUTGOING";

  const participantTable = (people: typeof visit.participants, testId: string) => (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="w-10 py-2 pr-2 font-medium">{t("participants.rankShort")}</th>
            <th className="py-2 pr-3 font-medium">{t("participants.name")}</th>
            <th className="py-2 pr-3 font-medium">{t("participants.role")}</th>
            <th className="py-2 pr-3 font-medium">{t("participants.organisation")}</th>
            {visit.restricted && <th className="py-2 pr-3 font-medium">{t("participants.restrictedColumn")}</th>}
            {editPlan && <th className="py-2 font-medium" />}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {people.map((person) => (
            <tr key={person.id} className="align-top">
              <td className="py-2 pr-2 tabular-nums">{person.rank}.</td>
              <td className="py-2 pr-3">
                <span className="font-medium">{person.name}</span>
                {person.function && <span className="block text-xs text-slate-600">{person.function}</span>}
              </td>
              <td className="py-2 pr-3">{t(`role.${person.role}`)}</td>
              <td className="py-2 pr-3 text-slate-700">{[person.organisation, person.country].filter(Boolean).join(", ") || "—"}</td>
              {visit.restricted && (
                <td className="py-2 pr-3 text-xs text-slate-700">
                  {person.dietary && <span className="block">{t("participants.dietary")}: {person.dietary}</span>}
                  {person.contact && <span className="block">{t("participants.contact")}: {person.contact}</span>}
                  {person.passportNote && <span className="block">{t("participants.passportNote")}: {person.passportNote}</span>}
                </td>
              )}
              {editPlan && (
                <td className="py-2 text-right">
                  <RowButton action={removeParticipantAction} fields={{ id: person.id }} label={t("actions.remove")} confirm={t("actions.removeConfirm")} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <>
      <PageHeader
        title={visit.title}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={STATUS_TONE[visit.status]}>{t(`status.${visit.status}`)}</Badge>
            <span>{t(`direction.${visit.direction}`)}</span>
            <span>
              · {day(visit.startDate)}
              {visit.endDate !== visit.startDate && <> – {day(visit.endDate)}</>}
            </span>
            <span>· {visit.counterpart}</span>
          </span>
        }
        actions={
          <>
            <Link href="/visits" className={buttonClass("ghost")}>
              {t("backToList")}
            </Link>
            <a href={`/visits/${visit.id}/programme.ics`} className={buttonClass("secondary")}>
              {t("ics")}
            </a>
            <Link href={`/visits/${visit.id}/itinerary`} className={buttonClass("secondary")}>
              {t("itinerary.link")}
            </Link>
          </>
        }
      />
      {created && <Notice tone="success" className="mb-4">{t("done.created")}</Notice>}
      {visit.clashes.internal.length + visit.clashes.commitments.length > 0 && (
        <Notice tone="warning" className="mb-4">
          <p className="font-medium">{t("clashes.title")}</p>
          <ul className="mt-1 list-disc pl-5" data-testid="visit-clashes">
            {visit.clashes.internal.map((clash, index) => (
              <li key={`i${index}`}>{t("clashes.internal", { name: names.get(clash.participantId) ?? "?", first: clash.first.activity, second: clash.second.activity })}</li>
            ))}
            {visit.clashes.commitments.map((clash, index) => (
              <li key={`c${index}`}>
                {t("clashes.commitment", { name: clash.participantName, other: clash.otherTitle, when: format.dateTime(new Date(clash.startsAt), { dateStyle: "medium", timeStyle: "short" }) })}{" "}
                <Link href={clash.kind === "VISIT" ? `/visits/${clash.otherId}` : clash.kind === "EVENT" ? `/events/${clash.otherId}` : `/press-conferences/${clash.otherId}`} className="underline">
                  {t("clashes.open")}
                </Link>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {requested.length > 0 && visit.status !== "CANCELLED" && (
        <Notice tone="warning" className="mb-4">
          <span data-testid="unconfirmed-bookings">{t("logistics.unconfirmedNotice", { count: requested.length })}</span>
        </Notice>
      )}

      <nav className="no-print mb-4 flex flex-wrap gap-3 text-sm" aria-label={t("sections")}>
        {["overview", "participants", "programme", "logistics", "gifts", "budget", "briefing", "report"].map((section) => (
          <a key={section} href={`#${section}`} className="text-brand-700 hover:underline">
            {t(`section.${section}`)}
          </a>
        ))}
      </nav>

      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card>
            <h2 id="overview" className="mb-4 text-base font-semibold">
              {t("section.overview")}
            </h2>
            {editPlan && options ? (
              <VisitForm
                mode="edit"
                id={visit.id}
                version={visit.version}
                staff={options.staff}
                partnerCities={options.partnerCities}
                initial={{
                  direction: visit.direction,
                  title: visit.title,
                  purpose: visit.purpose,
                  startDate: visit.startDate,
                  endDate: visit.endDate,
                  counterpart: visit.counterpart,
                  partnerCityId: visit.partnerCityId ?? "",
                  hostUserId: visit.hostUserId ?? "",
                  hostName: visit.hostName ?? "",
                  budget: minorToInput(visit.budgetMinor),
                }}
              />
            ) : (
              <dl className="grid gap-3 text-sm sm:grid-cols-2">
                <div>
                  <dt className="font-medium text-slate-500">{t("fields.host")}</dt>
                  <dd>{visit.host ?? "—"}</dd>
                </div>
                <div>
                  <dt className="font-medium text-slate-500">{t("fields.budget")}</dt>
                  <dd>{visit.budgetMinor === null ? "—" : money(visit.budgetMinor)}</dd>
                </div>
                <div className="sm:col-span-2">
                  <dt className="font-medium text-slate-500">{t("fields.purpose")}</dt>
                  <dd className="whitespace-pre-line">{visit.purpose || "—"}</dd>
                </div>
              </dl>
            )}
          </Card>

          <Card>
            <h2 id="participants" className="mb-1 text-base font-semibold">
              {t("section.participants")}
            </h2>
            <p className="mb-4 text-xs text-slate-500">{t("participants.orderHint")}</p>
            <h3 className="mb-1 text-sm font-semibold text-slate-700">{t("side.DELEGATION")}</h3>
            {delegation.length ? participantTable(delegation, "delegation") : <p className="mb-3 text-sm text-slate-600">{t("participants.none")}</p>}
            <h3 className="mb-1 mt-4 text-sm font-semibold text-slate-700">{t("side.CITY")}</h3>
            {city.length ? participantTable(city, "city-people") : <p className="mb-3 text-sm text-slate-600">{t("participants.none")}</p>}
            {editPlan && options && (
              <div className="mt-4">
                <ParticipantForm visitId={visit.id} idempotencyKey={key()} staff={options.staff} outgoing={outgoing} restricted={visit.restricted} />
              </div>
            )}
          </Card>

          <Card>
            <h2 id="programme" className="mb-4 text-base font-semibold">
              {t("section.programme")}
            </h2>
            {visit.programme.length === 0 && <p className="text-sm text-slate-600">{t("programme.none")}</p>}
            <div className="space-y-5" data-testid="programme">
              {groupByDay(visit.programme, timeZone).map((group) => (
                <section key={group.day}>
                  <h3 className="mb-2 text-sm font-semibold text-slate-700">{day(group.day)}</h3>
                  <ol className="divide-y divide-slate-100 rounded-md border border-slate-200">
                    {group.items.map((item) => (
                      <li key={item.id} className={`flex flex-wrap items-start gap-3 p-3 text-sm ${clashItemIds.has(item.id) ? "bg-amber-50" : ""}`} data-testid="programme-item">
                        <span className="w-28 shrink-0 font-medium tabular-nums">
                          {cityTime(item.startsAt, timeZone)}–{cityTime(item.endsAt, timeZone)}
                        </span>
                        <div className="min-w-0 flex-1">
                          <p className="font-medium">
                            {item.activity}
                            {clashItemIds.has(item.id) && (
                              <span className="ml-2">
                                <Badge tone="amber">{t("clashes.badge")}</Badge>
                              </span>
                            )}
                            {item.pressInvited && (
                              <span className="ml-2">
                                <Badge tone="blue">{t("programme.press")}</Badge>
                              </span>
                            )}
                          </p>
                          <p className="text-slate-600">{item.place}</p>
                          {item.participants.length > 0 && <p className="text-xs text-slate-600">{item.participants.map((person) => person.name).join(", ")}</p>}
                          {item.responsible && (
                            <p className="text-xs text-slate-500">
                              {t("programme.responsible")}: {item.responsible}
                            </p>
                          )}
                          {item.notes && <p className="text-xs italic text-slate-500">{item.notes}</p>}
                        </div>
                        {editPlan && <RowButton action={removeProgrammeItemAction} fields={{ id: item.id }} label={t("actions.remove")} confirm={t("actions.removeConfirm")} />}
                      </li>
                    ))}
                  </ol>
                </section>
              ))}
            </div>
            {editPlan && (
              <div className="mt-4">
                <ProgrammeForm visitId={visit.id} idempotencyKey={key()} participants={visit.participants.map((person) => ({ id: person.id, name: person.name }))} defaultDay={visit.startDate} />
              </div>
            )}
          </Card>

          <Card>
            <h2 id="logistics" className="mb-4 text-base font-semibold">
              {t("section.logistics")}
            </h2>
            {visit.bookings.length === 0 ? (
              <p className="text-sm text-slate-600">{t("logistics.none")}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-sm" data-testid="bookings">
                  <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
                    <tr>
                      <th className="py-2 pr-3 font-medium">{t("logistics.kind")}</th>
                      <th className="py-2 pr-3 font-medium">{t("logistics.supplier")}</th>
                      <th className="py-2 pr-3 text-right font-medium">{t("logistics.cost")}</th>
                      <th className="py-2 pr-3 font-medium">{t("logistics.status")}</th>
                      {editRecords && <th className="py-2 font-medium" />}
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {visit.bookings.map((booking) => (
                      <tr key={booking.id} className={`align-top ${booking.status === "REQUESTED" ? "bg-amber-50" : ""}`} data-status={booking.status}>
                        <td className="py-2 pr-3 font-medium">{t(`bookingKind.${booking.kind}`)}</td>
                        <td className="py-2 pr-3">
                          {booking.supplier}
                          {booking.details && <span className="block whitespace-pre-line text-xs text-slate-600">{booking.details}</span>}
                        </td>
                        <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">{booking.costMinor === null ? "—" : money(booking.costMinor, booking.currency)}</td>
                        <td className="py-2 pr-3">
                          <Badge tone={BOOKING_TONE[booking.status]}>{t(`bookingStatus.${booking.status}`)}</Badge>
                        </td>
                        {editRecords && (
                          <td className="space-x-1 whitespace-nowrap py-2 text-right">
                            {booking.status !== "CONFIRMED" && (
                              <RowButton action={setBookingStatusAction} fields={{ id: booking.id, version: booking.version, status: "CONFIRMED" }} label={t("logistics.confirm")} testId="confirm-booking" />
                            )}
                            {booking.status !== "CANCELLED" && <RowButton action={setBookingStatusAction} fields={{ id: booking.id, version: booking.version, status: "CANCELLED" }} label={t("logistics.cancel")} />}
                            {editPlan && <RowButton action={removeBookingAction} fields={{ id: booking.id }} label={t("actions.remove")} confirm={t("actions.removeConfirm")} />}
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {editPlan && (
              <div className="mt-4">
                <BookingForm visitId={visit.id} idempotencyKey={key()} />
              </div>
            )}
          </Card>

          <Card>
            <h2 id="gifts" className="mb-4 text-base font-semibold">
              {t("section.gifts")}
            </h2>
            {visit.gifts.length === 0 ? (
              <p className="text-sm text-slate-600">{t("gifts.none")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm" data-testid="gifts">
                {visit.gifts.map((gift) => (
                  <li key={gift.id} className="flex flex-wrap items-start justify-between gap-3 py-2">
                    <div>
                      <Badge tone={gift.direction === "GIVEN" ? "blue" : "green"}>{t(`giftDirection.${gift.direction}`)}</Badge>{" "}
                      <span className="font-medium">{gift.description}</span>
                      {gift.quantity > 1 && <span className="text-slate-500"> × {gift.quantity}</span>}
                      <span className="block text-xs text-slate-600">
                        {[gift.counterparty, format.dateTime(new Date(`${gift.date}T12:00:00Z`), { dateStyle: "medium" }), gift.estimatedValueMinor === null ? null : money(gift.estimatedValueMinor, gift.currency), gift.direction === "RECEIVED" ? (gift.decision ? t(`giftDecision.${gift.decision}`) : t("gifts.undecided")) : gift.stockMovementId ? t("gifts.fromStock") : t("gifts.descriptionOnly")]
                          .filter(Boolean)
                          .join(" · ")}
                      </span>
                    </div>
                    {editRecords && !(gift.direction === "RECEIVED" && gift.decision) && <RowButton action={removeGiftAction} fields={{ id: gift.id }} label={t("actions.remove")} confirm={t("actions.removeConfirm")} />}
                  </li>
                ))}
              </ul>
            )}
            {editRecords && (
              <div className="mt-4">
                <GiftForm visitId={visit.id} idempotencyKey={key()} defaultDay={visit.startDate} promoItems={can(actor, "promoItem.manage") ? (options?.promoItems ?? []) : []} />
              </div>
            )}
          </Card>

          <Card>
            <h2 id="budget" className="mb-4 text-base font-semibold">
              {t("section.budget")}
            </h2>
            <dl className="mb-4 grid gap-3 text-sm sm:grid-cols-4" data-testid="budget-totals">
              <div>
                <dt className="text-slate-500">{t("budget.budget")}</dt>
                <dd className="font-semibold tabular-nums">{visit.budgetMinor === null ? "—" : money(visit.budgetMinor)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("budget.plannedTotal")}</dt>
                <dd className="font-semibold tabular-nums">{money(visit.budget.plannedCzkMinor)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("budget.actualTotal")}</dt>
                <dd className="font-semibold tabular-nums">{money(visit.budget.actualCzkMinor)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("budget.remaining")}</dt>
                <dd className={`font-semibold tabular-nums ${visit.budget.overBudget ? "text-red-700" : ""}`}>{visit.budget.remainingCzkMinor === null ? "—" : money(visit.budget.remainingCzkMinor)}</dd>
              </div>
            </dl>
            {visit.expenses.length > 0 && (
              <div className="overflow-x-auto">
                <table className="w-full text-sm" data-testid="expenses">
                  <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
                    <tr>
                      <th className="py-2 pr-3 font-medium">{t("budget.category")}</th>
                      <th className="py-2 pr-3 text-right font-medium">{t("budget.planned")}</th>
                      <th className="py-2 pr-3 text-right font-medium">{t("budget.actual")}</th>
                      <th className="py-2 pr-3 text-right font-medium">{t("budget.inCzk")}</th>
                      <th className="py-2 pr-3 font-medium">{t("budget.documentNumber")}</th>
                      {editRecords && <th className="py-2 font-medium" />}
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {visit.expenses.map((expense) => (
                      <tr key={expense.id} className="align-top">
                        <td className="py-2 pr-3">
                          {t(`expenseCategory.${expense.category}`)}
                          {expense.description && <span className="block text-xs text-slate-600">{expense.description}</span>}
                        </td>
                        <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">{expense.plannedMinor === null ? "—" : money(expense.plannedMinor, expense.currency)}</td>
                        <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">{expense.actualMinor === null ? "—" : money(expense.actualMinor, expense.currency)}</td>
                        <td className="whitespace-nowrap py-2 pr-3 text-right text-xs tabular-nums text-slate-600">
                          {expense.currency === "CZK" ? "—" : `${money(toCzkMinor(expense.actualMinor ?? expense.plannedMinor ?? 0, expense.rateToCzk))} (${t("budget.rateShort", { rate: expense.rateToCzk })})`}
                        </td>
                        <td className="py-2 pr-3">{expense.documentNumber ?? "—"}</td>
                        {editRecords && (
                          <td className="py-2 text-right">
                            <RowButton action={removeExpenseAction} fields={{ id: expense.id }} label={t("actions.remove")} confirm={t("actions.removeConfirm")} />
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {editRecords && (
              <div className="mt-4">
                <ExpenseForm visitId={visit.id} idempotencyKey={key()} />
              </div>
            )}
          </Card>

          <Card>
            <h2 id="briefing" className="mb-4 text-base font-semibold">
              {t("section.briefing")}
            </h2>
            {editRecords ? (
              <BriefingForm id={visit.id} version={visit.version} html={visit.briefingHtml} />
            ) : visit.briefingHtml ? (
              // Sanitized on every save (press-releases/sanitize.ts).
              <div className="prose prose-sm max-w-none" dangerouslySetInnerHTML={{ __html: visit.briefingHtml }} />
            ) : (
              <p className="text-sm text-slate-600">{t("briefing.none")}</p>
            )}
            <h3 className="mb-2 mt-6 text-sm font-semibold">{t("briefing.files")}</h3>
            {visit.files.length === 0 ? (
              <p className="text-sm text-slate-600">{t("briefing.noFiles")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {visit.files.map((file) => (
                  <li key={file.id} className="flex items-center justify-between gap-3 py-2">
                    <span>
                      <a href={`/media/${file.id}?download=1`} className="font-medium text-brand-700 hover:underline">
                        {file.fileName}
                      </a>
                      <span className="ml-2 text-slate-500">{formatBytes(file.byteSize, locale)}</span>
                      {file.caption && <span className="block text-slate-600">{file.caption}</span>}
                    </span>
                    {editRecords && <RowButton action={removeVisitFileAction} fields={{ id: file.id }} label={t("actions.remove")} confirm={t("actions.removeConfirm")} />}
                  </li>
                ))}
              </ul>
            )}
            {editRecords && (
              <div className="mt-4">
                <FileUploadForm visitId={visit.id} />
              </div>
            )}
          </Card>

          <Card>
            <h2 id="report" className="mb-4 text-base font-semibold">
              {t("section.report")}
            </h2>
            {visit.status !== "COMPLETED" ? (
              <p className="text-sm text-slate-600">{t("report.afterVisit")}</p>
            ) : (
              <div className="space-y-4">
                {manage ? <ReportForm id={visit.id} version={visit.version} report={visit.report} /> : <p className="whitespace-pre-line text-sm">{visit.report || t("report.none")}</p>}
                {visit.reportRelease ? (
                  <p className="text-sm" data-testid="report-release">
                    {t("report.release")}:{" "}
                    <Link href={`/press-releases/${visit.reportRelease.id}`} className="font-medium text-brand-700 hover:underline">
                      {visit.reportRelease.title}
                    </Link>
                  </p>
                ) : (
                  visit.report.trim() !== "" && can(actor, "pressRelease.draft") && <DraftReleaseButton id={visit.id} idempotencyKey={key()} />
                )}
              </div>
            )}
          </Card>
        </div>

        <div className="space-y-6">
          {manage && visit.allowed.transitions.length > 0 && (
            <Card>
              <h2 className="mb-3 text-base font-semibold">{t("detail.status")}</h2>
              <StatusButtons id={visit.id} version={visit.version} from={visit.status} transitions={visit.allowed.transitions} />
              <p className="mt-3 text-xs text-slate-500">{t("detail.confirmRule")}</p>
            </Card>
          )}
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("detail.record")}</h2>
            <dl className="space-y-1 text-sm text-slate-700">
              <div>
                {t("fields.host")}: {visit.host ?? "—"}
              </div>
              <div>
                {t("detail.createdBy")}: {visit.createdBy.name}
              </div>
              <div>
                {t("detail.updatedAt")}: {format.dateTime(visit.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
              </div>
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
}
