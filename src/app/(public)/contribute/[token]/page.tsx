import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { findInvite } from "@/features/newspaper/articles";
import { formatDay } from "@/features/newspaper/components/format";
import { SubmissionForm } from "@/features/newspaper/components/submission-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("newspaper.contribute");
  // "same-origin", not "no-referrer": the token never leaves the site, and a form posted without JavaScript
  // keeps its Origin header (with no-referrer the browser sends "Origin: null" and Next refuses the action).
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

// Public, no account: the personal link's token is the credential (only its hash is stored).
export default async function ContributePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, format, invite] = await Promise.all([getTranslations("newspaper.contribute"), getFormatter(), findInvite(token)]);
  if (!invite) {
    return (
      <section className="mx-auto max-w-2xl py-6">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <Notice tone="warning" className="mt-6">{t("invalid")}</Notice>
      </section>
    );
  }
  return (
    <section className="mx-auto max-w-2xl py-6">
      <p className="text-sm font-medium text-brand-700">{t("title")}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">
        {invite.publicationName} {invite.issueNumber}/{invite.issueYear}
      </h1>
      <p className="mt-3">{t("greeting", { name: invite.contributorName })}</p>
      <dl className="mt-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm" data-testid="invite-terms">
        <div>
          <dt className="text-slate-500">{t("deadline")}</dt>
          <dd className="text-base font-semibold">{formatDay(format, invite.deadline)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("allotted")}</dt>
          <dd className="text-base font-semibold">{t("chars", { count: invite.allottedChars })}</dd>
        </div>
        {invite.brief && (
          <div className="col-span-2">
            <dt className="text-slate-500">{t("brief")}</dt>
            <dd className="whitespace-pre-line">{invite.brief}</dd>
          </div>
        )}
      </dl>
      {invite.open ? (
        <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
          <SubmissionForm
            token={token}
            submissionKey={randomUUID()}
            defaultAuthor={invite.organisation ? `${invite.contributorName}, ${invite.organisation}` : invite.contributorName}
            labels={{
              title: t("fields.title"),
              perex: t("fields.perex"),
              body: t("fields.body"),
              bodyHint: t("fields.bodyHint", { count: invite.allottedChars }),
              authorName: t("fields.authorName"),
              images: t("fields.images"),
              imageFiles: t("fields.imageFiles"),
              imagesHint: t("fields.imagesHint"),
              imageCredit: t("fields.imageCredit"),
              imageCaption: t("fields.imageCaption"),
              consent: t("fields.consent"),
              submit: t("submit"),
              sending: t("sending"),
              thanks: t("thanks"),
              another: t("another"),
            }}
          />
        </div>
      ) : (
        <Notice tone="warning" className="mt-6">{t("closed")}</Notice>
      )}
    </section>
  );
}
