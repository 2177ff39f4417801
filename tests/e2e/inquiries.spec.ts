import { expect, type Page } from "@playwright/test";
import { MAIL_SINK_HTTP_PORT } from "../../playwright.config";
import { cs, DEMO_PASSWORD, signIn, test, uniqueSuffix } from "./support/app";

// The inquiry desk: a journalist phones, the spokesperson logs it, hands it to PR, a department is
// consulted, the answer is drafted, approved and sent by e-mail (a real SMTP server next to the app).

const SPOKESPERSON = { email: "spokesperson@herald.example", password: DEMO_PASSWORD, firstName: "Tomáš" };
const ASSISTANT = { email: "assistant@herald.example", password: DEMO_PASSWORD, firstName: "Lucie" };
const MAIL_SINK = `http://127.0.0.1:${MAIL_SINK_HTTP_PORT}`;
const inq = cs.inquiries;
const SCREENSHOTS = "tests/e2e/screenshots";

async function step(page: Page, button: string, done: string) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByText(done)).toBeVisible();
}

test("a phone inquiry is logged, assigned, consulted, answered by e-mail and closed", async ({ page }) => {
  test.setTimeout(120_000);
  const token = `E2E${uniqueSuffix()}`;
  const subject = `Uzavírka Mostní ulice ${token}`;
  await signIn(page, SPOKESPERSON);

  await page.goto("/inquiries/new");
  await page.locator("#contactId").selectOption({ label: "Petra Malá (Lhotecký deník)" });
  await page.locator("#channel").selectOption("PHONE");
  await page.locator("#subject").fill(subject);
  await page.locator("#question").fill("Jak dlouho bude uzavřená Mostní ulice a kudy pojedou autobusy?");
  await page.getByRole("button", { name: inq.form.submit }).click();
  await page.waitForURL(/\/inquiries\/[0-9a-f-]{36}\?created=1$/);
  const url = new URL(page.url()).pathname;
  await expect(page.getByText(/Dotaz D-\d{4}-\d{4} je zapsán\./)).toBeVisible();
  await expect(page.getByTestId("owner")).toHaveText("Tomáš Hrubý");

  // Assign to the PR officer.
  await page.getByTestId("assign-form").locator('select[name="ownerId"]').selectOption({ label: "Kateřina Šťastná" });
  await step(page, inq.actions.assign, inq.done.assigned);
  await expect(page.getByTestId("owner")).toHaveText("Kateřina Šťastná");
  await expect(page.locator("main")).toContainText(inq.status.IN_PROGRESS);

  // A department is consulted, and answers.
  await page.locator("#department").fill("Odbor dopravy");
  await page.locator("#person").fill("Ing. Jan Kovář");
  await step(page, inq.actions.consult, inq.done.consulted);
  await expect(page.getByTestId("consultation")).toContainText("Odbor dopravy");
  await expect(page.locator("main")).toContainText(inq.status.WAITING_FOR_DEPARTMENT);
  await page.getByTestId("consultation").locator("textarea").fill("Uzavírka potrvá do 30. dubna, autobusy pojedou Zahradní ulicí.");
  await page.getByRole("button", { name: inq.actions.recordResponse, exact: true }).click();
  await expect(page.getByTestId("consultation")).toContainText("Uzavírka potrvá do 30. dubna");
  await expect(page.locator("main")).toContainText(inq.status.IN_PROGRESS);

  // Draft, approve, send.
  await page.locator("#answerDraft").fill(`${token}\nMostní ulice bude uzavřená do 30. dubna; autobusy pojedou objížďkou Zahradní ulicí.`);
  await step(page, inq.actions.saveDraft, inq.done.drafted);
  await step(page, inq.actions.approve, inq.done.approved);
  await expect(page.locator("#to")).toHaveValue("petra.mala@lhotecky-denik.example");
  await step(page, inq.actions.send, inq.done.sent);
  await expect(page.locator("main")).toContainText(inq.status.ANSWERED);

  await expect
    .poll(
      async () => {
        const messages = (await (await page.request.get(`${MAIL_SINK}/messages`)).json()) as Array<{ to: string[]; raw: string }>;
        return messages.filter((message) => message.raw.includes(token)).map((message) => message.to.join(","));
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toEqual(["petra.mala@lhotecky-denik.example"]);

  // The page shows the delivery; then the inquiry is closed.
  await expect
    .poll(
      async () => {
        await page.goto(url);
        return (await page.getByTestId("answer-state").textContent()) ?? "";
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toContain("Odpověď odeslána na petra.mala@lhotecky-denik.example");
  await step(page, inq.actions.close, inq.done.closed);
  await expect(page.locator("main")).toContainText(inq.status.CLOSED);
  const timeline = page.getByTestId("timeline");
  for (const action of ["inquiry_create", "inquiry_assign", "inquiry_consult", "inquiry_approve", "inquiry_send", "inquiry_close"]) {
    await expect(timeline).toContainText(cs.auditActions[action]);
  }
  await page.screenshot({ path: `${SCREENSHOTS}/inquiry-detail-cs.png`, fullPage: true });

  // It is in the answer bank now, found without diacritics.
  await page.goto(`/inquiries/answers?q=${encodeURIComponent(`mostni ulice ${token}`)}`);
  await expect(page.getByText(subject)).toBeVisible();
});

test("an FOI request gets the legal deadline: 15 days, moved past the weekend", async ({ page }) => {
  await signIn(page, SPOKESPERSON);
  await page.goto("/inquiries/new");
  await page.locator("#requesterName").fill("Bc. Alois Zkušební");
  await page.locator("#requesterEmail").fill("alois.zkusebni@example.org");
  await page.locator("#channel").selectOption("EMAIL");
  // Friday 6 March 2026 + 15 days = Saturday 21 March → Monday 23 March.
  await page.locator("#receivedAt").fill("2026-03-06T10:00");
  await page.locator('input[name="isFoiRequest"]').check();
  await page.locator("#subject").fill(`Žádost o smlouvy ${uniqueSuffix()}`);
  await page.locator("#question").fill("Žádám podle zákona č. 106/1999 Sb. o smlouvy na opravy mostů.");
  await page.getByRole("button", { name: inq.form.submit }).click();
  await page.waitForURL(/\/inquiries\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByTestId("foi-deadline")).toHaveText("pondělí 23. března 2026");
  // The deadline is long past: the inquiry stands out as overdue in the list.
  await page.goto("/inquiries?overdue=1&foi=1");
  await expect(page.getByText(inq.overdue).first()).toBeVisible();
});

test("bad input keeps what was typed and logs nothing", async ({ page }) => {
  await signIn(page, SPOKESPERSON);
  await page.goto("/inquiries/new");
  await page.locator("#subject").fill("Bez tazatele");
  await page.locator("#question").fill("Otázka bez jména tazatele.");
  await page.getByRole("button", { name: inq.form.submit }).click();
  await expect(page.getByText(cs.validation.requesterRequired)).toBeVisible();
  await expect(page.locator("#question")).toHaveValue("Otázka bez jména tazatele.");
  expect(new URL(page.url()).pathname).toBe("/inquiries/new");
});

test("the assistant may not see the inquiry desk", async ({ page }) => {
  await signIn(page, ASSISTANT);
  for (const path of ["/inquiries", "/inquiries/new", "/inquiries/stats", "/inquiries/answers"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: cs.forbidden.title })).toBeVisible();
  }
});

test("screenshots of the list (overdue rows) and the statistics", async ({ page }) => {
  await signIn(page, SPOKESPERSON);
  await page.goto("/inquiries");
  await expect(page.getByRole("heading", { name: inq.title })).toBeVisible();
  await expect(page.getByTestId("overdue-count")).toContainText("po lhůtě");
  await page.screenshot({ path: `${SCREENSHOTS}/inquiries-list-cs.png`, fullPage: true });
  await page.goto("/inquiries/stats");
  await expect(page.getByTestId("stats-table").locator("tbody tr")).not.toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/inquiries-stats-cs.png`, fullPage: true });
  await page.goto("/inquiries/answers?q=jidelna");
  await expect(page.getByText("Školní jídelna – cena obědů")).toBeVisible();
});
