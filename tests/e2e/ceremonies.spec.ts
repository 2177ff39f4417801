import { MAIL_SINK_HTTP_PORT } from "../../playwright.config";
import { cs, DEMO_PASSWORD, expect, signIn, test, uniqueSuffix } from "./support/app";

// Civic ceremonies end to end: a parent signs up on the public form (no login); bad input is refused with
// a clear message; the assistant creates a welcoming with a slot, assigns the family, prints the letters
// and sends the invitation e-mail (it arrives on a real SMTP server); the family answers through the
// link; attendance is recorded; the family's data is exported and erased, the statistics stay.
// (The retention purge on a fake clock runs the same erasure: src/features/ceremonies/ceremonies.int.test.ts.)

const ASSISTANT = { email: "assistant@herald.example", password: DEMO_PASSWORD, firstName: "Lucie" };
const MAIL_SINK = `http://127.0.0.1:${MAIL_SINK_HTTP_PORT}`;
const c = cs.ceremonies;

function readableMail(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, "");
  const decoded = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)].map((match) =>
    Buffer.from(match[1].replace(/\s+/g, ""), "base64").toString("utf8"),
  );
  return [unfolded, ...decoded].join("\n");
}

test("a parent signs up → slot → letters and invitation e-mail → RSVP → attendance → export and erasure keep the statistics", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const parents = `Jana a Petr Testovi ${suffix}`;
  const email = `rodice-${suffix}@rodina.example`.toLowerCase();

  // Public form, no session: bad input first (no consent, no child's name) changes nothing.
  const visitor = await browser.newContext();
  const form = await visitor.newPage();
  await form.goto("/ceremonies/sign-up");
  await expect(form.getByRole("heading", { level: 1, name: c.signUp.title })).toBeVisible();
  await form.locator("#names").fill(parents);
  await form.locator("#address").fill("Lipová 1, 100 00 Město");
  await form.locator("#email").fill(email);
  await form.getByRole("button", { name: c.signUp.submit }).click();
  await expect(form.getByText(cs.validation.consentRequired)).toBeVisible();
  await expect(form.locator("#names")).toHaveValue(parents);

  await form.locator("#childName").fill(`Eliška ${suffix}`);
  await form.locator("#childBirthDate").fill("2026-09-01");
  await form.locator("#guests").fill("3");
  await form.getByRole("checkbox", { name: c.signUp.photoConsent }).check();
  await form.locator('input[name="consent"]').check();
  await form.getByRole("button", { name: c.signUp.submit }).click();
  await expect(form.getByTestId("sign-up-done")).toBeVisible();

  // The confirmation e-mail.
  type Received = { to: string[]; raw: string };
  const mails = async () => ((await (await page.request.get(`${MAIL_SINK}/messages`)).json()) as Received[]).filter((message) => message.to.includes(email));
  await expect.poll(async () => (await mails()).length, { timeout: 60_000, intervals: [1_000] }).toBe(1);

  // Staff: a new welcoming with one slot.
  await signIn(page, ASSISTANT);
  await page.goto("/ceremonies/new");
  await page.locator("#title").fill(`Vítání občánků ${suffix}`);
  await page.locator("#date").fill("2030-06-12");
  await page.locator("#venue").fill("Obřadní síň radnice");
  await page.locator("#officiant").fill("starosta");
  await page.locator("#programme").fill("Hudba\nProslov\nPodpis do kroniky");
  await page.getByRole("button", { name: c.save }).click();
  await page.waitForURL(/\/ceremonies\/[0-9a-f-]{36}$/);
  const detailPath = new URL(page.url()).pathname;
  await page.locator('input[name="time"]').fill("10:00");
  await page.getByRole("button", { name: c.slots.add }).click();
  await expect(page.getByTestId("slots")).toContainText("(0/6)");

  // Assign the family.
  const row = page.getByTestId("registration").filter({ hasText: parents });
  await row.getByRole("button", { name: c.registrations.assign }).click();
  await expect(page.getByTestId("slots")).toContainText("(1/6)");

  // The letters (print to PDF) and the invitation e-mail.
  await page.goto(`${detailPath}/letters`);
  await expect(page.getByTestId("letter")).toHaveCount(1);
  await expect(page.getByTestId("letter")).toContainText(parents);
  await page.goto(detailPath);
  await page.getByRole("button", { name: c.sendInvitations }).click();
  await expect(page.getByText(c.invitationsQueued)).toBeVisible();
  await expect.poll(async () => (await mails()).length, { timeout: 60_000, intervals: [1_000] }).toBe(2);
  const invitation = (await mails()).map((mail) => readableMail(mail.raw)).find((text) => text.includes("/ceremonies/sign-up/rsvp/"));
  const link = /https?:\/\/[^\s"<>]+\/ceremonies\/sign-up\/rsvp\/[A-Za-z0-9_-]+/.exec(invitation ?? "")?.[0];
  expect(link, "the RSVP link in the invitation").toBeTruthy();

  // The family answers without logging in.
  await form.goto(new URL(link!).pathname);
  await form.getByRole("button", { name: c.rsvp.attending, exact: true }).click();
  await expect(form.getByText(c.rsvp.saved)).toBeVisible();
  await visitor.close();

  // Attendance.
  await page.goto(detailPath);
  await expect(row).toContainText(c.rsvp.ATTENDING);
  await row.getByRole("button", { name: c.registrations.markAttended }).click();
  await expect(row).toContainText(c.registrations.attended);

  // Export of the person's data, then erasure on request; the anonymous statistics stay.
  const exported = await page.request.get(await row.getByRole("link", { name: c.registrations.export }).getAttribute("href") as string);
  expect(exported.status()).toBe(200);
  expect(await exported.text()).toContain(parents);
  await row.locator('input[name="confirm"]').check();
  await row.getByRole("button", { name: c.registrations.erase }).click();
  await expect(page.getByTestId("registrations")).not.toContainText(parents);
  await expect(page.getByTestId("registrations")).toContainText("Vymazaný účastník");
  await page.goto("/ceremonies");
  await expect(page.getByTestId("ceremony-stats")).toContainText("2030");
});

test("the spokesperson has no ceremonies; the public form needs no login", async ({ page }) => {
  await signIn(page, { email: "spokesperson@herald.example", password: DEMO_PASSWORD, firstName: "Tomáš" });
  const response = await page.goto("/ceremonies");
  expect(response?.status()).toBe(403);
  const anonymous = await page.context().browser()!.newContext();
  const visitor = await anonymous.newPage();
  const form = await visitor.goto("/ceremonies/sign-up");
  expect(form?.status()).toBe(200);
  expect(new URL(visitor.url()).pathname).toBe("/ceremonies/sign-up");
  await anonymous.close();
});
