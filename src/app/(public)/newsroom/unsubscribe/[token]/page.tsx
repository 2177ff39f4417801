import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { UnsubscribeForm } from "@/features/distribution/components/unsubscribe-form";
import { getUnsubscribeLinkState } from "@/features/distribution/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("distribution");
  return { title: t("unsubscribe.title"), robots: { index: false, follow: false }, referrer: "same-origin" }; // same-origin: the token never leaves the site, and a no-JavaScript post keeps its Origin (see contribute/[token])
}

// Public, no session (inside the newsroom's frame). Opening the page changes nothing — mail scanners
// prefetch links — only the button does. Mail clients' one-click POST goes to /api/unsubscribe/<token>.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("distribution");
  const state = await getUnsubscribeLinkState(token);
  return (
    <section className="mx-auto max-w-xl py-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("unsubscribe.title")}</h1>
      <div className="mt-6 space-y-4">
        {state === "invalid" && <Notice tone="warning">{t("unsubscribe.invalid")}</Notice>}
        {state === "unsubscribed" && <Notice tone="success">{t("unsubscribe.already")}</Notice>}
        {state === "subscribed" && <UnsubscribeForm token={token} />}
      </div>
    </section>
  );
}
