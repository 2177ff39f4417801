import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilterForm } from "@/features/audit/components/audit-filter-form";
import { AuditTable } from "@/features/audit/components/audit-table";
import { listAuditEntries } from "@/features/audit/queries";
import { auditFilterSchema } from "@/features/audit/schema";
import { listUsers } from "@/features/users/queries";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("audit.view");
  const t = await getTranslations("audit");
  const params = await searchParams;
  const filter = auditFilterSchema.parse(params);
  const [page, users] = await Promise.all([
    listAuditEntries(actor, filter),
    can(actor, "user.view") ? listUsers(actor) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <AuditFilterForm values={params} actors={users.map((user) => ({ id: user.id, name: user.name }))} />
      <AuditTable entries={page.entries} nextBefore={page.nextBefore} params={params} />
    </>
  );
}
