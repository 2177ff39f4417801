import { escapeHtml } from "@/features/distribution/email-template";

// The invitation e-mail (in Czech, the city's language): when, where, what, who speaks, and the personal
// RSVP link. Everything from data is escaped in the HTML part; the subject is one line.

export interface ConferenceForMail {
  topic: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  agenda: string;
  speakers: Array<{ name: string; function: string | null }>;
}

export interface InvitationMailContext {
  baseUrl: string;
  timeZone: string;
  cityName: string;
}

export function rsvpUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/newsroom/press-conferences/rsvp/${token}`;
}

export function formatConferenceTime(conference: { startsAt: Date; endsAt: Date }, timeZone: string, locale = "cs-CZ"): string {
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(conference.startsAt);
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit" });
  return `${day}, ${time.format(conference.startsAt)}–${time.format(conference.endsAt)}`;
}

const oneLine = (value: string) => value.replace(/[\r\n\t]+/g, " ").replace(/\s{2,}/g, " ").trim();

export function renderInvitationEmail(conference: ConferenceForMail, recipient: { name: string; rsvpToken: string }, context: InvitationMailContext) {
  const when = formatConferenceTime(conference, context.timeZone);
  const link = rsvpUrl(context.baseUrl, recipient.rsvpToken);
  const speakers = conference.speakers.map((speaker) => (speaker.function ? `${speaker.name}, ${speaker.function}` : speaker.name));
  const agenda = conference.agenda.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const subject = oneLine(`Pozvánka na tiskovou konferenci: ${conference.topic}`);
  const text = [
    `Dobrý den, ${recipient.name},`,
    "",
    `${context.cityName} vás zve na tiskovou konferenci „${conference.topic}“.`,
    "",
    `Kdy: ${when}`,
    `Kde: ${conference.venue}`,
    ...(speakers.length ? ["", "Vystoupí:", ...speakers.map((speaker) => `- ${speaker}`)] : []),
    ...(agenda.length ? ["", "Program:", ...agenda.map((line) => `- ${line}`)] : []),
    "",
    "Dejte nám prosím vědět, zda přijdete, a případně jména členů štábu (akreditace):",
    link,
    "",
    "Odpověď můžete změnit až do začátku konference.",
  ].join("\n");
  const list = (items: string[]) => (items.length ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>` : "");
  const html = [
    `<p>Dobrý den, ${escapeHtml(recipient.name)},</p>`,
    `<p>${escapeHtml(context.cityName)} vás zve na tiskovou konferenci <strong>${escapeHtml(conference.topic)}</strong>.</p>`,
    `<p><strong>Kdy:</strong> ${escapeHtml(when)}<br><strong>Kde:</strong> ${escapeHtml(conference.venue)}</p>`,
    speakers.length ? `<p><strong>Vystoupí:</strong></p>${list(speakers)}` : "",
    agenda.length ? `<p><strong>Program:</strong></p>${list(agenda)}` : "",
    `<p><a href="${escapeHtml(link)}">Potvrdit účast / akreditovat štáb</a></p>`,
    `<p style="color:#555">Odpověď můžete změnit až do začátku konference.</p>`,
  ].join("\n");
  return { subject, text, html };
}
