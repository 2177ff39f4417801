import { escapeHtml } from "@/features/distribution/email-template";

// The e-mails of the newspaper's e-mail edition, in Czech (the paper's language): the confirmation of a
// subscription (double opt-in) and the edition itself. Plain text and simple HTML; everything from data
// is escaped. No images, no tracking pixels, no redirecting links: the reader's client fetches nothing.

const trimBase = (baseUrl: string) => baseUrl.replace(/\/+$/, "");

export function confirmUrl(baseUrl: string, token: string): string {
  return `${trimBase(baseUrl)}/newsroom/newsletter/confirm/${token}`;
}

export function unsubscribePageUrl(baseUrl: string, token: string): string {
  return `${trimBase(baseUrl)}/newsroom/newsletter/unsubscribe/${token}`;
}

/** RFC 8058: mail clients POST "List-Unsubscribe=One-Click" here. */
export function oneClickUnsubscribeUrl(baseUrl: string, token: string): string {
  return `${trimBase(baseUrl)}/api/newsletter/unsubscribe/${token}`;
}

export function unsubscribeHeaders(baseUrl: string, token: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(baseUrl, token)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

export function renderConfirmationMail(data: { name: string; token: string; paperName: string }, context: { baseUrl: string; cityName: string }) {
  const url = confirmUrl(context.baseUrl, data.token);
  const greeting = data.name ? `Dobrý den, ${data.name},` : "Dobrý den,";
  const lines = [
    `někdo (nejspíš vy) požádal o zasílání e-mailového vydání zpravodaje ${data.paperName} na tuto adresu.`,
    "Odběr potvrďte prosím otevřením tohoto odkazu:",
  ];
  const after = [
    "Pokud jste o odběr nežádali, tento e-mail prostě smažte: bez potvrzení vám nic posílat nebudeme.",
    `Odkaz platí 7 dní.`,
  ];
  const text = [greeting, "", ...lines, url, "", ...after, "", context.cityName].join("\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(url)}">Potvrdit odběr</a></p>`,
    ...after.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p>${escapeHtml(context.cityName)}</p>`,
  ].join("\n");
  return { subject: `Potvrďte odběr: ${data.paperName}`.replace(/[\r\n]+/g, " "), text, html };
}
