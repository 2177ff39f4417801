import { expect } from "@playwright/test";
import { cs, DEMO_PASSWORD, signIn, test, uniqueSuffix } from "./support/app";

// The promotional-items store as the assistant: a new item, stock received, items issued to an event
// with a recipient, the issue undone (a reversal; on-hand restored), and the printable stocktake sheet.

const ASSISTANT = { email: "assistant@herald.example", password: DEMO_PASSWORD, firstName: "Lucie" };
const pi = cs.promoItems;
const SCREENSHOTS = new URL("./screenshots/", import.meta.url).pathname;

test("the assistant receives stock, issues it to an event, undoes the issue and prints a stocktake sheet", async ({ page }) => {
  test.setTimeout(120_000);
  const token = uniqueSuffix();
  const name = `Hrnek E2E ${token}`;
  const location = `Sklad E2E ${token}`;
  await signIn(page, ASSISTANT);

  // The list, with demo items below their minimum.
  await page.goto("/promo-items?sort=onHand&dir=asc");
  await expect(page.getByRole("heading", { level: 1, name: pi.title })).toBeVisible();
  await expect(page.getByTestId("low-count")).toContainText("pod minimem");
  await page.screenshot({ path: `${SCREENSHOTS}promo-items-list.png`, fullPage: true });

  // A new item.
  await page.goto("/promo-items/new");
  await page.locator("#sku").fill(`E2E-${token}`.replace(/[^A-Za-z0-9._-]/g, ""));
  await page.locator("#name").fill(name);
  await page.locator("#category").fill("Hrnky a sklo");
  await page.locator("#location").fill(location);
  await page.locator("#minimumStock").fill("2");
  await page.getByRole("button", { name: pi.form.create }).click();
  await page.waitForURL(/\/promo-items\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByTestId("item-on-hand")).toContainText("0");

  // Receive 10 at 120 Kč.
  await page.getByRole("tab", { name: pi.movements.tab.receipt }).click();
  const receipt = page.getByTestId("form-receipt");
  await receipt.locator("#quantity").fill("10");
  await receipt.locator("#unitCost").fill("120,00");
  await receipt.locator("#invoiceNumber").fill(`FV-${token}`);
  await receipt.getByRole("button", { name: pi.movements.submit.receipt }).click();
  await expect(page.getByText(pi.done.receipt)).toBeVisible();
  await expect(page.getByTestId("item-on-hand")).toContainText("10");

  // Issue 3 to an event, with a recipient.
  await page.getByRole("tab", { name: pi.movements.tab.issue }).click();
  const issue = page.getByTestId("form-issue");
  await issue.locator("#quantity").fill("3");
  await issue.locator("#purpose").selectOption("EVENT");
  await issue.locator("#recipientName").fill("Pořadatelé Městských slavností");
  await issue.locator("#reference").fill("Městské slavnosti");
  await issue.getByRole("button", { name: pi.movements.submit.issue }).click();
  await expect(page.getByText(pi.done.issue)).toBeVisible();
  await expect(page.getByTestId("item-on-hand")).toContainText("7");

  // Too many: refused with a clear message, nothing changes.
  await issue.locator("#quantity").fill("50");
  await issue.locator("#recipientName").fill("Někdo");
  await issue.getByRole("button", { name: pi.movements.submit.issue }).click();
  await expect(issue.getByRole("alert")).toContainText("Nedostatek na skladě");
  await expect(page.getByTestId("item-on-hand")).toContainText("7");

  // Undo the issue: a reversal with a reason; on-hand is back to 10.
  const issueRow = page.getByTestId("ledger").locator('tr[data-kind="ISSUE"]');
  await issueRow.getByTestId("undo").click();
  await issueRow.getByRole("textbox").fill("Vydáno omylem");
  await issueRow.getByRole("button", { name: pi.ledger.confirmUndo }).click();
  await expect(page.getByTestId("ledger").locator('tr[data-kind="REVERSAL"]')).toContainText("Vydáno omylem");
  await expect(page.getByTestId("item-on-hand")).toContainText("10");
  await expect(page.getByTestId("ledger").locator('tr[data-kind="ISSUE"]')).toContainText(pi.ledger.reversed);

  // A demo item's ledger, and the report, for the record.
  await page.goto("/promo-items?q=hrnek%20panoramatem");
  await page.getByRole("link", { name: "Hrnek s panoramatem města" }).click();
  await expect(page.getByTestId("ledger")).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}promo-item-ledger.png`, fullPage: true });
  await page.goto("/promo-items/report");
  await expect(page.getByTestId("issues-report")).toContainText(pi.purpose.VISIT);
  await page.screenshot({ path: `${SCREENSHOTS}promo-items-report.png`, fullPage: true });

  // The stocktake sheet of the new location prints (print media), then a count records the difference.
  await page.goto(`/promo-items/stocktake?location=${encodeURIComponent(location)}`);
  await expect(page.getByTestId("stocktake-sheet")).toContainText(name);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: pi.stocktake.save })).toBeHidden();
  await page.screenshot({ path: `${SCREENSHOTS}promo-stocktake-print.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await page.getByLabel(`${pi.stocktake.countOf.replace("{name}", name)}`).fill("9");
  await page.getByRole("button", { name: pi.stocktake.save }).click();
  await expect(page.getByText("Inventura uložena: 1 položek sečteno, 1 rozdílů zapsáno.")).toBeVisible();
});
