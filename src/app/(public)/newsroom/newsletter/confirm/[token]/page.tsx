import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { ConfirmForm } from "@/features/newsletter/components/token-forms";
import { getConfirmLinkState } from "@/features/newsletter/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("newsletterMail.confirm");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// The link of the confirmation e-mail. Opening it changes nothing (mail scanners prefetch links); the
// button confirms the subscription.
export default async function ConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("newsletterMail.confirm");
  const state = await getConfirmLinkState(token);
  return (
    <section className="mx-auto max-w-xl py-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <div className="mt-6 space-y-4">
        {state === "invalid" && <Notice tone="warning">{t("invalid")}</Notice>}
        {state === "expired" && (
          <Notice tone="warning">
            {t("expired")}{" "}
            <Link href="/newsroom/newsletter/subscribe" className="underline">
              {t("subscribeAgain")}
            </Link>
          </Notice>
        )}
        {state === "confirmed" && <Notice tone="success">{t("already")}</Notice>}
        {state === "pending" && <ConfirmForm token={token} />}
      </div>
    </section>
  );
}
