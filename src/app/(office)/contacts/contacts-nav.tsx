import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import type { Actor } from "@/server/authz/permissions";
import { can } from "@/server/authz/permissions";

/** The module's secondary links (page header actions). */
export async function ContactsNav({ actor, current }: { actor: Actor; current?: string }) {
  const t = await getTranslations("contacts.nav");
  const links = [
    { key: "contacts", href: "/contacts" },
    { key: "outlets", href: "/contacts/outlets" },
    { key: "lists", href: "/contacts/lists" },
    { key: "duplicates", href: "/contacts/duplicates" },
    ...(can(actor, "contact.manage") ? [{ key: "import", href: "/contacts/import" }] : []),
  ].filter((link) => link.key !== current);
  return (
    <>
      {links.map((link) => (
        <LinkButton key={link.key} href={link.href} variant="ghost">
          {t(link.key)}
        </LinkButton>
      ))}
    </>
  );
}
