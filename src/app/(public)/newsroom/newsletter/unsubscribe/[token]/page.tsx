import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { UnsubscribeForm } from "@/features/newsletter/components/token-forms";
import { getUnsubscribeLinkState } from "@/features/newsletter/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("newsletterMail.unsubscribe");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// The unsubscribe link of every edition. Opening it changes nothing; one click on the button does. Mail
// clients' one-click POST (RFC 8058) goes to /api/newsletter/unsubscribe/<token>.
export default async function NewsletterUnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("newsletterMail.unsubscribe");
  const state = await getUnsubscribeLinkState(token);
  return (
    <section className="mx-auto max-w-xl py-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <div className="mt-6 space-y-4">
        {state === "invalid" && <Notice tone="warning">{t("invalid")}</Notice>}
        {state === "unsubscribed" && <Notice tone="success">{t("already")}</Notice>}
        {state === "subscribed" && <UnsubscribeForm token={token} />}
      </div>
    </section>
  );
}
