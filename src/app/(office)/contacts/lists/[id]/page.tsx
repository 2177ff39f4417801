import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { AddListMember, ListForm, RemoveListMember } from "@/features/media-contacts/components/list-forms";
import { getDistributionList, listContactsForPicker } from "@/features/media-contacts/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts.lists"))("title") };
}

export default async function ListPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("contact.view");
  const list = await orPageError(getDistributionList(actor, (await params).id));
  const t = await getTranslations("contacts.lists");
  const contactsT = await getTranslations("contacts");
  const canManage = can(actor, "contact.manage");
  const memberIds = new Set(list.members.map((member) => member.id));
  const candidates = canManage && list.kind === "STATIC" ? (await listContactsForPicker(actor)).filter((contact) => !memberIds.has(contact.id)) : [];
  return (
    <>
      <PageHeader title={list.name} subtitle={t(`kinds.${list.kind}`)} actions={<LinkButton href="/contacts/lists" variant="secondary">{t("back")}</LinkButton>} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        {canManage && (
          <Card>
            <ListForm
              mode="edit"
              id={list.id}
              version={list.version}
              initial={{
                name: list.name,
                description: list.description ?? "",
                kind: list.kind,
                beats: list.criteria.beats.join(", "),
                regions: list.criteria.regions.join(", "),
                outletKinds: list.criteria.outletKinds,
                languages: list.criteria.languages.join(", "),
              }}
            />
          </Card>
        )}
        <Card>
          <h2 className="mb-3 text-base font-semibold">{t("members", { count: list.members.length })}</h2>
          {list.kind === "SMART" && <p className="mb-3 text-sm text-slate-600">{t("smartHint")}</p>}
          {canManage && list.kind === "STATIC" && (
            <div className="mb-4">
              <AddListMember listId={list.id} contacts={candidates} />
            </div>
          )}
          <ul className="divide-y divide-slate-100 text-sm">
            {list.members.map((member) => (
              <li key={member.id} className="flex flex-wrap items-center gap-2 py-2">
                <Link href={`/contacts/${member.id}`} className="font-medium text-brand-700 hover:underline">
                  {member.name}
                </Link>
                <span className="text-slate-500">{member.outlet?.name}</span>
                {member.doNotContact && <Badge tone="red">{contactsT("doNotContact")}</Badge>}
                {member.unsubscribedAt && <Badge tone="slate">{contactsT("unsubscribed")}</Badge>}
                {canManage && list.kind === "STATIC" && (
                  <span className="ml-auto">
                    <RemoveListMember listId={list.id} contactId={member.id} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
