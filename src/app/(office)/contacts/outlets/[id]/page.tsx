import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { OutletForm } from "@/features/media-contacts/components/outlet-form";
import { getOutlet } from "@/features/media-contacts/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts.outlets"))("title") };
}

export default async function OutletPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const actor = await requirePageActor("contact.view");
  const outlet = await orPageError(getOutlet(actor, (await params).id));
  const { created } = await searchParams;
  const t = await getTranslations("contacts");
  return (
    <>
      <PageHeader title={outlet.name} subtitle={t(`kinds.${outlet.kind}`)} actions={<LinkButton href="/contacts/outlets" variant="secondary">{t("outlets.back")}</LinkButton>} />
      {created && <Notice tone="success" className="mb-4">{t("outlets.created")}</Notice>}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          {can(actor, "contact.manage") ? (
            <OutletForm
              mode="edit"
              id={outlet.id}
              version={outlet.version}
              initial={{
                name: outlet.name,
                kind: outlet.kind,
                region: outlet.region ?? "",
                website: outlet.website ?? "",
                rssUrl: outlet.rssUrl ?? "",
                notes: outlet.notes ?? "",
                deadlineDays: outlet.deadlineDays.map(String),
                deadlineTime: outlet.deadlineTime ?? "",
              }}
            />
          ) : (
            <dl className="space-y-2 text-sm">
              <dt className="text-slate-600">{t("fields.region")}</dt>
              <dd>{outlet.region ?? "—"}</dd>
              <dt className="text-slate-600">{t("fields.website")}</dt>
              <dd>{outlet.website ?? "—"}</dd>
              <dt className="text-slate-600">{t("fields.rssUrl")}</dt>
              <dd>{outlet.rssUrl ?? "—"}</dd>
              <dt className="text-slate-600">{t("fields.editorialDeadline")}</dt>
              <dd>
                {outlet.deadlineTime && outlet.deadlineDays.length
                  ? `${outlet.deadlineDays.map((day) => t(`weekdays.${day}`)).join(", ")} · ${outlet.deadlineTime}`
                  : "—"}
              </dd>
            </dl>
          )}
        </Card>
        <Card>
          <h2 className="mb-3 text-base font-semibold">{t("outlets.journalists")}</h2>
          {outlet.contacts.length === 0 ? (
            <p className="text-sm text-slate-600">{t("empty")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {outlet.contacts.map((contact) => (
                <li key={contact.id}>
                  <Link href={`/contacts/${contact.id}`} className="text-brand-700 hover:underline">
                    {contact.name}
                  </Link>
                  {contact.role && <span className="text-slate-500"> · {contact.role}</span>}
                  {!contact.primary && <span className="text-xs text-slate-500"> · {t("affiliations.otherOutlet")}</span>}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
