import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { formatMoney } from "@/features/visits/components/money";
import { listGiftRegister } from "@/features/visits/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("visits"))("giftRegister.title") };
}

// The office-wide register of gifts received (a public body keeps one): from every visit, newest first.
export default async function GiftRegisterPage() {
  const actor = await requirePageActor("visit.view");
  const [t, format, locale, rows] = await Promise.all([getTranslations("visits"), getFormatter(), getLocale(), listGiftRegister(actor)]);
  return (
    <>
      <PageHeader
        title={t("giftRegister.title")}
        subtitle={t("giftRegister.subtitle", { count: rows.length })}
        actions={
          <LinkButton href="/visits" variant="ghost">
            {t("backToList")}
          </LinkButton>
        }
      />
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("giftRegister.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="gift-register">
              <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th className="py-2 pr-3 font-medium">{t("gifts.date")}</th>
                  <th className="py-2 pr-3 font-medium">{t("gifts.description")}</th>
                  <th className="py-2 pr-3 font-medium">{t("gifts.donor")}</th>
                  <th className="py-2 pr-3 text-right font-medium">{t("gifts.estimatedValue")}</th>
                  <th className="py-2 pr-3 font-medium">{t("gifts.decision")}</th>
                  <th className="py-2 font-medium">{t("giftRegister.visit")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((gift) => (
                  <tr key={gift.id} className="align-top">
                    <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{format.dateTime(new Date(`${gift.date}T12:00:00Z`), { dateStyle: "medium" })}</td>
                    <td className="py-2 pr-3">
                      {gift.description}
                      {gift.quantity > 1 && <span className="text-slate-500"> × {gift.quantity}</span>}
                    </td>
                    <td className="py-2 pr-3">{gift.counterparty ?? "—"}</td>
                    <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">{gift.estimatedValueMinor === null ? "—" : formatMoney(locale, gift.estimatedValueMinor, gift.currency)}</td>
                    <td className="py-2 pr-3">{gift.decision ? t(`giftDecision.${gift.decision}`) : <span className="font-medium text-amber-800">{t("gifts.undecided")}</span>}</td>
                    <td className="py-2">
                      <Link href={`/visits/${gift.visit.id}`} className="text-brand-700 hover:underline">
                        {gift.visit.title}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
