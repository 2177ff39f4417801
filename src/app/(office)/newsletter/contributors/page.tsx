import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { createContributorAction, updateContributorAction } from "@/features/newspaper/actions";
import { SpecForm } from "@/features/newspaper/components/spec-form";
import { listContributors, listCouncilClubs } from "@/features/newspaper/queries";
import { CONTRIBUTOR_KINDS } from "@/features/newspaper/schema";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newspaper"))("contributors.title") };
}

export default async function ContributorsPage() {
  const actor = await requirePageActor("newsletter.view");
  const t = await getTranslations("newspaper");
  const [contributors, clubs] = await Promise.all([listContributors(actor), listCouncilClubs(actor)]);
  return (
    <>
      <PageHeader title={t("contributors.title")} subtitle={t("contributors.subtitle")} actions={<Link href="/newsletter" className="text-sm text-brand-700 hover:underline">← {t("backToIssues")}</Link>} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <table className="w-full text-left text-sm" data-testid="contributors">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2 pr-3">{t("contributors.name")}</th>
                <th className="py-2 pr-3">{t("contributors.kind")}</th>
                <th className="py-2 pr-3">{t("contributors.organisation")}</th>
                <th className="py-2 pr-3">{t("contributors.email")}</th>
                <th className="py-2 pr-3 text-right">{t("issue.articles")}</th>
              </tr>
            </thead>
            <tbody>
              {contributors.map((contributor) => (
                <tr key={contributor.id} className="border-b border-slate-100 last:border-0">
                  <td className="py-2 pr-3 align-top font-medium">
                    {contributor.name}
                    {!contributor.isActive && <span className="ml-1"><Badge>{t("inactive")}</Badge></span>}
                    {can(actor, "newsletter.edit") && (
                      <details className="font-normal">
                        <summary className="cursor-pointer text-xs text-brand-700">{t("contributors.edit")}</summary>
                        <div className="mt-2 w-72">
                          <SpecForm
                            action={updateContributorAction}
                            hidden={{ id: contributor.id, version: String(contributor.version) }}
                            submitLabel={t("save")}
                            success={t("saved")}
                            columns={1}
                            fields={[
                              { name: "name", label: t("contributors.name"), defaultValue: contributor.name },
                              { name: "email", label: t("contributors.email"), type: "email", defaultValue: contributor.email },
                              { name: "phone", label: t("contributors.phone"), defaultValue: contributor.phone },
                              { name: "kind", label: t("contributors.kind"), type: "select", options: CONTRIBUTOR_KINDS.map((kind) => ({ value: kind, label: t(`contributorKind.${kind}`) })), defaultValue: contributor.kind },
                              { name: "organisation", label: t("contributors.organisation"), defaultValue: contributor.organisation },
                              { name: "councilClubId", label: t("contributors.councilClub"), type: "select", defaultValue: contributor.councilClubId ?? "", options: [{ value: "", label: "—" }, ...clubs.map((club) => ({ value: club.id, label: club.name }))] },
                              { name: "isActive", label: t("council.active"), type: "checkbox", defaultValue: contributor.isActive },
                              { name: "note", label: t("contributors.note"), type: "textarea", rows: 2, defaultValue: contributor.note },
                            ]}
                          />
                        </div>
                      </details>
                    )}
                  </td>
                  <td className="py-2 pr-3">{t(`contributorKind.${contributor.kind}`)}{contributor.councilClub ? ` · ${contributor.councilClub.name}` : ""}</td>
                  <td className="py-2 pr-3">{contributor.organisation}</td>
                  <td className="py-2 pr-3">{contributor.email}</td>
                  <td className="py-2 pr-3 text-right">{contributor._count.articles}</td>
                </tr>
              ))}
              {contributors.length === 0 && <tr><td colSpan={5} className="py-3 text-slate-500">{t("contributors.none")}</td></tr>}
            </tbody>
          </table>
        </Card>
        {can(actor, "newsletter.edit") && (
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("contributors.new")}</h2>
            <SpecForm
              action={createContributorAction}
              testId="new-contributor"
              hidden={{ idempotencyKey: crypto.randomUUID() }}
              submitLabel={t("contributors.create")}
              success={t("saved")}
              columns={1}
              fields={[
                { name: "name", label: t("contributors.name"), required: true },
                { name: "email", label: t("contributors.email"), type: "email", required: true },
                { name: "phone", label: t("contributors.phone") },
                { name: "kind", label: t("contributors.kind"), type: "select", options: CONTRIBUTOR_KINDS.map((kind) => ({ value: kind, label: t(`contributorKind.${kind}`) })), defaultValue: "CLUB" },
                { name: "organisation", label: t("contributors.organisation") },
                { name: "councilClubId", label: t("contributors.councilClub"), type: "select", hint: t("contributors.councilClubHint"), options: [{ value: "", label: "—" }, ...clubs.map((club) => ({ value: club.id, label: club.name }))] },
                { name: "note", label: t("contributors.note"), type: "textarea", rows: 2 },
              ]}
            />
          </Card>
        )}
      </div>
    </>
  );
}
