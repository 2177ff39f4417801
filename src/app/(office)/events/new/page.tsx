import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { createEventAction } from "@/features/events/actions";
import { ActionForm } from "@/features/events/components/action-form";
import { eventFieldSpecs } from "@/features/events/components/event-fields";
import { listTemplates } from "@/features/events/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("newTitle") };
}

export default async function NewEventPage({ searchParams }: { searchParams: Promise<{ template?: string }> }) {
  await requirePageActor("event.manage");
  const [t, params] = await Promise.all([getTranslations("events"), searchParams]);
  const templates = listTemplates();
  const chosen = templates.find((template) => template.slug === params.template);
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <Card>
        <ActionForm
          action={createEventAction}
          hidden={{ idempotencyKey: crypto.randomUUID() }}
          testId="event-form"
          variant="primary"
          submit={t("actions.create")}
          fields={[
            {
              kind: "select",
              name: "templateKey",
              label: t("fields.template"),
              defaultValue: chosen?.slug ?? "",
              options: [{ value: "", label: t("fields.noTemplate") }, ...templates.map((template) => ({ value: template.slug, label: t("templates.option", { name: t(`templates.${template.slug}`), count: template.count }) }))],
            },
            ...eventFieldSpecs(t, { type: chosen?.type ?? "CULTURAL" }),
          ]}
        />
      </Card>
    </>
  );
}
