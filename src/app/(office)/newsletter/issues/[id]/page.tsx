import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import {
  changeIssueStatusAction,
  createArticleAction,
  createInviteAction,
  revokeInviteAction,
  updateIssueAction,
  uploadFinalPdfAction,
} from "@/features/newspaper/actions";
import { ARTICLE_TONE, formatDay, ISSUE_TONE } from "@/features/newspaper/components/format";
import { PagePlan } from "@/features/newspaper/components/page-plan";
import { SpecForm } from "@/features/newspaper/components/spec-form";
import { daysBetween, ISSUE_STATUSES, issueContentOpen, issueTransitionAllowed, lengthState } from "@/features/newspaper/policy";
import { getIssue, listContributors, listCouncilClubs } from "@/features/newspaper/queries";
import { requirePageActor, orPageError } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newspaper"))("issue.heading") };
}

export default async function IssuePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("newsletter.view");
  const { id } = await params;
  const t = await getTranslations("newspaper");
  const format = await getFormatter();
  const issue = await orPageError(getIssue(actor, id));
  const [contributors, clubs] = await Promise.all([listContributors(actor), listCouncilClubs(actor)]);
  const edit = can(actor, "newsletter.edit");
  const manage = can(actor, "newsletter.manageIssues");
  const open = issueContentOpen(issue.status);
  const at = ISSUE_STATUSES.indexOf(issue.status);
  const steps = ISSUE_STATUSES.filter((status) => issueTransitionAllowed(issue.status, status));
  const dayRow = (kind: "editorialDeadline" | "adDeadline" | "printDate" | "distributionDate") => {
    const day = issue[kind];
    const diff = daysBetween(issue.today, day);
    const late = issue.late.includes(kind);
    return (
      <div key={kind} className={`rounded-md border p-3 ${late ? "border-red-300 bg-red-50" : "border-slate-200"}`}>
        <dt className="text-xs uppercase text-slate-500">{t(`issue.${kind}`)}</dt>
        <dd className={`text-base font-semibold ${late ? "text-red-800" : "text-slate-900"}`}>{formatDay(format, day)}</dd>
        <dd className="text-xs text-slate-600">{late ? t("late.badge") : diff === 0 ? t("days.today") : diff > 0 ? t("days.in", { count: diff }) : t("days.ago", { count: -diff })}</dd>
      </div>
    );
  };
  const entries = [
    ...issue.articles
      .filter((article) => article.status === "APPROVED" || article.status === "PLACED")
      .map((article) => ({
        kind: "article" as const,
        id: article.id,
        title: article.title,
        detail: `${t("chars", { count: article.charCount })}${article.councilClub ? ` · ${article.councilClub.name}` : ""}`,
        page: article.page,
        shareBp: Math.ceil((article.charCount * 10_000) / issue.publication.pageCapacityChars),
        href: `/newsletter/articles/${article.id}`,
      })),
    ...issue.ads
      .filter((ad) => ad.status !== "CANCELLED")
      .map((ad) => ({ kind: "ad" as const, id: ad.id, title: ad.advertiser.company, detail: `${ad.sizeCode}${ad.placement ? ` · ${ad.placement}` : ""}`, page: ad.page, shareBp: ad.pageShareBp })),
  ];
  const notReady = issue.articles.filter((article) => ["SUBMITTED", "EDITING", "PROOFREADING"].includes(article.status)).length;
  return (
    <>
      <PageHeader
        title={
          <>
            {issue.publication.name} {issue.number}/{issue.year} <Badge tone={ISSUE_TONE[issue.status]}>{t(`issueStatus.${issue.status}`)}</Badge>
          </>
        }
        subtitle={issue.title || undefined}
        actions={
          <nav className="flex flex-wrap gap-3 text-sm">
            <Link href={`/newsletter/issues/${issue.id}/edition`} className="text-brand-700 hover:underline">{t("nav.emailEdition")}</Link>
            {can(actor, "newspaperInvoice.view") && <Link href="/newsletter/invoices" className="text-brand-700 hover:underline">{t("nav.invoices")}</Link>}
            <Link href="/newsletter" className="text-brand-700 hover:underline">← {t("backToIssues")}</Link>
          </nav>
        }
      />
      <div className="mb-6 grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="mb-3 text-base font-semibold">{t("issue.deadlines")}</h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">{(["editorialDeadline", "adDeadline", "printDate", "distributionDate"] as const).map(dayRow)}</dl>
          <ol className="mt-4 flex flex-wrap gap-1 text-xs" aria-label={t("issue.status")}>
            {ISSUE_STATUSES.map((status, index) => (
              <li key={status} className={`rounded px-2 py-1 ${index === at ? "bg-brand-600 text-white" : index < at ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-slate-500"}`}>
                {t(`issueStatus.${status}`)}
              </li>
            ))}
          </ol>
          {manage && steps.length > 0 && (
            <div className="mt-4 flex flex-wrap gap-3">
              {steps.map((status) => (
                <SpecForm
                  key={status}
                  action={changeIssueStatusAction}
                  hidden={{ id: issue.id, version: String(issue.version), status }}
                  fields={[]}
                  submitLabel={ISSUE_STATUSES.indexOf(status) > at ? t("issue.moveTo", { status: t(`issueStatus.${status}`) }) : t("issue.backTo", { status: t(`issueStatus.${status}`) })}
                  variant={ISSUE_STATUSES.indexOf(status) > at ? "primary" : "secondary"}
                  testId={`issue-status-${status}`}
                />
              ))}
            </div>
          )}
        </Card>
        <Card>
          <h2 className="mb-3 text-base font-semibold">{t("issue.summary")}</h2>
          <ul className="space-y-1 text-sm text-slate-700">
            <li>{t("issue.pageCount")}: <strong>{issue.pageCount}</strong></li>
            <li>{t("issue.articles")}: <strong>{issue.articles.length}</strong> · {t("issue.notReady", { count: notReady })}</li>
            <li>{t("issue.unplacedCount", { count: entries.filter((entry) => entry.page === null).length })}</li>
            <li>{t("issue.ads")}: <strong>{issue.ads.filter((ad) => ad.status !== "CANCELLED").length}</strong></li>
            <li>
              {t("issue.finalPdf")}:{" "}
              {issue.finalPdfKey ? (
                <a href={`/newsletter/issues/${issue.id}/final.pdf`} className="text-brand-700 hover:underline">{issue.finalPdfName}</a>
              ) : (
                <span className="text-slate-500">{t("issue.noFinalPdf")}</span>
              )}
            </li>
          </ul>
          {manage && issue.status !== "DISTRIBUTED" && (
            <details className="mt-4">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("issue.edit")}</summary>
              <div className="mt-3">
                <SpecForm
                  action={updateIssueAction}
                  hidden={{ id: issue.id, version: String(issue.version) }}
                  submitLabel={t("save")}
                  success={t("saved")}
                  columns={2}
                  testId="edit-issue"
                  fields={[
                    { name: "number", label: t("issue.numberOnly"), type: "number", defaultValue: String(issue.number) },
                    { name: "year", label: t("issue.year"), type: "number", defaultValue: String(issue.year) },
                    { name: "title", label: t("issue.title"), defaultValue: issue.title, wide: true },
                    { name: "editorialDeadline", label: t("issue.editorialDeadline"), type: "date", defaultValue: issue.editorialDeadline },
                    { name: "adDeadline", label: t("issue.adDeadline"), type: "date", defaultValue: issue.adDeadline },
                    { name: "printDate", label: t("issue.printDate"), type: "date", defaultValue: issue.printDate },
                    { name: "distributionDate", label: t("issue.distributionDate"), type: "date", defaultValue: issue.distributionDate },
                    { name: "pageCount", label: t("issue.pageCount"), type: "number", defaultValue: String(issue.pageCount) },
                  ]}
                />
              </div>
            </details>
          )}
        </Card>
      </div>

      <Card className="mb-6">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-base font-semibold">{t("articles.heading")}</h2>
        </div>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="issue-articles">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2 pr-3">{t("articles.title")}</th>
                <th className="py-2 pr-3">{t("articles.author")}</th>
                <th className="py-2 pr-3">{t("articles.status")}</th>
                <th className="py-2 pr-3">{t("articles.length")}</th>
                <th className="py-2 pr-3">{t("articles.page")}</th>
              </tr>
            </thead>
            <tbody>
              {issue.articles.map((article) => {
                const state = lengthState(article.charCount, article.allottedChars);
                return (
                  <tr key={article.id} className="border-b border-slate-100 last:border-0">
                    <td className="py-2 pr-3">
                      <Link href={`/newsletter/articles/${article.id}`} className="font-medium text-brand-700 hover:underline">{article.title}</Link>
                      {article.councilClub && <span className="ml-2"><Badge tone="blue">{article.councilClub.name}</Badge></span>}
                      {article._count.images > 0 && <span className="ml-2 text-xs text-slate-500">{t("articles.images", { count: article._count.images })}</span>}
                    </td>
                    <td className="py-2 pr-3 text-slate-700">
                      {article.authorName}
                      {article.contributor?.organisation && <span className="block text-xs text-slate-500">{article.contributor.organisation}</span>}
                    </td>
                    <td className="py-2 pr-3"><Badge tone={ARTICLE_TONE[article.status]}>{t(`articleStatus.${article.status}`)}</Badge></td>
                    <td className={`py-2 pr-3 ${state === "over" ? "font-semibold text-red-700" : ""}`}>
                      {article.charCount.toLocaleString("cs-CZ")}
                      {article.allottedChars ? ` / ${article.allottedChars.toLocaleString("cs-CZ")}` : ""}
                    </td>
                    <td className="py-2 pr-3">{article.page ?? "—"}</td>
                  </tr>
                );
              })}
              {issue.articles.length === 0 && (
                <tr><td colSpan={5} className="py-3 text-slate-500">{t("articles.none")}</td></tr>
              )}
            </tbody>
          </table>
        </div>
        {edit && open && (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("articles.new")}</summary>
            <div className="mt-3 max-w-3xl">
              <SpecForm
                action={createArticleAction}
                testId="new-article"
                hidden={{ issueId: issue.id, idempotencyKey: crypto.randomUUID() }}
                submitLabel={t("articles.create")}
                fields={[
                  { name: "title", label: t("articles.title"), required: true, wide: true },
                  { name: "perex", label: t("articles.perex"), type: "textarea", rows: 2 },
                  { name: "body", label: t("articles.body"), type: "textarea", rows: 8 },
                  { name: "authorName", label: t("articles.author"), defaultValue: actor.name },
                  { name: "allottedChars", label: t("articles.allotted"), type: "number" },
                  { name: "councilClubId", label: t("articles.councilClub"), type: "select", options: [{ value: "", label: t("articles.noClub") }, ...clubs.map((club) => ({ value: club.id, label: club.name }))] },
                ]}
              />
            </div>
          </details>
        )}
      </Card>

      <Card className="mb-6">
        <h2 className="mb-1 text-base font-semibold">{t("plan.heading")}</h2>
        <p className="mb-3 text-sm text-slate-600">{t("plan.intro", { capacity: issue.publication.pageCapacityChars })}</p>
        <PagePlan
          pageCount={issue.pageCount}
          fills={issue.fills}
          entries={entries}
          editable={edit && open}
          labels={{
            page: t("plan.page"),
            pageShort: t("plan.pageShort"),
            unplaced: t("plan.unplaced"),
            nothingUnplaced: t("plan.nothingUnplaced"),
            place: t("plan.place"),
            remove: t("plan.remove"),
            pick: t("plan.pick"),
            overfilled: t("plan.overfilled"),
            fill: t("plan.fill"),
            emptyPage: t("plan.emptyPage"),
            dragHint: t("plan.dragHint"),
            ad: t("plan.ad"),
          }}
        />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-1 text-base font-semibold">{t("invites.heading")}</h2>
          <p className="mb-3 text-sm text-slate-600">{t("invites.intro")}</p>
          <ul className="mb-4 divide-y divide-slate-100 text-sm" data-testid="invites">
            {issue.invites.map((invite) => (
              <li key={invite.id} className="grid grid-cols-[1fr_auto] items-center gap-3 py-2">
                <span>
                  <strong>{invite.contributor.name}</strong>
                  {invite.contributor.organisation && ` (${invite.contributor.organisation})`} · {t("chars", { count: invite.allottedChars })} · {t("invites.until", { day: formatDay(format, invite.deadline) })} ·{" "}
                  {t("invites.submissions", { count: invite.submissions })}
                  {invite.revokedAt && <span className="ml-1"><Badge tone="red">{t("invites.revoked")}</Badge></span>}
                </span>
                {edit && !invite.revokedAt && (
                  <SpecForm action={revokeInviteAction} hidden={{ id: invite.id }} fields={[]} submitLabel={t("invites.revoke")} variant="secondary" />
                )}
              </li>
            ))}
            {issue.invites.length === 0 && <li className="py-2 text-slate-500">{t("invites.none")}</li>}
          </ul>
          {edit && open && (
            <SpecForm
              action={createInviteAction}
              testId="new-invite"
              hidden={{ issueId: issue.id, idempotencyKey: crypto.randomUUID() }}
              submitLabel={t("invites.create")}
              messages={{ link: t("invites.linkOnce") }}
              fields={[
                { name: "contributorId", label: t("invites.contributor"), type: "select", required: true, wide: true, options: contributors.filter((c) => c.isActive).map((c) => ({ value: c.id, label: `${c.name}${c.organisation ? ` (${c.organisation})` : ""}` })) },
                { name: "allottedChars", label: t("invites.allotted"), type: "number", defaultValue: "2500", required: true },
                { name: "deadline", label: t("invites.deadline"), type: "date", defaultValue: issue.editorialDeadline },
                { name: "brief", label: t("invites.brief"), type: "textarea", rows: 2 },
              ]}
            />
          )}
        </Card>
        <Card>
          <h2 className="mb-1 text-base font-semibold">{t("print.heading")}</h2>
          <p className="mb-3 text-sm text-slate-600">{t("print.intro")}</p>
          {edit && (
            <p className="mb-4">
              <a href={`/newsletter/issues/${issue.id}/export.zip`} className="inline-flex items-center rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700" data-testid="export-zip">
                {t("print.export")}
              </a>
            </p>
          )}
          {manage && at >= ISSUE_STATUSES.indexOf("PROOFREADING") && issue.status !== "DISTRIBUTED" && (
            <SpecForm
              action={uploadFinalPdfAction}
              testId="final-pdf"
              hidden={{ id: issue.id, version: String(issue.version) }}
              submitLabel={t("print.upload")}
              success={t("print.uploaded")}
              columns={1}
              fields={[{ name: "file", label: t("print.file"), type: "file", accept: "application/pdf", hint: t("print.fileHint") }]}
            />
          )}
          {manage && at < ISSUE_STATUSES.indexOf("PROOFREADING") && <p className="text-sm text-slate-500">{t("print.uploadLater")}</p>}
        </Card>
      </div>
    </>
  );
}
