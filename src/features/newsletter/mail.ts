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

/** The web version of an issue's e-mail edition (public once sent). */
export function editionWebUrl(baseUrl: string, issueId: string): string {
  return `${trimBase(baseUrl)}/newsroom/newsletter/${issueId}`;
}

export interface EditionForMail {
  issueId: string;
  subject: string;
  intro: string;
  /** "Lhotecké listy č. 3/2026" */
  issueLabel: string;
  articles: Array<{ articleId: string; title: string; summary: string; page: number | null }>;
}

/**
 * The e-mail edition: the intro, then each article's title and summary with a link to its place in the
 * web version. No images, no tracking pixels, links are plain (no redirect that counts clicks).
 * `unsubscribeToken` null renders the staff preview (with a sample link).
 */
export function renderEditionMail(edition: EditionForMail, recipient: { name: string; unsubscribeToken: string | null }, context: { baseUrl: string; cityName: string }) {
  const web = editionWebUrl(context.baseUrl, edition.issueId);
  const unsubscribe = recipient.unsubscribeToken ? unsubscribePageUrl(context.baseUrl, recipient.unsubscribeToken) : `${trimBase(context.baseUrl)}/newsroom/newsletter/unsubscribe/…`;
  const greeting = recipient.name ? `Dobrý den, ${recipient.name},` : "Dobrý den,";
  const introParagraphs = edition.intro.replace(/\r\n?/g, "\n").split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  const articleUrl = (articleId: string) => `${web}#clanek-${articleId}`;
  const footer = [`Tento e-mail dostáváte, protože jste se přihlásil(a) k odběru zpravodaje: ${context.cityName}.`, `Odhlásit se můžete jedním kliknutím: ${unsubscribe}`];
  const text = [
    greeting,
    "",
    ...introParagraphs.flatMap((paragraph) => [paragraph, ""]),
    `V čísle ${edition.issueLabel}:`,
    "",
    ...edition.articles.flatMap((article) => [`■ ${article.title}${article.page ? ` (str. ${article.page})` : ""}`, article.summary, articleUrl(article.articleId), ""]),
    `Celé vydání na webu: ${web}`,
    "",
    "--",
    ...footer,
  ].join("\n");
  const html = [
    `<div style="font-family:Arial,Helvetica,sans-serif;max-width:640px;margin:0 auto;color:#1e293b;line-height:1.5">`,
    `<p style="font-size:13px;color:#475569;margin:0 0 4px">${escapeHtml(context.cityName)}</p>`,
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(edition.issueLabel)}</h1>`,
    `<p style="margin:0 0 12px">${escapeHtml(greeting)}</p>`,
    ...introParagraphs.map((paragraph) => `<p style="margin:0 0 12px">${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`),
    ...edition.articles.map(
      (article) =>
        `<div style="border-top:1px solid #e2e8f0;padding:12px 0"><h2 style="font-size:17px;margin:0 0 4px"><a href="${escapeHtml(articleUrl(article.articleId))}" style="color:#1d4ed8;text-decoration:none">${escapeHtml(article.title)}</a></h2>` +
        `${article.page ? `<p style="font-size:12px;color:#64748b;margin:0 0 4px">strana ${article.page}</p>` : ""}<p style="margin:0">${escapeHtml(article.summary)}</p></div>`,
    ),
    `<p style="border-top:1px solid #e2e8f0;padding-top:12px;margin:0 0 12px"><a href="${escapeHtml(web)}" style="color:#1d4ed8">Celé vydání na webu</a></p>`,
    `<p style="font-size:12px;color:#64748b;margin:0">${escapeHtml(footer[0])}<br><a href="${escapeHtml(unsubscribe)}" style="color:#64748b">Odhlásit odběr</a></p>`,
    `</div>`,
  ].join("\n");
  const headers = recipient.unsubscribeToken ? unsubscribeHeaders(context.baseUrl, recipient.unsubscribeToken) : {};
  return { subject: edition.subject.replace(/[\r\n]+/g, " "), text, html, headers };
}
