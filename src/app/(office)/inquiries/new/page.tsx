import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { InquiryForm } from "@/features/inquiries/components/inquiry-form";
import { inquiryFormOptions } from "@/features/inquiries/queries";
import { toCityDateTimeInput } from "@/features/press-releases/city-time";
import { requirePageActor } from "@/server/auth/page-guard";
import { config } from "@/server/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inquiries"))("newTitle") };
}

export default async function NewInquiryPage() {
  const actor = await requirePageActor("inquiry.manage");
  const t = await getTranslations("inquiries");
  const locale = await getLocale();
  const options = await inquiryFormOptions(actor);
  return (
    <>
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <Card className="max-w-4xl">
        <InquiryForm
          idempotencyKey={crypto.randomUUID()}
          actorId={actor.id}
          receivedAt={toCityDateTimeInput(new Date(), config().CITY_TIME_ZONE)}
          options={{ ...options, topics: options.topics.map((topic) => ({ id: topic.id, name: locale === "en" ? topic.nameEn : topic.nameCs })) }}
        />
      </Card>
    </>
  );
}
