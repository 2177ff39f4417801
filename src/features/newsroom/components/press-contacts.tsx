import { getTranslations } from "next-intl/server";

/** The office's press contacts (spokespeople): name and e-mail only. */
export async function PressContacts({ contacts }: { contacts: Array<{ name: string; email: string }> }) {
  const t = await getTranslations("newsroom");
  return (
    <section aria-labelledby="newsroom-contacts-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="newsroom-contacts">
      <h2 id="newsroom-contacts-heading" className="text-base font-semibold text-slate-900">
        {t("contacts")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("contactsIntro")}</p>
      {contacts.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t("noContacts")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {contacts.map((contact) => (
            <li key={contact.email} className="text-sm">
              <p className="font-medium text-slate-900">{contact.name}</p>
              <a href={`mailto:${contact.email}`} className="break-words text-[0.8125rem] text-brand-700 hover:underline">
                {contact.email}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
