import { createTranslator } from "next-intl";
import { publicOrigin } from "@/features/newsroom/public-url";
import { calendarFeed } from "@/features/overview/feed";
import { loadMessages } from "@/i18n/catalog";

// The personal calendar feed /calendar/feed/<token>.ics: no session (calendar clients cannot sign in), the
// secret token is the key; an unknown or revoked token is a plain 404. Kept out of the login redirect (proxy.ts).
// Labels are in the token owner's language.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token: file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  const [origin, csMessages, enMessages] = await Promise.all([publicOrigin(), loadMessages("cs"), loadMessages("en")]);
  const translators = {
    cs: createTranslator({ locale: "cs", messages: csMessages, namespace: "calendar" }),
    en: createTranslator({ locale: "en", messages: enMessages, namespace: "calendar" }),
  };
  const pick = (locale: string) => (locale === "en" ? translators.en : translators.cs) as (key: string) => string;
  const feed = await calendarFeed(token, {
    origin,
    moduleLabel: (module, locale) => pick(locale)(`modules.${module}`),
    calendarName: (locale) => pick(locale)("feed.calendarName"),
  });
  if (!feed) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(feed.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="herald.ics"',
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
