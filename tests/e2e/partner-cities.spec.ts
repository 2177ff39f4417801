import { expect, type Locator } from "@playwright/test";
import { cs, DEMO_PASSWORD, signIn, test, uniqueSuffix } from "./support/app";

// Partner cities: the assistant opens a demo partner city, logs a letter that needs translation with a
// reply deadline already past (it stands out as overdue, also in the office-wide list), records the
// translation and the reply (no longer overdue), then adds an action to this year's cooperation plan and
// marks it done (the plan's progress moves).

const ASSISTANT = { email: "assistant@herald.example", password: DEMO_PASSWORD, firstName: "Lucie" };
const pc = cs.partnerCities;
const SCREENSHOTS = "tests/e2e/screenshots";

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** "2 z 4 splněno (50 %)" → [2, 4] */
async function progressOf(plan: Locator): Promise<[number, number]> {
  const text = (await plan.getByTestId("plan-progress-text").textContent()) ?? "";
  const match = text.match(/(\d+) z (\d+)/);
  if (!match) throw new Error(`unexpected progress text: ${text}`);
  return [Number(match[1]), Number(match[2])];
}

test("a letter overdue and awaiting translation is translated and answered; a plan action done moves the progress", async ({ page }) => {
  test.setTimeout(120_000);
  const token = uniqueSuffix();
  const subject = `Anfrage zur Partnerschaft ${token}`;
  await signIn(page, ASSISTANT);

  await page.goto("/partner-cities");
  await expect(page.getByRole("heading", { level: 1, name: pc.title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Zielonka Górna" })).toBeVisible();
  // The search ignores diacritics.
  await page.getByTestId("partner-search").fill("horna ves");
  await page.getByRole("button", { name: cs.common.filter }).click();
  await expect(page.getByRole("link", { name: "Horná Ves nad Hronom" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Zielonka Górna" })).toHaveCount(0);
  await page.goto("/partner-cities");
  await page.screenshot({ path: `${SCREENSHOTS}/partner-cities-list-cs.png`, fullPage: true });

  await page.getByRole("link", { name: "Lindenau an der Mulde" }).click();
  await page.waitForURL(/\/partner-cities\/[0-9a-f-]{36}$/);
  const cityUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: "Lindenau an der Mulde" })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/partner-city-detail-cs.png`, fullPage: true });

  // A letter that needs translation, with a reply deadline already past.
  await page.getByTestId("letter-form-toggle").click();
  const form = page.getByTestId("letter-form");
  await form.locator('input[name="date"]').fill(isoDaysAgo(10));
  await form.locator('input[name="subject"]').fill(subject);
  await form.locator('input[name="language"]').fill("de");
  await form.locator('input[name="replyDue"]').fill(isoDaysAgo(3));
  await form.getByTestId("translation-needed").check();
  await form.getByRole("button", { name: pc.correspondence.add, exact: true }).click();
  await expect(form.getByText(pc.correspondence.added)).toBeVisible();

  const letter = page.getByTestId("letter").filter({ hasText: subject });
  await expect(letter).toHaveAttribute("data-overdue", "true");
  await expect(letter).toContainText(pc.correspondence.overdue);
  await expect(letter).toContainText(pc.correspondence.awaitingTranslation);

  // The office-wide list of overdue replies has it too.
  await page.goto("/partner-cities/correspondence?overdue=1");
  await expect(page.getByTestId("office-letter").filter({ hasText: subject })).toHaveAttribute("data-overdue", "true");
  await page.goto(cityUrl);

  await letter.getByRole("button", { name: pc.correspondence.markTranslated, exact: true }).click();
  await expect(letter).not.toContainText(pc.correspondence.awaitingTranslation);
  await expect(letter).toContainText("Lucie Řeháková");
  await expect(letter).toHaveAttribute("data-overdue", "true");
  await letter.getByRole("button", { name: pc.correspondence.markReplied, exact: true }).click();
  await expect(letter).toHaveAttribute("data-overdue", "false");
  await expect(letter).toContainText(pc.correspondence.replied);
  await expect(letter).not.toContainText(pc.correspondence.overdue);

  await page.goto("/partner-cities/correspondence?overdue=1");
  await expect(page.getByRole("heading", { level: 1, name: pc.correspondence.officeTitle })).toBeVisible();
  await expect(page.getByTestId("office-letter").filter({ hasText: subject })).toHaveCount(0);
  await page.goto(cityUrl);

  // This year's plan: a new action, then done.
  const plan = page.getByTestId(`plan-${new Date().getFullYear()}`);
  const [done, total] = await progressOf(plan);
  const title = `Společná výstava ${token}`;
  const actionForm = plan.locator('[data-testid^="action-form-"]');
  await actionForm.locator('input[name="title"]').fill(title);
  await actionForm.locator('select[name="ownerId"]').selectOption({ label: "Lucie Řeháková" });
  await actionForm.getByRole("button", { name: pc.plans.addAction, exact: true }).click();
  await expect(plan.getByTestId("plan-action").filter({ hasText: title })).toBeVisible();
  await expect.poll(() => progressOf(plan)).toEqual([done, total + 1]);

  const action = plan.getByTestId("plan-action").filter({ hasText: title });
  await action.locator('select[name="status"]').selectOption("DONE");
  await action.getByRole("button", { name: pc.plans.setStatus, exact: true }).click();
  await expect.poll(() => progressOf(plan)).toEqual([done + 1, total + 1]);
  await expect(action.locator('select[name="status"]')).toHaveValue("DONE");
});
