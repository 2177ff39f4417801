import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { addArticleImageAction, addCommentAction, assignEditorAction, changeArticleStatusAction } from "@/features/newspaper/actions";
import { ArticleEditor } from "@/features/newspaper/components/article-editor";
import { ARTICLE_TONE } from "@/features/newspaper/components/format";
import { SpecForm } from "@/features/newspaper/components/spec-form";
import { diffLines } from "@/features/newspaper/diff";
import { articleNextSteps, articleTextEditable, issueContentOpen, lengthState } from "@/features/newspaper/policy";
import { getArticle, listCouncilClubs, listEditors } from "@/features/newspaper/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newspaper"))("articles.heading") };
}

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("newsletter.view");
  const { id } = await params;
  const query = await searchParams;
  const t = await getTranslations("newspaper");
  const format = await getFormatter();
  const article = await orPageError(getArticle(actor, id));
  const [clubs, editors] = await Promise.all([listCouncilClubs(actor), listEditors(actor)]);
  const open = issueContentOpen(article.issue.status);
  const edit = can(actor, "newsletter.edit") && open;
  const approve = can(actor, "newsletter.approve") && open;
  const steps = articleNextSteps(article.status).filter((status) => status !== "PLACED" && status !== "REJECTED" && (status === "APPROVED" ? approve : edit));
  const length = lengthState(article.charCount, article.allottedChars);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const revisionA = article.revisions.find((revision) => String(revision.number) === query.a) ?? article.revisions[1];
  const revisionB = article.revisions.find((revision) => String(revision.number) === query.b) ?? article.revisions[0];
  const rows = revisionA && revisionB && revisionA !== revisionB ? diffLines(`${revisionA.title}\n\n${revisionA.perex}\n\n${revisionA.body}`, `${revisionB.title}\n\n${revisionB.perex}\n\n${revisionB.body}`) : [];
  const stepLabel = (status: string) => t(`articles.to.${status}`);
  return (
    <>
      <PageHeader
        title={article.title}
        subtitle={
          <>
            <Link href={`/newsletter/issues/${article.issue.id}`} className="text-brand-700 hover:underline">
              {article.issue.publication.name} {article.issue.number}/{article.issue.year}
            </Link>{" "}
            · <Badge tone={ARTICLE_TONE[article.status]}>{t(`articleStatus.${article.status}`)}</Badge>
            {article.page && <> · {t("articles.onPage", { page: article.page })}</>} · {t("articles.source." + article.source)}
            {article.contributor && <> · {article.contributor.name}{article.contributor.organisation ? ` (${article.contributor.organisation})` : ""}</>}
          </>
        }
        actions={<Link href={`/newsletter/issues/${article.issue.id}`} className="text-sm text-brand-700 hover:underline">← {t("backToIssue")}</Link>}
      />
      {article.status === "REJECTED" && (
        <Notice tone="error" className="mb-4">
          {t("articles.rejectedBecause", { reason: article.rejectionReason ?? "" })}
          {article.rejectionMailStatus && <> · {t(`articles.mail.${article.rejectionMailStatus}`)}</>}
        </Notice>
      )}
      {!open && <Notice tone="info" className="mb-4">{t("articles.issueClosed")}</Notice>}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("articles.text")}</h2>
            {edit && articleTextEditable(article.status) ? (
              <ArticleEditor
                article={{ id: article.id, version: article.version, title: article.title, perex: article.perex, body: article.body, authorName: article.authorName, allottedChars: article.allottedChars, councilClubId: article.councilClubId }}
                clubs={clubs}
                labels={{
                  title: t("articles.title"),
                  perex: t("articles.perex"),
                  body: t("articles.body"),
                  bodyHint: t("articles.bodyHint"),
                  authorName: t("articles.author"),
                  allottedChars: t("articles.allotted"),
                  councilClub: t("articles.councilClub"),
                  noClub: t("articles.noClub"),
                  note: t("articles.revisionNote"),
                  save: t("save"),
                  saving: t("saving"),
                  saved: t("saved"),
                  length: t("articles.lengthLive"),
                  over: t("articles.overBy"),
                }}
              />
            ) : (
              <article className="space-y-3" data-testid="article-text">
                {article.perex && <p className="font-semibold text-slate-800">{article.perex}</p>}
                {article.body.split(/\n{2,}/).map((paragraph, index) => (
                  <p key={index} className="whitespace-pre-line font-serif text-slate-800">{paragraph}</p>
                ))}
                <p className="text-sm italic text-slate-600">{article.authorName}</p>
                <p className={`text-sm ${length === "over" ? "font-semibold text-red-700" : "text-slate-600"}`}>
                  {t("articles.lengthStatic", { chars: article.charCount, allotted: article.allottedChars ?? 0 })}
                </p>
                {article.status === "APPROVED" || article.status === "PLACED" ? <p className="text-xs text-slate-500">{t("articles.lockedHint")}</p> : null}
              </article>
            )}
          </Card>

          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("proof.heading")}</h2>
            {article.proofRounds.length === 0 && article.comments.length === 0 && <p className="text-sm text-slate-500">{t("proof.none")}</p>}
            {article.proofRounds.map((round) => (
              <section key={round.id} className="mb-3 rounded-md border border-slate-200 p-3" data-testid={`proof-round-${round.number}`}>
                <h3 className="text-sm font-semibold">
                  {t("proof.round", { number: round.number })} · {when(round.openedAt)} · {article.userNames[round.openedById] ?? "—"}
                  {round.closedAt ? <span className="ml-2 text-slate-500">{t(`proof.outcome.${round.outcome ?? "RETURNED"}`)} ({when(round.closedAt)})</span> : <span className="ml-2"><Badge tone="amber">{t("proof.open")}</Badge></span>}
                </h3>
                <ul className="mt-2 space-y-2 text-sm">
                  {article.comments.filter((comment) => comment.roundId === round.id).map((comment) => (
                    <li key={comment.id} className="rounded bg-slate-50 p-2">
                      <span className="text-xs text-slate-500">{article.userNames[comment.authorId] ?? "—"} · {when(comment.createdAt)}</span>
                      <p className="whitespace-pre-line">{comment.body}</p>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            {article.comments.some((comment) => !comment.roundId) && (
              <ul className="mb-3 space-y-2 text-sm">
                {article.comments.filter((comment) => !comment.roundId).map((comment) => (
                  <li key={comment.id} className="rounded bg-slate-50 p-2">
                    <span className="text-xs text-slate-500">{article.userNames[comment.authorId] ?? "—"} · {when(comment.createdAt)}</span>
                    <p className="whitespace-pre-line">{comment.body}</p>
                  </li>
                ))}
              </ul>
            )}
            {(can(actor, "newsletter.edit") || can(actor, "newsletter.approve")) && (
              <SpecForm
                action={addCommentAction}
                testId="comment"
                hidden={{ articleId: article.id, idempotencyKey: crypto.randomUUID() }}
                submitLabel={t("proof.addComment")}
                columns={1}
                fields={[{ name: "body", label: article.status === "PROOFREADING" ? t("proof.commentInRound") : t("proof.comment"), type: "textarea", rows: 3, required: true }]}
              />
            )}
          </Card>

          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("revisions.heading", { count: article.revisions.length })}</h2>
            <form className="mb-3 flex flex-wrap items-end gap-2 text-sm" method="get">
              <label>
                {t("revisions.compare")}{" "}
                <select name="a" defaultValue={revisionA ? String(revisionA.number) : ""} className="rounded border border-slate-300 px-1 py-0.5">
                  {article.revisions.map((revision) => <option key={revision.id} value={revision.number}>#{revision.number}</option>)}
                </select>
              </label>
              <label>
                {t("revisions.with")}{" "}
                <select name="b" defaultValue={revisionB ? String(revisionB.number) : ""} className="rounded border border-slate-300 px-1 py-0.5">
                  {article.revisions.map((revision) => <option key={revision.id} value={revision.number}>#{revision.number}</option>)}
                </select>
              </label>
              <button type="submit" className="rounded border border-slate-300 bg-white px-2 py-0.5 font-medium text-brand-700">{t("revisions.show")}</button>
            </form>
            <ul className="mb-3 space-y-1 text-sm text-slate-700">
              {article.revisions.map((revision) => (
                <li key={revision.id}>
                  #{revision.number} · {when(revision.createdAt)} · {revision.createdById ? (article.userNames[revision.createdById] ?? "—") : t("revisions.contributor")} · {t("chars", { count: revision.charCount })}
                  {revision.note && revision.note !== "submitted" ? ` · ${revision.note}` : ""}
                </li>
              ))}
            </ul>
            {rows.length > 0 && revisionA && revisionB && (
              <div className="overflow-x-auto" data-testid="revision-diff">
                <table className="w-full table-fixed text-left text-xs">
                  <thead>
                    <tr><th className="w-1/2 p-1">#{revisionA.number}</th><th className="w-1/2 p-1">#{revisionB.number}</th></tr>
                  </thead>
                  <tbody className="font-mono">
                    {rows.map((row, index) => (
                      <tr key={index}>
                        <td className={`whitespace-pre-wrap p-1 align-top ${row.kind === "removed" || row.kind === "changed" ? "bg-red-50 text-red-900" : ""}`}>{row.left ?? ""}</td>
                        <td className={`whitespace-pre-wrap p-1 align-top ${row.kind === "added" || row.kind === "changed" ? "bg-emerald-50 text-emerald-900" : ""}`}>{row.right ?? ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        </div>

        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("articles.workflow")}</h2>
            <div className="flex flex-wrap gap-2">
              {steps.map((status) => (
                <SpecForm key={status} action={changeArticleStatusAction} hidden={{ id: article.id, version: String(article.version), status, reason: "" }} fields={[]} submitLabel={stepLabel(status)} testId={`article-to-${status}`} variant={status === "EDITING" && article.status !== "SUBMITTED" && article.status !== "REJECTED" ? "secondary" : "primary"} />
              ))}
            </div>
            {(article.status === "APPROVED" || article.status === "PLACED") && <p className="mt-2 text-xs text-slate-500">{t("articles.placeHint")}</p>}
            {approve && articleNextSteps(article.status).includes("REJECTED") && (
              <details className="mt-4">
                <summary className="cursor-pointer text-sm font-medium text-red-700">{t("articles.reject")}</summary>
                <div className="mt-2">
                  <SpecForm
                    action={changeArticleStatusAction}
                    testId="reject"
                    hidden={{ id: article.id, version: String(article.version), status: "REJECTED" }}
                    columns={1}
                    variant="danger"
                    submitLabel={t("articles.rejectConfirm")}
                    fields={[{ name: "reason", label: article.contributor ? t("articles.reasonToContributor") : t("articles.reason"), type: "textarea", rows: 3, required: true }]}
                  />
                </div>
              </details>
            )}
          </Card>
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("articles.editor")}</h2>
            <p className="mb-2 text-sm">{article.editorId ? (article.userNames[article.editorId] ?? "—") : t("articles.noEditor")}</p>
            {edit && (
              <SpecForm
                action={assignEditorAction}
                hidden={{ id: article.id, version: String(article.version) }}
                columns={1}
                submitLabel={t("articles.assign")}
                fields={[{ name: "editorId", label: t("articles.editor"), type: "select", defaultValue: article.editorId ?? "", options: [{ value: "", label: t("articles.noEditor") }, ...editors.map((user) => ({ value: user.id, label: user.name }))] }]}
              />
            )}
          </Card>
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("images.heading", { count: article.images.length })}</h2>
            <ul className="mb-3 space-y-3">
              {article.images.map((image) => (
                <li key={image.id} className="text-sm">
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img src={`/newsletter/images/${image.id}`} alt={image.caption || image.fileName} className="mb-1 max-h-40 rounded border border-slate-200" />
                  <span className="block text-slate-700">{image.caption}</span>
                  <span className="block text-xs text-slate-500">{t("images.credit")}: {image.credit} · {image.publicationConsent ? t("images.consentYes") : t("images.consentNo")}</span>
                </li>
              ))}
              {article.images.length === 0 && <li className="text-sm text-slate-500">{t("images.none")}</li>}
            </ul>
            {edit && (
              <SpecForm
                action={addArticleImageAction}
                hidden={{ articleId: article.id }}
                columns={1}
                submitLabel={t("images.upload")}
                success={t("saved")}
                fields={[
                  { name: "file", label: t("images.file"), type: "file", accept: "image/jpeg,image/png,image/webp" },
                  { name: "caption", label: t("images.caption") },
                  { name: "credit", label: t("images.credit"), required: true },
                  { name: "publicationConsent", label: t("images.consent"), type: "checkbox", required: true },
                ]}
              />
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
