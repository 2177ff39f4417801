import { mkdirSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { MAIL_SINK_HTTP_PORT } from "../../playwright.config";
import { cs, DEMO_PASSWORD, expect, newPerson, signIn, test, uniqueSuffix } from "./support/app";

// The city paper's business side end to end, on the demo data: an ad order of the issue in preparation
// is invoiced (the PDF's numbers are read back), a reader subscribes on the public form and confirms
// through the e-mailed link (double opt-in), the e-mail edition is edited by PR staff, approved by
// the head of office (the author cannot approve), sent once in the background, received on a real SMTP
// server with the one-click unsubscribe headers, and the reader unsubscribes with one click.

const b = cs.newspaperBilling;
const m = cs.newsletterMail;

const PR = { email: "pr@herald.example", password: DEMO_PASSWORD, firstName: "Kateřina" };
const HEAD = { email: "head@herald.example", password: DEMO_PASSWORD, firstName: "Alena" };
const ASSISTANT = { email: "assistant@herald.example", password: DEMO_PASSWORD, firstName: "Lucie" };
const MAIL_SINK = `http://127.0.0.1:${MAIL_SINK_HTTP_PORT}`;
const SHOTS = "/tmp/newspaper-ads-shots";
mkdirSync(SHOTS, { recursive: true });

type Received = { to: string[]; raw: string };

/** The message's text: quoted-printable unfolded and base64 parts decoded. */
function readableMail(raw: string): string {
  const unfolded = raw.replace(/\r?\n[ \t]+/g, " ").replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const decoded = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)].map((match) =>
    Buffer.from(match[1].replace(/\s+/g, ""), "base64").toString("utf8"),
  );
  return [Buffer.from(unfolded, "latin1").toString("utf8"), ...decoded].join("\n");
}

