import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { listDistributionListsForPicker } from "@/features/media-contacts/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { ContactsNav } from "../contacts-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts.lists"))("title") };
}

export default async function ListsPage() {
  const actor = await requirePageActor("contact.view");
  const t = await getTranslations("contacts.lists");
  const lists = await listDistributionListsForPicker(actor);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <>
            <ContactsNav actor={actor} current="lists" />
            {can(actor, "contact.manage") && <LinkButton href="/contacts/lists/new">{t("new")}</LinkButton>}
          </>
        }
      />
      <Card className="p-0">
        <ul className="divide-y divide-slate-100">
          {lists.map((list) => (
            <li key={list.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
              <Link href={`/contacts/lists/${list.id}`} className="font-medium text-brand-700 hover:underline">
                {list.name}
              </Link>
              <Badge tone={list.kind === "SMART" ? "blue" : "slate"}>{t(`kinds.${list.kind}`)}</Badge>
              <span className="text-slate-600">{t("members", { count: list.memberCount })}</span>
              {list.description && <span className="text-slate-500">{list.description}</span>}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
