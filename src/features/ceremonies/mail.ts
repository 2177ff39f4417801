import { escapeHtml } from "@/features/distribution/email-template";

// The ceremony e-mails (in Czech, the city's language): the confirmation of a sign-up, the invitation
// (when, where, the personal RSVP link) and the thank-you. Everything from data is escaped in HTML.

export type CeremonyMailKind = "CONFIRMATION" | "INVITATION" | "THANKS";

export interface CeremonyMailData {
  kind: CeremonyMailKind;
  names: string;
  ceremony: { title: string; venue: string; officiant: string } | null;
  slotStartsAt: Date | null;
  rsvpToken: string;
}

export function ceremonyRsvpUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/ceremonies/sign-up/rsvp/${token}`;
}

export function formatSlot(startsAt: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("cs-CZ", { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(startsAt);
}

export function renderCeremonyMail(data: CeremonyMailData, context: { baseUrl: string; timeZone: string; cityName: string }) {
  const greeting = `Dobrý den, ${data.names},`;
  let subject: string;
  let body: string[];
  if (data.kind === "CONFIRMATION") {
    subject = `${context.cityName}: přihláška k slavnostnímu obřadu přijata`;
    body = ["děkujeme za přihlášku. Jakmile bude termín obřadu stanoven, pošleme vám pozvánku.", "Své údaje můžete kdykoli nechat vymazat; stačí odpovědět na tento e-mail."];
  } else if (data.kind === "INVITATION") {
    const when = data.slotStartsAt ? formatSlot(data.slotStartsAt, context.timeZone) : "";
    subject = `Pozvánka: ${data.ceremony?.title ?? "slavnostní obřad"}`;
    body = [
      `${context.cityName} vás srdečně zve na obřad „${data.ceremony?.title ?? ""}“.`,
      `Kdy: ${when}`,
      `Kde: ${data.ceremony?.venue ?? ""}`,
      `Obřad povede: ${data.ceremony?.officiant ?? ""}`,
      `Dejte nám prosím vědět, zda přijdete: ${ceremonyRsvpUrl(context.baseUrl, data.rsvpToken)}`,
    ];
  } else {
    subject = `Děkujeme: ${data.ceremony?.title ?? "slavnostní obřad"}`;
    body = [`děkujeme, že jste s námi oslavili obřad „${data.ceremony?.title ?? ""}“. Přejeme vám vše dobré.`];
  }
  const text = [greeting, "", ...body, "", context.cityName].join("\n");
  const html = [`<p>${escapeHtml(greeting)}</p>`, ...body.map((line) => `<p>${escapeHtml(line)}</p>`), `<p>${escapeHtml(context.cityName)}</p>`].join("\n");
  return { subject: subject.replace(/[\r\n]+/g, " "), text, html };
}