test("an ad order of the issue in preparation is invoiced, and the PDF carries the invoice's numbers", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, PR);
  await page.goto("/newsletter/invoices");
  await expect(page.getByRole("heading", { level: 1, name: b.title })).toBeVisible();
  await expect(page.getByTestId("overdue-summary")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/invoices-list.png`, fullPage: true });

  const form = page.getByTestId("issue-invoice-form").first();
  await expect(form).toBeVisible();
  await form.getByRole("button", { name: b.toInvoice.submit }).click();
  await page.waitForURL(/\/newsletter\/invoices\/[0-9a-f-]{36}\?issued=1$/);
  const heading = await page.locator("main h1").innerText();
  const number = /(\d{4}-\d{4})/.exec(heading)?.[1] ?? "";
  expect(number).toMatch(/^\d{4}-\d{4}$/);
  const total = (await page.getByTestId("invoice-total").innerText()).replace(/\s/g, " ");
  await expect(page.getByTestId("vat-breakdown")).toContainText("21 %");
  await page.screenshot({ path: `${SHOTS}/invoice-detail.png`, fullPage: true });

  // The PDF: its text names the same number, variable symbol and total.
  const pdfUrl = await page.getByTestId("invoice-pdf-link").getAttribute("href");
  const response = await page.request.get(pdfUrl!);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const document = await getDocumentProxy(new Uint8Array(await response.body()));
  const { text } = await extractText(document, { mergePages: true });
  const pdfText = text.replace(/\s+/g, " ");
  expect(pdfText).toContain(`č. ${number}`);
  expect(pdfText).toContain(`Variabilní symbol: ${number.replace("-", "")}`);
  expect(pdfText).toContain(`Celkem k úhradě ${total}`);

  // Issued means fixed: the page offers payments and credit notes, never an edit; the assistant sees nothing.
  await expect(page.getByTestId("payment-form")).toBeVisible();
  await expect(page.getByTestId("credit-note-form")).toBeVisible();
  const { context, page: assistantPage } = await newPerson(page.context().browser()!);
  await signIn(assistantPage, ASSISTANT);
  const refused = await assistantPage.goto("/newsletter/invoices");
  expect(refused?.status()).toBe(403);
  await context.close();
});

test("double opt-in, the e-mail edition approved by a second person and sent once, and a one-click unsubscribe", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  const reader = `ctenar-${suffix}@posta.example`.toLowerCase();
  const unconfirmed = `nepotvrzeny-${suffix}@posta.example`.toLowerCase();
  const mails = async (to: string) => ((await (await page.request.get(`${MAIL_SINK}/messages`)).json()) as Received[]).filter((message) => message.to.includes(to));

  // A reader subscribes (no login); the consent is required; a second address never confirms.
  const visitor = await browser.newContext();
  const form = await visitor.newPage();
  await form.goto("/newsroom/newsletter/subscribe");
  await expect(form.getByRole("heading", { level: 1, name: m.subscribe.title })).toBeVisible();
  await form.locator("#email").fill(reader);
  await form.locator("#name").fill("Jana Čtenářová");
  await form.getByRole("button", { name: m.subscribe.submit }).click();
  await expect(form.getByText(cs.validation.newsletterConsentRequired)).toBeVisible();
  await expect(form.locator("#email")).toHaveValue(reader);
  await form.locator('input[name="consent"]').check();
  await form.screenshot({ path: `${SHOTS}/subscribe.png`, fullPage: true });
  await form.getByRole("button", { name: m.subscribe.submit }).click();
  await expect(form.getByTestId("subscribe-done")).toBeVisible();
  await form.goto("/newsroom/newsletter/subscribe");
  await form.locator("#email").fill(unconfirmed);
  await form.locator('input[name="consent"]').check();
  await form.getByRole("button", { name: m.subscribe.submit }).click();
  await expect(form.getByTestId("subscribe-done")).toBeVisible();

  // The confirmation e-mail's link: opening it changes nothing, the button confirms.
  await expect.poll(async () => (await mails(reader)).length, { timeout: 60_000, intervals: [1_000] }).toBe(1);
  const confirmLink = /https?:\/\/[^\s"<>]+\/newsroom\/newsletter\/confirm\/[A-Za-z0-9_-]+/.exec(readableMail((await mails(reader))[0].raw))?.[0];
  expect(confirmLink).toBeTruthy();
  await form.goto(confirmLink!);
  await expect(form.getByRole("heading", { level: 1, name: m.confirm.title })).toBeVisible();
  await form.getByRole("button", { name: m.confirm.button }).click();
  await expect(form.getByText(m.confirm.done)).toBeVisible();

  // PR staff prepare the next issue's edition (built in the demo data) and submit it; they cannot approve it.
  await signIn(page, PR);
  await page.goto("/newsletter/editions");
  await expect(page.getByRole("heading", { level: 1, name: m.editions.title })).toBeVisible();
  await page.getByRole("row").filter({ hasText: m.edition.status.DRAFT }).getByTestId("edition-link").first().click();
  await page.waitForURL(/\/newsletter\/issues\/[0-9a-f-]{36}\/edition$/);
  const editionUrl = new URL(page.url()).pathname;
  const subject = `Zpravodaj e2e ${suffix}`;
  await page.locator("#subject").fill(subject);
  await page.locator("#intro").fill("Milí čtenáři,\n\ntoto číslo přináší novinky z radnice.");
  await page.getByRole("button", { name: m.edition.save }).click();
  await expect(page.getByText(m.edition.saved)).toBeVisible();
  await expect(page.getByTestId("edition-preview")).toContainText("toto číslo přináší novinky z radnice.");
  await page.getByTestId("edition-step-submit").getByRole("button").click();
  await expect(page.getByText(m.edition.needsSecondPerson)).toBeVisible();
  await expect(page.getByTestId("edition-step-approve")).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/edition-awaiting.png`, fullPage: true });

  // The head of office approves at her own computer.
  const head = await newPerson(browser);
  await signIn(head.page, HEAD);
  await head.page.goto(editionUrl);
  await head.page.getByTestId("edition-step-approve").getByRole("button").click();
  await expect(head.page.getByTestId("approved-by")).toContainText("Alena");
  await head.context.close();

  // PR sends it; the sending runs in the background with progress, once.
  await page.reload();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("edition-step-send").getByRole("button").click();
  await expect(page.getByTestId("edition-progress")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(m.edition.status.SENT).first()).toBeVisible({ timeout: 120_000 });
  await page.screenshot({ path: `${SHOTS}/edition-sent.png`, fullPage: true });
  await expect(page.getByTestId("edition-step-send")).toHaveCount(0);

  // The confirmed reader gets exactly one copy, with RFC 8058 headers; the unconfirmed address gets none.
  const editionMails = async (to: string) => (await mails(to)).filter((mail) => readableMail(mail.raw).includes(subject));
  await expect.poll(async () => (await editionMails(reader)).length, { timeout: 60_000, intervals: [1_000] }).toBe(1);
  expect(await editionMails(unconfirmed)).toHaveLength(0);
  const received = readableMail((await editionMails(reader))[0].raw);
  expect(received).toMatch(/List-Unsubscribe: <https?:\/\/[^>]+\/api\/newsletter\/unsubscribe\/[A-Za-z0-9_-]+>/);
  expect(received).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  expect(received).toContain("toto číslo přináší novinky z radnice.");
  expect(received).not.toMatch(/<img/i);

  // The web version the e-mail links to is public.
  const webLink = /https?:\/\/[^\s"<>#]+\/newsroom\/newsletter\/[0-9a-f-]{36}/.exec(received)?.[0];
  await form.goto(webLink!);
  await expect(form.getByRole("heading", { level: 1 })).toBeVisible();

  // One click to unsubscribe (the page's button; the mail client's POST goes to /api/newsletter/unsubscribe).
  const unsubscribeLink = /https?:\/\/[^\s"<>]+\/newsroom\/newsletter\/unsubscribe\/[A-Za-z0-9_-]+/.exec(received)?.[0];
  await form.goto(unsubscribeLink!);
  await form.getByRole("button", { name: m.unsubscribe.button }).click();
  await expect(form.getByText(m.unsubscribe.done)).toBeVisible();
  await form.goto(unsubscribeLink!);
  await expect(form.getByText(m.unsubscribe.already)).toBeVisible();
  const oneClick = await form.request.post(unsubscribeLink!.replace("/newsroom/newsletter/unsubscribe/", "/api/newsletter/unsubscribe/"), { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  await visitor.close();

  // Staff see the reader's consent history.
  await page.goto(`/newsletter/subscribers?q=${encodeURIComponent(reader)}`);
  await expect(page.getByTestId("subscriber-counts")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/subscribers.png`, fullPage: true });
  await page.getByRole("link", { name: reader }).click();
  await expect(page.getByTestId("consent-history")).toContainText(m.subscribers.consentAction.UNSUBSCRIBED);
  void cs;
});
