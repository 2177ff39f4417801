import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { Card, PageHeader } from "@/components/ui/page-header";
import { listOutboxMessages } from "@/features/distribution/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { mailSettings } from "@/server/mail/send-mail";

// Without SMTP_URL the app writes its e-mails here instead of sending them (development, demos).
export default async function OutboxPage() {
  const actor = await requirePageActor("mailOutbox.view");
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  const messages = await listOutboxMessages(actor, { limit: 50 });
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {mailSettings().SMTP_URL && <Notice className="mb-4">{t("smtpConfigured")}</Notice>}
      {messages.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="space-y-3">
          {messages.map((message) => (
            <Card key={message.id}>
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium text-slate-900">{message.subject}</span>
                  <span className="block text-xs text-slate-500">
                    {message.to} · {format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </span>
                </summary>
                <pre className="mt-3 whitespace-pre-wrap font-sans text-sm text-slate-700">{message.text}</pre>
              </details>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
