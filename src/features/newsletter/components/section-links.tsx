import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/authz/permissions";
import { can } from "@/server/authz/permissions";

/** The city paper's business pages, one line above their content: back to the paper, invoices, subscribers. */
export async function NewspaperSectionLinks({ actor, current }: { actor: Actor; current: "invoices" | "subscribers" | "editions" | "edition" }) {
  const t = await getTranslations("newsletterMail.sections");
  const links = [
    { key: "paper", href: "/newsletter", show: can(actor, "newsletter.view") },
    { key: "invoices", href: "/newsletter/invoices", show: can(actor, "newspaperInvoice.view") },
    { key: "editions", href: "/newsletter/editions", show: can(actor, "newsletter.view") },
    { key: "subscribers", href: "/newsletter/subscribers", show: can(actor, "newsletterSubscriber.view") },
  ] as const;
  return (
    <nav aria-label={t("label")} className="no-print mb-4 flex flex-wrap gap-4 text-sm">
      {links
        .filter((link) => link.show)
        .map((link) => (
          <Link key={link.key} href={link.href} aria-current={link.key === current ? "page" : undefined} className={link.key === current || (current === "edition" && link.key === "editions") ? "font-semibold text-slate-900" : "text-brand-700 hover:underline"}>
            {t(link.key)}
          </Link>
        ))}
    </nav>
  );
}
