import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { MergePair } from "@/features/media-contacts/components/list-forms";
import { listDuplicatePairs } from "@/features/media-contacts/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { ContactsNav } from "../contacts-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts.duplicates"))("title") };
}

export default async function DuplicatesPage() {
  const actor = await requirePageActor("contact.view");
  const t = await getTranslations("contacts.duplicates");
  const pairs = await listDuplicatePairs(actor);
  const canMerge = can(actor, "contact.manage");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={<ContactsNav actor={actor} current="duplicates" />} />
      {pairs.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">{t("none")}</p>
        </Card>
      ) : (
        <ul className="space-y-3">
          {pairs.map((pair) => (
            <li key={`${pair.a.id}:${pair.b.id}`}>
              <Card>
                <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
                  <Badge tone={pair.reason === "sameName" ? "red" : "amber"}>{t(`reasons.${pair.reason}`)}</Badge>
                  {[pair.a, pair.b].map((contact) => (
                    <span key={contact.id}>
                      <Link href={`/contacts/${contact.id}`} className="font-medium text-brand-700 hover:underline">
                        {contact.name}
                      </Link>{" "}
                      <span className="text-slate-500">
                        {contact.email}
                        {contact.outletName ? ` · ${contact.outletName}` : ""}
                      </span>
                    </span>
                  ))}
                </div>
                {canMerge && <MergePair a={pair.a} b={pair.b} />}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
