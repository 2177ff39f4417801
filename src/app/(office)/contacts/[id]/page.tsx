import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { ContactForm } from "@/features/media-contacts/components/contact-form";
import { EraseContact, MarkInformed } from "@/features/media-contacts/components/gdpr-actions";
import { getContact, listOutletOptions } from "@/features/media-contacts/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

const loadContact = cache(getContact);

/** The primary outlet first, then the further ones in the form's order. */
function outletsOf(contact: Awaited<ReturnType<typeof getContact>>) {
  return [
    ...(contact.outlet ? [{ outlet: contact.outlet, role: contact.role, primary: true }] : []),
    ...contact.affiliations.map((row) => ({ outlet: row.outlet, role: row.role, primary: false })),
  ];
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const actor = await requirePageActor("contact.view");
  const contact = await loadContact(actor, (await params).id).catch(() => null);
  return { title: contact?.name ?? (await getTranslations("contacts"))("title") };
}

/** One journalist: the form (contact.manage) or the read-only card, history, lists and the GDPR panel. */
export default async function ContactPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("contact.view");
  const { id } = await params;
  const flags = await searchParams;
  const contact = await orPageError(loadContact(actor, id));
  const t = await getTranslations("contacts");
  const format = await getFormatter();
  const canManage = can(actor, "contact.manage");
  const canErase = can(actor, "contact.erase");
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "—");
  const outlets = canManage ? await listOutletOptions(actor) : [];
  return (
    <>
      <PageHeader
        title={contact.name}
        subtitle={[contact.role, contact.outlet?.name].filter(Boolean).join(" · ") || contact.email}
        actions={<LinkButton href="/contacts" variant="secondary">{t("backToList")}</LinkButton>}
      />
      {flags.created && <Notice tone="success" className="mb-4">{t("created")}</Notice>}
      {flags.merged && <Notice tone="success" className="mb-4">{t("duplicates.merged")}</Notice>}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          {canManage ? (
            <ContactForm
              mode="edit"
              id={contact.id}
              version={contact.version}
              outlets={outlets}
              showPrivate={contact.withPrivate}
              initial={{
                name: contact.name,
                email: contact.email,
                outletId: contact.outlet?.id ?? "",
                role: contact.role ?? "",
                beats: contact.beats.join(", "),
                languages: contact.languages.join(", "),
                phone: contact.phone ?? "",
                mobile: contact.mobile ?? "",
                notes: contact.notes ?? "",
                legalBasis: contact.legalBasis,
                source: contact.source,
                informedAt: contact.informedAt ? contact.informedAt.toISOString().slice(0, 10) : "",
                doNotContact: contact.doNotContact,
                doNotContactReason: contact.doNotContactReason ?? "",
                affiliations: contact.affiliations.map((row) => ({ outletId: row.outlet.id, role: row.role ?? "" })),
              }}
            />
          ) : (
            <dl className="grid gap-3 text-sm sm:grid-cols-2">
              {[
                [t("fields.email"), contact.email],
                [t("fields.outlet"), contact.outlet?.name ?? "—"],
                ...(contact.affiliations.length
                  ? [[t("affiliations.title"), contact.affiliations.map((row) => (row.role ? `${row.outlet.name} (${row.role})` : row.outlet.name)).join("\n")]]
                  : []),
                [t("fields.role"), contact.role ?? "—"],
                [t("fields.beats"), contact.beats.join(", ") || "—"],
                [t("fields.languages"), contact.languages.join(", ").toUpperCase() || "—"],
                [t("fields.phone"), contact.phone ?? "—"],
                ...(contact.withPrivate ? [[t("fields.mobile"), contact.mobile ?? "—"], [t("fields.notes"), contact.notes ?? "—"]] : []),
              ].map(([label, value]) => (
                <div key={label}>
                  <dt className="font-medium text-slate-600">{label}</dt>
                  <dd className="whitespace-pre-line text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          )}
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("affiliations.outletsTitle")}</h2>
            {outletsOf(contact).length === 0 ? (
              <p className="text-sm text-slate-600">{t("affiliations.noOutlets")}</p>
            ) : (
              <ul className="space-y-2 text-sm" data-testid="contact-outlets">
                {outletsOf(contact).map((row) => (
                  <li key={row.outlet.id}>
                    <div className="flex flex-wrap items-center gap-2">
                      <Link href={`/contacts/outlets/${row.outlet.id}`} className="font-medium text-brand-700 hover:underline">
                        {row.outlet.name}
                      </Link>
                      {row.primary && <Badge tone="blue">{t("affiliations.primary")}</Badge>}
                    </div>
                    <div className="text-xs text-slate-600">{[row.role, t(`kinds.${row.outlet.kind}`), row.outlet.region].filter(Boolean).join(" · ")}</div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("gdpr.title")}</h2>
            <dl className="space-y-2 text-sm" data-testid="gdpr-panel">
              <div>
                <dt className="text-slate-600">{t("fields.legalBasis")}</dt>
                <dd className="font-medium">{contact.legalBasis}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("fields.source")}</dt>
                <dd className="font-medium">{contact.source || "—"}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("fields.informedAt")}</dt>
                <dd className="flex flex-wrap items-center gap-2 font-medium">
                  {contact.informedAt && date(contact.informedAt)}
                  {contact.informOverdue ? (
                    <Badge tone="red">{t("informOverdue")}</Badge>
                  ) : (
                    !contact.informedAt && <Badge tone="amber">{t("notInformed")}</Badge>
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("gdpr.createdAt")}</dt>
                <dd className="font-medium">{date(contact.createdAt)}</dd>
              </div>
              {contact.doNotContact && (
                <div>
                  <dt className="text-slate-600">{t("doNotContact")}</dt>
                  <dd className="font-medium text-red-800">{contact.doNotContactReason ?? "—"}</dd>
                </div>
              )}
              {contact.unsubscribedAt && (
                <div>
                  <dt className="text-slate-600">{t("unsubscribed")}</dt>
                  <dd className="font-medium">{date(contact.unsubscribedAt)}</dd>
                </div>
              )}
            </dl>
            <div className="mt-4 space-y-3">
              {canManage && !contact.informedAt && <MarkInformed id={contact.id} version={contact.version} />}
              {canErase && (
                <>
                  <a href={`/contacts/${contact.id}/export`} className="block text-sm text-brand-700 hover:underline" download>
                    {t("gdpr.export")}
                  </a>
                  <p className="text-xs text-slate-600">{t("gdpr.eraseHint")}</p>
                  <EraseContact id={contact.id} version={contact.version} />
                </>
              )}
            </div>
          </Card>
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("lists.title")}</h2>
            {contact.lists.length === 0 ? (
              <p className="text-sm text-slate-600">{t("lists.none")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {contact.lists.map((list) => (
                  <li key={list.id}>
                    <Link href={`/contacts/lists/${list.id}`} className="text-brand-700 hover:underline">
                      {list.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("history.title")}</h2>
            {contact.history.length === 0 ? (
              <p className="text-sm text-slate-600">{t("history.none")}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {contact.history.map((item, index) => (
                  <li key={index} className="flex flex-wrap items-center gap-2">
                    <span className="text-slate-500">{date(item.at)}</span>
                    <Badge tone="blue">{t(`history.kinds.${item.kind}`)}</Badge>
                    {item.href ? (
                      <Link href={item.href} className="text-brand-700 hover:underline">
                        {item.title}
                      </Link>
                    ) : (
                      item.title
                    )}
                    <span className="text-xs text-slate-500">{t.has(`history.statuses.${item.status}`) ? t(`history.statuses.${item.status}`) : item.status}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
