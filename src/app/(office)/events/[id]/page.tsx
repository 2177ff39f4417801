import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import {
  addBudgetLineAction,
  addLinkAction,
  addPersonAction,
  addProgrammeItemAction,
  addTaskAction,
  approveEventBudgetAction,
  changeEventStatusAction,
  issueItemsAction,
  recordBudgetActualAction,
  removePersonAction,
  saveEvaluationAction,
  updateEventAction,
  updateTaskAction,
  uploadEventFileAction,
} from "@/features/events/actions";
import { ActionForm } from "@/features/events/components/action-form";
import { eventFieldSpecs } from "@/features/events/components/event-fields";
import { formatMinor, minorInput } from "@/features/events/components/money";
import { getEvent } from "@/features/events/queries";
import { EVENT_PERSON_ROLES, venueLines } from "@/features/events/schema";
import { listPromoItemOptions } from "@/features/events/stock-options";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="mb-6" data-testid={testId}>
      <h2 className="mb-2 text-lg font-semibold text-slate-900">{title}</h2>
      <Card>
        <div className="space-y-4">{children}</div>
      </Card>
    </section>
  );
}

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("event.view");
  const { id } = await params;
  const [t, format, event] = await Promise.all([getTranslations("events"), getFormatter(), orPageError(getEvent(actor, id))]);
  const items = event.canIssueItems ? await listPromoItemOptions() : [];
  const key = () => crypto.randomUUID();
  const manage = event.canManage;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "medium" });
  const userOptions = [{ value: "", label: t("tasks.noOwner") }, ...event.users.map((user) => ({ value: user.id, label: user.name }))];
  const photos = event.files.filter((file) => file.kind === "PHOTO");
  const attachments = event.files.filter((file) => file.kind !== "PHOTO");
  return (
    <>
      <PageHeader
        title={event.title}
        subtitle={
          <span data-testid="event-status">
            {t(`type.${event.type}`)} · {day(event.startDate)}
            {event.endDate !== event.startDate && ` – ${day(event.endDate)}`} · {t(`status.${event.status}`)} · {event.isPublic ? t("publicEvent") : t("internal")}
          </span>
        }
      />
      {event.clashes.length > 0 && (
        <Notice tone="warning" className="mb-4">
          <p className="font-medium">{t("clashes.title")}</p>
          <ul className="mt-1 list-disc pl-5" data-testid="event-clashes">
            {event.clashes.map((clash, index) => (
              <li key={index}>
                {t("clashes.line", { name: clash.personName, other: clash.otherTitle, when: when(new Date(clash.startsAt)) })}{" "}
                <Link className="underline" href={clash.kind === "VISIT" ? `/visits/${clash.otherId}` : clash.kind === "EVENT" ? `/events/${clash.otherId}` : `/press-conferences/${clash.otherId}`}>
                  {t(`clashes.kind.${clash.kind}`)}
                </Link>
              </li>
            ))}
          </ul>
        </Notice>
      )}

      <Section title={t("sections.workflow")} testId="workflow">
        <div className="flex flex-wrap gap-2">
          {manage &&
            event.allowed.transitions.map((transition) => (
              <div key={transition.to}>
                {transition.refusal ? (
                  <span className="inline-block rounded border border-slate-200 px-3 py-1.5 text-sm text-slate-400" title={t(`refusal.${transition.refusal}`)}>
                    {t(`to.${transition.to}`)} — {t(`refusal.${transition.refusal}`)}
                  </span>
                ) : (
                  <ActionForm compact action={changeEventStatusAction} hidden={{ id: event.id, version: event.version, status: transition.to }} submit={t(`to.${transition.to}`)} variant={transition.to === "CANCELLED" ? "danger" : "secondary"} />
                )}
              </div>
            ))}
        </div>
      </Section>

      <Section title={t("sections.overview")}>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-500">{t("fields.venues")}</dt>
            <dd>{venueLines(event.venues).join(", ") || "—"}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("fields.organiser")}</dt>
            <dd>{event.organiser === "PARTNER" ? event.partnerName : t("organiser.CITY")}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("fields.pressConference")}</dt>
            <dd>{event.pressConference ? <Link href={`/press-conferences/${event.pressConference.id}`} className="text-brand-700 underline">{event.pressConference.topic}</Link> : "—"}</dd>
          </div>
        </dl>
        {manage && event.allowed.editPlan && (
          <ActionForm
            action={updateEventAction}
            hidden={{ id: event.id, version: event.version }}
            testId="event-edit"
            submit={t("actions.save")}
            success={t("done.saved")}
            fields={eventFieldSpecs(t, {
              title: event.title,
              type: event.type,
              startDate: event.startDate,
              endDate: event.endDate,
              venues: event.venues,
              organiser: event.organiser,
              partnerName: event.partnerName ?? "",
              isPublic: event.isPublic,
              publicDescription: event.publicDescription,
            }).concat([
              {
                kind: "select",
                name: "pressConferenceId",
                label: t("fields.pressConference"),
                defaultValue: event.pressConferenceId ?? "",
                options: [
                  { value: "", label: "—" },
                  ...event.conferences.map((conference) => ({ value: conference.id, label: `${format.dateTime(conference.startsAt, { dateStyle: "medium" })} · ${conference.topic}` })),
                ],
              },
            ])}
          />
        )}
      </Section>

      <Section title={t("sections.programme")} testId="programme">
        <ul className="divide-y divide-slate-100 text-sm">
          {event.programme.map((item) => (
            <li key={item.id} className="py-1">
              {when(item.startsAt)}–{format.dateTime(item.endsAt, { timeStyle: "short" })} · <strong>{item.title}</strong> {item.venue && `(${item.venue})`}
            </li>
          ))}
        </ul>
        {manage && event.allowed.editPlan && (
          <ActionForm
            action={addProgrammeItemAction}
            hidden={{ eventId: event.id, idempotencyKey: key() }}
            testId="programme-form"
            title={t("programme.add")}
            submit={t("actions.add")}
            fields={[
              { kind: "datetime-local", name: "startsAt", label: t("programme.startsAt"), required: true, defaultValue: `${event.startDate}T10:00` },
              { kind: "datetime-local", name: "endsAt", label: t("programme.endsAt"), required: true, defaultValue: `${event.startDate}T11:00` },
              { kind: "text", name: "title", label: t("programme.title"), required: true },
              { kind: "text", name: "venue", label: t("programme.venue") },
            ]}
          />
        )}
      </Section>

      <Section title={t("sections.budget")} testId="budget">
        <table className="min-w-full text-sm" data-testid="budget-lines">
          <thead className="text-left text-slate-500">
            <tr>
              <th>{t("budget.category")}</th>
              <th>{t("budget.supplier")}</th>
              <th className="text-right">{t("budget.planned")}</th>
              <th className="text-right">{t("budget.actual")}</th>
              <th className="text-right">{t("budget.vat")}</th>
              <th>{t("budget.invoice")}</th>
            </tr>
          </thead>
          <tbody>
            {event.budgetLines.map((line) => (
              <tr key={line.id} className={line.overrun ? "bg-red-50 text-red-800" : ""} data-overrun={line.overrun ? "1" : undefined}>
                <td>{line.category}</td>
                <td>{line.supplier}</td>
                <td className="text-right tabular-nums">{formatMinor(line.plannedMinor)}</td>
                <td className="text-right tabular-nums">{line.actualMinor === null ? "—" : formatMinor(line.actualMinor)}</td>
                <td className="text-right tabular-nums">{line.vatPercent} %</td>
                <td>
                  {manage && event.allowed.editRecords ? (
                    <ActionForm
                      compact
                      action={recordBudgetActualAction}
                      hidden={{ id: line.id, eventId: event.id, version: event.version }}
                      submit={t("budget.record")}
                      fields={[
                        { kind: "text", name: "actual", label: t("budget.actual"), defaultValue: minorInput(line.actualMinor) },
                        { kind: "text", name: "invoiceNumber", label: t("budget.invoice"), defaultValue: line.invoiceNumber },
                      ]}
                    />
                  ) : (
                    line.invoiceNumber
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="font-semibold">
            <tr>
              <td colSpan={2}>{t("budget.total")}</td>
              <td className="text-right tabular-nums" data-testid="budget-planned">{formatMinor(event.totals.plannedMinor)}</td>
              <td className={`text-right tabular-nums ${event.totals.overrun ? "text-red-700" : ""}`} data-testid="budget-actual">{formatMinor(event.totals.actualMinor)}</td>
              <td colSpan={2} className="text-right text-xs font-normal text-slate-500">
                {t("budget.withVat", { planned: formatMinor(event.totals.plannedWithVatMinor), actual: formatMinor(event.totals.actualWithVatMinor) })}
              </td>
            </tr>
          </tfoot>
        </table>
        <p className="text-sm" data-testid="budget-approval">
          {event.allowed.needsApproval
            ? t("budget.needsApproval", { limit: formatMinor(event.limitMinor) })
            : event.budgetApprovedMinor !== null
              ? t("budget.approved", { amount: formatMinor(event.budgetApprovedMinor) })
              : t("budget.underLimit", { limit: formatMinor(event.limitMinor) })}
        </p>
        {event.canApprove && event.allowed.needsApproval && <ActionForm compact action={approveEventBudgetAction} hidden={{ id: event.id, version: event.version }} submit={t("budget.approve")} variant="primary" />}
        {manage && event.allowed.editRecords && (
          <ActionForm
            action={addBudgetLineAction}
            hidden={{ eventId: event.id, idempotencyKey: key() }}
            testId="budget-form"
            title={t("budget.add")}
            submit={t("actions.add")}
            fields={[
              { kind: "text", name: "category", label: t("budget.category"), required: true },
              { kind: "text", name: "supplier", label: t("budget.supplier") },
              { kind: "text", name: "planned", label: t("budget.planned"), required: true },
              { kind: "text", name: "actual", label: t("budget.actual") },
              { kind: "number", name: "vatPercent", label: t("budget.vat"), defaultValue: "21" },
              { kind: "text", name: "invoiceNumber", label: t("budget.invoice") },
            ]}
          />
        )}
      </Section>

      <Section title={t("sections.tasks")} testId="tasks">
        <ul className="divide-y divide-slate-100 text-sm" data-testid="task-list">
          {event.tasks.map((task) => (
            <li key={task.id} className={`flex flex-wrap items-center gap-2 py-1 ${task.overdue ? "text-red-700" : ""}`} data-overdue={task.overdue ? "1" : undefined}>
              <span className={task.doneAt ? "line-through" : ""}>{task.title}</span>
              <span className="text-slate-500">
                {task.ownerName ?? t("tasks.noOwner")} · {task.dueDate ? day(task.dueDate) : "—"}
              </span>
              {task.overdue && <Badge tone="red">{t("tasks.overdue")}</Badge>}
              {manage && event.allowed.editRecords && (
                <ActionForm
                  compact
                  action={updateTaskAction}
                  hidden={{ id: task.id, version: task.version }}
                  submit={t("tasks.save")}
                  fields={[
                    { kind: "select", name: "ownerId", label: t("tasks.owner"), options: userOptions, defaultValue: task.ownerId ?? "" },
                    { kind: "date", name: "dueDate", label: t("tasks.due"), defaultValue: task.dueDate ?? "" },
                    { kind: "checkbox", name: "done", label: t("tasks.done"), defaultChecked: Boolean(task.doneAt) },
                  ]}
                />
              )}
            </li>
          ))}
        </ul>
        {manage && event.allowed.editPlan && (
          <ActionForm
            action={addTaskAction}
            hidden={{ eventId: event.id, idempotencyKey: key() }}
            testId="task-form"
            title={t("tasks.add")}
            submit={t("actions.add")}
            fields={[
              { kind: "text", name: "title", label: t("tasks.title"), required: true },
              { kind: "select", name: "ownerId", label: t("tasks.owner"), options: userOptions },
              { kind: "date", name: "dueDate", label: t("tasks.due") },
            ]}
          />
        )}
      </Section>

      <Section title={t("sections.people")} testId="people">
        {EVENT_PERSON_ROLES.map((role) => (
          <div key={role}>
            <h3 className="text-sm font-semibold text-slate-700">{t(`role.${role}`)}</h3>
            <ul className="text-sm">
              {event.people
                .filter((person) => person.role === role)
                .map((person) => (
                  <li key={person.id} className="flex flex-wrap items-center gap-2 py-0.5">
                    <span>
                      {person.name}
                      {person.function && `, ${person.function}`}
                      {person.startsAt && person.endsAt && ` · ${when(person.startsAt)}–${format.dateTime(person.endsAt, { timeStyle: "short" })}`}
                      {person.speech && ` · ${t("people.speechWritten")}`}
                    </span>
                    {manage && event.allowed.editPlan && <ActionForm compact action={removePersonAction} hidden={{ id: person.id }} submit={t("actions.remove")} variant="danger" />}
                  </li>
                ))}
            </ul>
          </div>
        ))}
        {manage && event.allowed.editPlan && (
          <ActionForm
            action={addPersonAction}
            hidden={{ eventId: event.id, idempotencyKey: key() }}
            testId="person-form"
            title={t("people.add")}
            submit={t("actions.add")}
            fields={[
              { kind: "select", name: "role", label: t("people.role"), options: EVENT_PERSON_ROLES.map((value) => ({ value, label: t(`role.${value}`) })) },
              { kind: "select", name: "userId", label: t("people.staff"), options: [{ value: "", label: t("people.notStaff") }, ...event.users.map((user) => ({ value: user.id, label: user.name }))] },
              { kind: "text", name: "name", label: t("people.name") },
              { kind: "text", name: "function", label: t("people.function") },
              { kind: "datetime-local", name: "startsAt", label: t("people.startsAt"), hint: t("people.timesHint") },
              { kind: "datetime-local", name: "endsAt", label: t("people.endsAt") },
              { kind: "textarea", name: "speech", label: t("people.speech"), rows: 3 },
              { kind: "text", name: "note", label: t("people.note") },
            ]}
          />
        )}
      </Section>

      <Section title={t("sections.items")} testId="items">
        <ul className="text-sm">
          {event.stockMovements.map((movement) => (
            <li key={movement.id}>
              {movement.item.name}: {-movement.quantity} ({movement.kind})
            </li>
          ))}
        </ul>
        {event.canIssueItems && event.allowed.editRecords && items.length > 0 && (
          <ActionForm
            action={issueItemsAction}
            hidden={{ eventId: event.id, idempotencyKey: key() }}
            testId="issue-form"
            title={t("items.issue")}
            submit={t("items.issueButton")}
            fields={[
              { kind: "select", name: "itemId", label: t("items.item"), options: items.map((item) => ({ value: item.id, label: `${item.name} (${item.onHand} ${item.unit})` })) },
              { kind: "number", name: "quantity", label: t("items.quantity"), required: true, defaultValue: "1" },
              { kind: "text", name: "recipientName", label: t("items.recipient") },
            ]}
          />
        )}
      </Section>

      <Section title={t("sections.after")} testId="after">
        <div className="grid gap-3 sm:grid-cols-3" data-testid="photos">
          {photos.map((photo) => (
            <figure key={photo.id} className="text-sm">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={`/media/${photo.id}`} alt={photo.altText ?? ""} className="aspect-video w-full rounded object-cover" />
              <figcaption>
                {photo.caption} · © {photo.credit} · {photo.publicationConsent ? t("files.consent") : t("files.noConsent")}
              </figcaption>
            </figure>
          ))}
        </div>
        <ul className="text-sm">
          {attachments.map((file) => (
            <li key={file.id}>
              <a href={`/media/${file.id}`} className="text-brand-700 underline">
                {file.fileName}
              </a>
            </li>
          ))}
        </ul>
        {manage && event.allowed.editRecords && (
          <ActionForm
            action={uploadEventFileAction}
            hidden={{ eventId: event.id }}
            testId="file-form"
            title={t("files.upload")}
            submit={t("files.uploadButton")}
            fields={[
              { kind: "select", name: "kind", label: t("files.kind"), options: [{ value: "PHOTO", label: t("files.photo") }, { value: "ATTACHMENT", label: t("files.attachment") }] },
              { kind: "file", name: "file", label: t("files.file"), required: true },
              { kind: "text", name: "caption", label: t("files.caption") },
              { kind: "text", name: "altText", label: t("files.altText") },
              { kind: "text", name: "credit", label: t("files.credit") },
              { kind: "checkbox", name: "publicationConsent", label: t("files.consentLabel") },
            ]}
          />
        )}
        <ul className="text-sm" data-testid="event-links">
          {event.links.map((link) => (
            <li key={link.id}>
              <a href={link.url} className="text-brand-700 underline" rel="noopener noreferrer">
                {link.title}
              </a>
            </li>
          ))}
        </ul>
        {manage && event.allowed.editRecords && (
          <ActionForm
            action={addLinkAction}
            hidden={{ eventId: event.id, idempotencyKey: key() }}
            testId="link-form"
            title={t("links.add")}
            submit={t("actions.add")}
            fields={[
              { kind: "text", name: "title", label: t("links.title"), required: true },
              { kind: "url", name: "url", label: t("links.url"), required: true },
            ]}
          />
        )}
        {event.allowed.evaluate && manage ? (
          <ActionForm
            action={saveEvaluationAction}
            hidden={{ id: event.id, version: event.version }}
            testId="evaluation-form"
            title={t("evaluation.title")}
            submit={t("actions.save")}
            success={t("done.saved")}
            fields={[
              { kind: "textarea", name: "evaluationNote", label: t("evaluation.note"), defaultValue: event.evaluationNote },
              { kind: "textarea", name: "chronicleEntry", label: t("evaluation.chronicle"), defaultValue: event.chronicleEntry },
            ]}
          />
        ) : (
          event.evaluationNote && <p className="whitespace-pre-line text-sm">{event.evaluationNote}</p>
        )}
      </Section>
    </>
  );
}
