import { expect, type Page } from "@playwright/test";
import { cs, DEMO_PASSWORD, signIn, test, uniqueSuffix } from "./support/app";

// Cultural grants: the PR officer opens a call, records an application and evaluates it (she may not
// decide); the head of office records the council's decision; the PR officer records the payment, the
// report received and accepts it. The call's totals follow.

const PR = { email: "pr@herald.example", password: DEMO_PASSWORD, firstName: "Kateřina" };
const HEAD = { email: "head@herald.example", password: DEMO_PASSWORD, firstName: "Alena" };
const g = cs.grants;
const isoDaysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function expectStatus(page: Page, label: string) {
  await expect(page.getByTestId("grant-status")).toHaveText(label);
}

test("a grant from application to accepted report", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const token = uniqueSuffix();
  const title = `Granty na kulturu ${token}`;
  await signIn(page, PR);

  await page.goto("/events/grants");
  await expect(page.getByRole("heading", { level: 1, name: g.title })).toBeVisible();
  // The demo data: an overdue report stands out.
  await expect(page.getByTestId("overdue-total")).toHaveClass(/text-red-700/);

  const callForm = page.getByTestId("call-form");
  await callForm.locator('input[name="title"]').fill(title);
  await callForm.locator('input[name="budget"]').fill("100 000");
  await callForm.locator('textarea[name="rules"]').fill("Nejvýše 70 % nákladů.");
  await callForm.getByRole("button", { name: g.call.create }).click();
  await page.waitForURL(/\/events\/grants\/calls\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);

  const appForm = page.getByTestId("application-form");
  await appForm.locator('input[name="organisation"]').fill(`Spolek přátel Horní Lhoty ${token}`);
  await appForm.locator('input[name="project"]').fill("Letní slavnost");
  await appForm.locator('input[name="amountRequested"]').fill("40 000");
  await appForm.locator('input[name="submittedOn"]').fill(isoDaysFromNow(0));
  await appForm.getByRole("button", { name: g.application.create }).click();
  await page.waitForURL(/\/events\/grants\/applications\/[0-9a-f-]{36}/);
  const applicationUrl = new URL(page.url()).pathname;
  await expectStatus(page, g.status.SUBMITTED);

  const evaluate = page.getByTestId("evaluate-form");
  await evaluate.locator('input[name="score"]').fill("85");
  await evaluate.locator('textarea[name="evaluation"]').fill("Splňuje pravidla výzvy.");
  await evaluate.getByRole("button", { name: g.steps.evaluate }).click();
  await expectStatus(page, g.status.EVALUATED);
  // Only the head of office decides.
  await expect(page.getByTestId("decide-form")).toHaveCount(0);

  const headContext = await browser.newContext();
  const headPage = await headContext.newPage();
  await signIn(headPage, HEAD);
  await headPage.goto(applicationUrl);
  const decide = headPage.getByTestId("decide-form");
  await decide.locator('select[name="outcome"]').selectOption("GRANTED");
  // More than the budget is refused and keeps what was typed.
  await decide.locator('input[name="amountGranted"]').fill("150000");
  await decide.getByRole("button", { name: g.steps.decide }).click();
  await expect(decide.locator('input[name="amountGranted"]')).toHaveValue("150000");
  await expect(decide).toContainText(cs.validation.overBudget.split("(")[0].trim());
  await decide.locator('input[name="amountGranted"]').fill("35000");
  await decide.locator('textarea[name="conditions"]').fill("Logo města na plakátech.");
  await decide.getByRole("button", { name: g.steps.decide }).click();
  await expect(headPage.getByTestId("grant-status")).toHaveText(g.status.GRANTED);
  await headContext.close();

  await page.reload();
  await expectStatus(page, g.status.GRANTED);
  const pay = page.getByTestId("pay-form");
  await pay.locator('input[name="reportDue"]').fill(isoDaysFromNow(90));
  await pay.getByRole("button", { name: g.steps.pay }).click();
  await expectStatus(page, g.status.REPORT_DUE);

  const report = page.getByTestId("report-form");
  await report.locator('input[name="amountUsed"]').fill("35000");
  await report.locator('textarea[name="reportNote"]').fill("Vyúčtování s doklady.");
  await report.getByRole("button", { name: g.steps.receiveReport }).click();
  await expectStatus(page, g.status.REPORT_RECEIVED);

  const check = page.getByTestId("check-form");
  await check.locator('select[name="outcome"]').selectOption("ACCEPTED");
  await check.locator('textarea[name="checkNote"]').fill("V pořádku.");
  await check.getByRole("button", { name: g.steps.checkReport }).click();
  await expectStatus(page, g.status.ACCEPTED);

  await page.getByRole("link", { name: g.backToCall }).click();
  await expect(page.getByTestId("call-totals")).toContainText("35");
  await page.goto(`/events/grants/overview`);
  await expect(page.getByTestId("overview-calls")).toContainText(title);
});
