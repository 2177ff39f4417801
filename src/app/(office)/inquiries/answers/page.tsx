import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { Card, PageHeader } from "@/components/ui/page-header";
import { ReuseAnswerButton } from "@/features/inquiries/components/reuse-answer-button";
import { getInquiry, searchAnswerBank } from "@/features/inquiries/queries";
import { answerBankFilterSchema } from "@/features/inquiries/schema";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inquiries"))("answerBank.title") };
}

// /inquiries/answers?q=…&for=<inquiry id>: earlier answers; "use this answer" copies one into that inquiry's draft.
export default async function AnswerBankPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("inquiry.view");
  const params = await searchParams;
  const filter = answerBankFilterSchema.parse(params);
  const t = await getTranslations("inquiries");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const [bank, target] = await Promise.all([searchAnswerBank(actor, params), filter.for ? orPageError(getInquiry(actor, filter.for)) : null]);
  const canReuse = target?.allowedActions.includes("draft") ?? false;
  return (
    <>
      <PageHeader
        title={t("answerBank.title")}
        subtitle={target ? t("answerBank.forInquiry", { number: target.number, subject: target.subject }) : t("answerBank.subtitle")}
        actions={
          <Link href={target ? `/inquiries/${target.id}` : "/inquiries"} className="text-sm text-brand-700 hover:underline">
            ← {target ? target.number : t("backToList")}
          </Link>
        }
      />
      <form method="get" role="search" className="mb-4 flex gap-2 rounded-lg border border-slate-200 bg-white p-3">
        {filter.for && <input type="hidden" name="for" value={filter.for} />}
        <TextInput name="q" type="search" defaultValue={filter.q ?? ""} placeholder={t("answerBank.search")} aria-label={t("answerBank.search")} />
        <button type="submit" className={buttonClass("primary")}>
          {common("filter")}
        </button>
      </form>
      {bank.rows.length === 0 && <p className="text-sm text-slate-600">{t("answerBank.empty")}</p>}
      <ul className="space-y-4">
        {bank.rows.map((row) => (
          <li key={row.id}>
            <Card>
              <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/inquiries/${row.id}`} className="font-medium text-brand-700 hover:underline">
                  <span className="mr-2 font-mono text-xs text-slate-500">{row.number}</span>
                  {row.subject}
                </Link>
                <span className="text-xs text-slate-500">
                  {[row.outlet?.name, row.answeredAt ? format.dateTime(row.answeredAt, { dateStyle: "medium" }) : null].filter(Boolean).join(" · ")}
                </span>
              </div>
              <p className="mb-2 whitespace-pre-wrap text-sm text-slate-600">{row.question}</p>
              <blockquote className="whitespace-pre-wrap rounded-md border-l-4 border-emerald-300 bg-slate-50 p-3 text-sm text-slate-900">{row.answerDraft}</blockquote>
              {target && canReuse && (
                <div className="mt-3">
                  <ReuseAnswerButton reference={{ id: target.id, version: target.version }} sourceId={row.id} />
                </div>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
