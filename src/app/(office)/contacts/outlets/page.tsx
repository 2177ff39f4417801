import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { listOutlets } from "@/features/media-contacts/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";
import { ContactsNav } from "../contacts-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts.outlets"))("title") };
}

export default async function OutletsPage() {
  const actor = await requirePageActor("contact.view");
  const t = await getTranslations("contacts");
  const outlets = await listOutlets(actor);
  return (
    <>
      <PageHeader
        title={t("outlets.title")}
        subtitle={t("outlets.count", { count: outlets.length })}
        actions={
          <>
            <ContactsNav actor={actor} current="outlets" />
            {can(actor, "contact.manage") && <LinkButton href="/contacts/outlets/new">{t("outlets.new")}</LinkButton>}
          </>
        }
      />
      <Card className="overflow-x-auto p-0">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2.5">{t("fields.name")}</th>
              <th scope="col" className="px-3 py-2.5">{t("fields.kind")}</th>
              <th scope="col" className="px-3 py-2.5">{t("fields.region")}</th>
              <th scope="col" className="px-3 py-2.5">{t("outlets.contacts")}</th>
              <th scope="col" className="px-3 py-2.5">{t("fields.website")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {outlets.map((outlet) => (
              <tr key={outlet.id}>
                <td className="px-3 py-2">
                  <Link href={`/contacts/outlets/${outlet.id}`} className="font-medium text-brand-700 hover:underline">
                    {outlet.name}
                  </Link>
                </td>
                <td className="px-3 py-2">{t(`kinds.${outlet.kind}`)}</td>
                <td className="px-3 py-2 text-slate-600">{outlet.region ?? "—"}</td>
                <td className="px-3 py-2 tabular-nums">
                  <Link href={`/contacts?outletId=${outlet.id}`} className="hover:underline">
                    {outlet.contactCount}
                  </Link>
                </td>
                <td className="px-3 py-2 text-slate-600">{outlet.website ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
