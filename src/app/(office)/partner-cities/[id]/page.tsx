import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { cityIsoDate } from "@/features/inquiries/time";
import { PartnerCityForm } from "@/features/partner-cities/components/city-form";
import { ActionStatusBadge, PartnerStatusBadge, ProgressBar } from "@/features/partner-cities/components/progress-bar";
import {
  ActionStatusForm,
  AddActivityForm,
  AddContactForm,
  AddLetterForm,
  AddPlanActionForm,
  AddProposalForm,
  AnswerProposalForm,
  CreatePlanForm,
  LetterStepButton,
  PassOnForm,
  RemoveContactButton,
  RemoveDocumentButton,
  UploadAgreementForm,
} from "@/features/partner-cities/components/section-forms";
import { getPartnerCity, partnerFormOptions } from "@/features/partner-cities/queries";
import { countryName } from "@/features/partner-cities/schema";
import { formatBytes } from "@/features/release-media/format";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { config } from "@/server/config";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("partnerCities");
  return { title: `${t("detail.title")} ${(await params).id.slice(0, 8)}` };
}

const H2 = "mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500";

export default async function PartnerCityPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("partnerCity.view");
  const { id } = await params;
  const query = await searchParams;
  const city = await orPageError(getPartnerCity(actor, id));
  const options = await partnerFormOptions(actor);
  const t = await getTranslations("partnerCities");
  const format = await getFormatter();
  const locale = await getLocale();
  const manage = city.canManage;
  const today = cityIsoDate(new Date(), config().CITY_TIME_ZONE);
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" }) : "—");
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
  // One key a form and page view: a double click or a retry makes one record.
  const pageKey = crypto.randomUUID();
  const overdueCount = city.correspondence.filter((letter) => letter.overdue).length;
  const language = city.languages[0] ?? "en";

  return (
    <>
      <PageHeader
        title={city.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <PartnerStatusBadge status={city.status} label={t(`status.${city.status}`)} />
            <span>
              {[city.region, countryName(city.country, locale)].filter(Boolean).join(", ")}
            </span>
            {overdueCount > 0 && (
              <a href="#correspondence">
                <Badge tone="red">{t("correspondence.overdueCount", { count: overdueCount })}</Badge>
              </a>
            )}
          </span>
        }
        actions={
          <Link href="/partner-cities" className="text-sm text-brand-700 hover:underline">
            ← {t("backToList")}
          </Link>
        }
      />
      {query.created && (
        <Notice tone="success" className="mb-4">
          {t("done.created", { name: city.name })}
        </Notice>
      )}
      <nav aria-label={t("detail.sections")} className="mb-5 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {(["plans", "correspondence", "proposals", "timeline", "contacts", "documents"] as const).map((section) => (
          <a key={section} href={`#${section}`} className="text-brand-700 hover:underline">
            {t(`detail.${section}`)}
          </a>
        ))}
      </nav>

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="min-w-0 space-y-5 lg:col-span-2">
          {/* Plans */}
          <Card>
            <h2 id="plans" className={H2}>
              {t("detail.plans")}
            </h2>
            {city.plans.length === 0 && <p className="mb-3 text-sm text-slate-500">{t("plans.empty")}</p>}
            <div className="space-y-5">
              {city.plans.map((plan) => (
                <section key={plan.id} className="rounded-md border border-slate-200 p-4" data-testid={`plan-${plan.year}`}>
                  <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
                    <h3 className="text-base font-semibold text-slate-900">{t("plans.planOf", { year: plan.year })}</h3>
                    <div className="w-56">
                      <ProgressBar
                        percent={plan.progress.percent}
                        text={t("plans.progress", { done: plan.progress.done, total: plan.progress.total, percent: plan.progress.percent ?? 0 })}
                        label={t("plans.progressLabel", { year: plan.year })}
                        testId="plan-progress"
                      />
                    </div>
                  </div>
                  {plan.notes && <p className="mb-3 text-sm text-slate-700">{plan.notes}</p>}
                  {plan.actions.length === 0 ? (
                    <p className="mb-3 text-sm text-slate-500">{t("plans.noActions")}</p>
                  ) : (
                    <ul className="mb-4 divide-y divide-slate-100 text-sm">
                      {plan.actions.map((action) => (
                        <li key={action.id} className="flex items-center justify-between gap-3 py-2" data-testid="plan-action">
                          <div className="min-w-0 flex-1">
                            <div className={`font-medium ${action.status === "CANCELLED" ? "text-slate-500 line-through" : "text-slate-900"}`}>{action.title}</div>
                            <div className="text-xs text-slate-600">
                              {[action.owner?.name, action.due ? t("plans.dueOn", { date: day(action.due) }) : null].filter(Boolean).join(" · ") || "—"}
                            </div>
                          </div>
                          {manage ? (
                            <ActionStatusForm id={action.id} version={action.version} status={action.status} />
                          ) : (
                            <ActionStatusBadge status={action.status} label={t(`actionStatus.${action.status}`)} />
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                  {manage && <AddPlanActionForm planId={plan.id} idempotencyKey={`${pageKey}:a:${plan.id}`} staff={options.staff} />}
                </section>
              ))}
            </div>
            {manage && !city.plans.some((plan) => plan.year === Number(today.slice(0, 4)) + 1) && (
              <details className="mt-4 border-t border-slate-100 pt-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("plans.create")}</summary>
                <div className="mt-3">
                  <CreatePlanForm
                    partnerCityId={city.id}
                    idempotencyKey={`${pageKey}:plan`}
                    year={city.plans.some((plan) => plan.year === Number(today.slice(0, 4))) ? Number(today.slice(0, 4)) + 1 : Number(today.slice(0, 4))}
                  />
                </div>
              </details>
            )}
          </Card>

          {/* Correspondence */}
          <Card>
            <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="correspondence" className={H2}>
                {t("detail.correspondence")}
              </h2>
              <Link href={`/partner-cities/correspondence?partnerCityId=${city.id}`} className="text-sm text-brand-700 hover:underline">
                {t("correspondence.officeLink")}
              </Link>
            </div>
            {city.correspondence.length === 0 && <p className="mb-3 text-sm text-slate-500">{t("correspondence.empty")}</p>}
            <ul className="mb-4 space-y-3">
              {city.correspondence.map((letter) => (
                <li
                  key={letter.id}
                  id={`letter-${letter.id}`}
                  className={`rounded-md border p-3 text-sm ${letter.overdue ? "border-red-300 bg-red-50/70" : "border-slate-200"}`}
                  data-testid="letter"
                  data-overdue={letter.overdue ? "true" : "false"}
                >
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="min-w-0">
                      <div className="font-medium text-slate-900">
                        <span className="mr-2 text-xs font-normal uppercase text-slate-500">{t(`direction.${letter.direction}`)}</span>
                        {letter.subject}
                      </div>
                      <div className="text-xs text-slate-600">
                        {[day(letter.date), letter.language.toUpperCase(), letter.responsible ? t("correspondence.responsibleIs", { name: letter.responsible.name }) : null].filter(Boolean).join(" · ")}
                      </div>
                    </div>
                    <div className="flex flex-wrap gap-1">
                      {letter.overdue && <Badge tone="red">{t("correspondence.overdue")}</Badge>}
                      {letter.awaitingTranslation && <Badge tone="amber">{t("correspondence.awaitingTranslation")}</Badge>}
                      {letter.repliedAt && <Badge tone="green">{t("correspondence.replied")}</Badge>}
                    </div>
                  </div>
                  {letter.summary && <p className="mt-2 whitespace-pre-wrap text-slate-800">{letter.summary}</p>}
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-xs text-slate-600 sm:grid-cols-2">
                    <div>
                      <dt className="inline">{t("correspondence.replyDue")}: </dt>
                      <dd className={`inline ${letter.overdue ? "font-semibold text-red-700" : ""}`}>{day(letter.replyDue)}</dd>
                    </div>
                    <div>
                      <dt className="inline">{t("correspondence.repliedAt")}: </dt>
                      <dd className="inline">{when(letter.repliedAt)}</dd>
                    </div>
                    {letter.translationNeeded && (
                      <div className="sm:col-span-2">
                        <dt className="inline">{t("correspondence.translation")}: </dt>
                        <dd className="inline">
                          {letter.translatedAt ? t("correspondence.translatedBy", { name: letter.translatedBy?.name ?? "—", time: when(letter.translatedAt) }) : t("correspondence.translationPending")}
                        </dd>
                      </div>
                    )}
                  </dl>
                  {manage && (letter.awaitingTranslation || (!letter.repliedAt && (letter.direction === "IN" || letter.replyDue))) && (
                    <div className="mt-3 flex flex-wrap gap-2">
                      {letter.awaitingTranslation && <LetterStepButton id={letter.id} version={letter.version} step="translated" />}
                      {!letter.repliedAt && (letter.direction === "IN" || letter.replyDue) && <LetterStepButton id={letter.id} version={letter.version} step="replied" />}
                    </div>
                  )}
                </li>
              ))}
            </ul>
            {manage && (
              <details className="border-t border-slate-100 pt-3" open={city.correspondence.length === 0}>
                <summary className="cursor-pointer text-sm font-medium text-brand-700" data-testid="letter-form-toggle">
                  {t("correspondence.add")}
                </summary>
                <div className="mt-3">
                  <AddLetterForm partnerCityId={city.id} idempotencyKey={`${pageKey}:letter`} staff={options.staff} today={today} language={language} />
                </div>
              </details>
            )}
          </Card>

          {/* Proposals */}
          <Card>
            <h2 id="proposals" className={H2}>
              {t("detail.proposals")}
            </h2>
            {city.proposals.length === 0 && <p className="mb-3 text-sm text-slate-500">{t("proposals.empty")}</p>}
            <ul className="mb-4 space-y-3">
              {city.proposals.map((proposal) => (
                <li key={proposal.id} id={`proposal-${proposal.id}`} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="proposal">
                  <div className="text-xs text-slate-500">{t("proposals.receivedOnDate", { date: day(proposal.receivedOn) })}</div>
                  <p className="whitespace-pre-wrap font-medium text-slate-900">{proposal.summary}</p>
                  {proposal.passedOnAt && (
                    <div className="mt-1 text-xs text-slate-600">{t("proposals.passedOnTo", { department: proposal.department ?? "—", date: day(proposal.passedOnAt) })}</div>
                  )}
                  {proposal.answer ? (
                    <div className="mt-2 rounded-md border-l-4 border-emerald-300 bg-emerald-50/60 p-2">
                      <div className="text-xs text-slate-600">{t("proposals.answeredOn", { date: day(proposal.answeredAt) })}</div>
                      <p className="whitespace-pre-wrap text-slate-800">{proposal.answer}</p>
                    </div>
                  ) : manage ? (
                    <div className="mt-3">{proposal.passedOnAt ? <AnswerProposalForm id={proposal.id} version={proposal.version} /> : <PassOnForm id={proposal.id} version={proposal.version} />}</div>
                  ) : (
                    <div className="mt-1 text-xs font-medium text-amber-800">{proposal.passedOnAt ? t("proposals.waitingForAnswer") : t("proposals.notPassedOn")}</div>
                  )}
                </li>
              ))}
            </ul>
            {manage && (
              <details className="border-t border-slate-100 pt-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("proposals.add")}</summary>
                <div className="mt-3">
                  <AddProposalForm partnerCityId={city.id} idempotencyKey={`${pageKey}:proposal`} today={today} />
                </div>
              </details>
            )}
          </Card>

          {/* Timeline */}
          <Card>
            <h2 id="timeline" className={H2}>
              {t("detail.timeline")}
            </h2>
            {city.timeline.length === 0 && <p className="mb-3 text-sm text-slate-500">{t("timeline.empty")}</p>}
            <ol className="mb-4 space-y-3 border-l-2 border-slate-200 pl-4 text-sm" data-testid="timeline">
              {city.timeline.map((item) => (
                <li key={`${item.kind}-${item.href}`} className="relative" id={item.kind === "activity" && item.href ? item.href.slice(1) : undefined}>
                  <span className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-brand-500" aria-hidden />
                  <div className="text-xs text-slate-500">
                    {format.dateTime(item.at, { dateStyle: "medium", timeZone: "UTC" })} · {t(`timeline.kind.${item.kind}`)}
                    {item.subkind && t.has(`timeline.subkind.${item.subkind}`) ? ` · ${t(`timeline.subkind.${item.subkind}`)}` : ""}
                  </div>
                  <div className="font-medium text-slate-900">
                    {item.href && item.kind !== "activity" ? (
                      <a href={item.href} className="hover:underline">
                        {item.title}
                      </a>
                    ) : (
                      item.title
                    )}
                  </div>
                  {item.detail && <p className="whitespace-pre-wrap text-slate-600">{item.detail}</p>}
                </li>
              ))}
            </ol>
            {manage && (
              <details className="border-t border-slate-100 pt-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("activities.add")}</summary>
                <div className="mt-3">
                  <AddActivityForm partnerCityId={city.id} idempotencyKey={`${pageKey}:activity`} today={today} />
                </div>
              </details>
            )}
          </Card>
        </div>

        <div className="min-w-0 space-y-5">
          {/* Overview */}
          <Card>
            <h2 className={H2}>{t("detail.overview")}</h2>
            <dl className="space-y-2 text-sm">
              <Fact label={t("fields.country")}>{countryName(city.country, locale)}</Fact>
              <Fact label={t("fields.region")}>{city.region ?? "—"}</Fact>
              <Fact label={t("fields.status")}>{t(`status.${city.status}`)}</Fact>
              <Fact label={t("fields.agreementDate")}>
                <span data-testid="since">{day(city.agreementDate)}</span>
              </Fact>
              <Fact label={t("fields.agreementResolution")}>
                {city.agreementResolution ? (
                  can(actor, "pressRelease.view") ? (
                    <Link href={`/press-releases/resolutions/${city.agreementResolution.id}`} className="text-brand-700 hover:underline">
                      {city.agreementResolution.body} {city.agreementResolution.number}
                    </Link>
                  ) : (
                    `${city.agreementResolution.body} ${city.agreementResolution.number}`
                  )
                ) : (
                  "—"
                )}
                {city.agreementResolution && <div className="text-xs text-slate-600">{city.agreementResolution.title}</div>}
              </Fact>
              <Fact label={t("fields.languages")}>
                <span className="font-mono text-xs uppercase">{city.languages.join(", ") || "—"}</span>
              </Fact>
              <Fact label={t("fields.areas")}>
                {city.areas.length === 0 ? (
                  "—"
                ) : (
                  <span className="flex flex-wrap gap-1">
                    {city.areas.map((area) => (
                      <Badge key={area} tone="blue">
                        {area}
                      </Badge>
                    ))}
                  </span>
                )}
              </Fact>
              {city.notes && <Fact label={t("fields.notes")}>{city.notes}</Fact>}
            </dl>
            {manage && (
              <details className="mt-4 border-t border-slate-100 pt-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("detail.edit")}</summary>
                <div className="mt-3">
                  <PartnerCityForm
                    options={{ resolutions: options.resolutions }}
                    reference={{ id: city.id, version: city.version }}
                    initial={{
                      name: city.name,
                      country: city.country,
                      region: city.region ?? "",
                      status: city.status,
                      agreementDate: city.agreementDate ?? "",
                      agreementResolutionId: city.agreementResolution?.id ?? "",
                      languages: city.languages.join(", "),
                      areas: city.areas.join("\n"),
                      notes: city.notes ?? "",
                    }}
                  />
                </div>
              </details>
            )}
          </Card>

          {/* Contacts */}
          <Card>
            <h2 id="contacts" className={H2}>
              {t("detail.contacts")}
            </h2>
            {city.contacts.length === 0 && <p className="mb-3 text-sm text-slate-500">{t("contacts.empty")}</p>}
            <ul className="mb-4 divide-y divide-slate-100 text-sm">
              {city.contacts.map((contact) => (
                <li key={contact.id} className="flex items-start justify-between gap-3 py-2" data-testid="partner-contact">
                  <div className="min-w-0">
                    <div className="font-medium text-slate-900">{contact.name}</div>
                    {contact.function && <div className="text-xs text-slate-600">{contact.function}</div>}
                    {contact.email && (
                      <a href={`mailto:${contact.email}`} className="block break-all text-xs text-brand-700 hover:underline">
                        {contact.email}
                      </a>
                    )}
                    {contact.phone && <div className="text-xs text-slate-700">{contact.phone}</div>}
                  </div>
                  {manage && <RemoveContactButton id={contact.id} />}
                </li>
              ))}
            </ul>
            {manage && (
              <details className="border-t border-slate-100 pt-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("contacts.add")}</summary>
                <div className="mt-3">
                  <AddContactForm partnerCityId={city.id} idempotencyKey={`${pageKey}:contact`} />
                </div>
              </details>
            )}
          </Card>

          {/* Agreement documents */}
          <Card>
            <h2 id="documents" className={H2}>
              {t("detail.documents")}
            </h2>
            {city.files.length === 0 && <p className="mb-3 text-sm text-slate-500">{t("documents.empty")}</p>}
            <ul className="mb-4 divide-y divide-slate-100 text-sm">
              {city.files.map((file) => (
                <li key={file.id} className="flex items-center justify-between gap-3 py-2" data-testid="agreement-file">
                  <div className="min-w-0">
                    <a href={`/media/${file.id}?download=1`} className="break-all font-medium text-brand-700 hover:underline">
                      {file.fileName}
                    </a>
                    <div className="text-xs text-slate-500">
                      {formatBytes(file.byteSize, locale)} · {when(file.createdAt)}
                    </div>
                  </div>
                  {manage && <RemoveDocumentButton id={file.id} />}
                </li>
              ))}
            </ul>
            {manage && <UploadAgreementForm partnerCityId={city.id} />}
          </Card>
        </div>
      </div>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </div>
  );
}
