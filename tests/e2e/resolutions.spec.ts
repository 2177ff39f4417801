import { expect, type Page } from "@playwright/test";
import { cs, DEMO_PASSWORD, signIn, test, uniqueSuffix } from "./support/app";

// The council-resolutions register: PR staff add a resolution by hand and import more from a CSV that
// Czech Excel saved (BOM, semicolons, Czech dates, a quoted line break); roles without
// resolution.manage see the register without its buttons, or not at all.

const PR = { email: "pr@herald.example", password: DEMO_PASSWORD, firstName: "Kateřina" };
const HEAD = { email: "head@herald.example", password: DEMO_PASSWORD, firstName: "Alena" };
const ASSISTANT = { email: "assistant@herald.example", password: DEMO_PASSWORD, firstName: "Lucie" };
const r = cs.resolutions;
const SCREENSHOTS = new URL("./screenshots/", import.meta.url).pathname;

/** A resolution number no earlier run has used: 6 digits and a year. */
function freshNumber(): string {
  return `${100_000 + Math.floor(Math.random() * 899_999)}/2025`;
}

async function uploadCsv(page: Page, text: string) {
  await page.locator("#file").setInputFiles({ name: "usneseni.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${text}`, "utf8") });
  await page.getByRole("button", { name: r.import.preview }).click();
  await expect(page.getByRole("heading", { name: r.import.previewTitle })).toBeVisible();
}

test("PR staff create a resolution, edit it, and import a CSV; the register lists them", async ({ page }) => {
  const word = uniqueSuffix();
  const number = freshNumber();
  await signIn(page, PR);
  await page.goto("/press-releases/resolutions");
  await page.getByRole("link", { name: r.new }).click();
  await page.waitForURL("**/press-releases/resolutions/new");
  await page.locator("#body").selectOption("ZM");
  await page.locator("#number").fill(number);
  await page.locator("#adoptedOn").fill("2026-03-14");
  await page.locator("#title").fill(`Zastupitelstvo schvaluje rozpočet ${word}`);
  await page.locator("#text").fill("Zastupitelstvo města schvaluje rozpočet na rok 2026.\nPříjmy i výdaje jsou vyrovnané.");
  await page.locator("#url").fill("https://www.example.cz/usneseni/zm");
  await page.getByRole("button", { name: r.create }).click();
  await page.waitForURL(/\/press-releases\/resolutions\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByText(r.created)).toBeVisible();
  await expect(page.getByText(r.noLinkedReleases)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}resolution-edit.png`, fullPage: true });

  // An edit keeps the form and says so.
  await page.locator("#title").fill(`Zastupitelstvo schvaluje rozpočet města ${word}`);
  await page.getByRole("button", { name: cs.common.save }).click();
  await expect(page.getByText(r.saved)).toBeVisible();

  // A taken number is a field error, not a failure of the page.
  await page.goto("/press-releases/resolutions/new");
  await page.locator("#body").selectOption("ZM");
  await page.locator("#number").fill(number);
  await page.locator("#adoptedOn").fill("2026-03-14");
  await page.locator("#title").fill("Duplicitní usnesení");
  await page.getByRole("button", { name: r.create }).click();
  await expect(page.locator("#number-error")).toContainText(number);
  await expect(page.locator("#title")).toHaveValue("Duplicitní usnesení");

  // Import: a file with a bad row shows the row and offers no import.
  const [a, b] = [freshNumber(), freshNumber()];
  const header = "orgán;číslo;datum;název;text;odkaz\r\n";
  const good =
    `RM;${a};2. 3. 2026;"Rada schvaluje dotace; chodníky ${word}";"První řádek\r\nDruhý řádek";https://www.example.cz/rm\r\n` +
    `ZM;${b};16.3.2026;Koncepce „Zelené město“ ${word};;\r\n`;
  await page.goto("/press-releases/resolutions");
  await page.getByRole("link", { name: r.importCsv }).click();
  await page.waitForURL("**/press-releases/resolutions/import");
  await uploadCsv(page, `${header}${good}RM;12;31. 2. 2026;;;ftp://example.cz\r\n`);
  await expect(page.getByText(cs.validation.resolutionNumberFormat)).toBeVisible();
  await expect(page.getByText(cs.validation.invalidDate.split(",")[0])).toBeVisible();
  await expect(page.getByRole("button", { name: /^Importovat \d/ })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}resolution-import-errors.png`, fullPage: true });

  // The corrected file: preview, confirm, done.
  await uploadCsv(page, `${header}${good}`);
  await page.getByRole("button", { name: /^Importovat 2/ }).click();
  await expect(page.getByText("Import je hotov: 2 nových, 0 změněných, 0 beze změny.")).toBeVisible();

  // The same file again: nothing to do.
  await uploadCsv(page, `${header}${good}`);
  await expect(page.getByText(r.import.nothingToDo)).toBeVisible();

  await page.goto(`/press-releases/resolutions?q=${encodeURIComponent(word)}`);
  await page.screenshot({ path: `${SCREENSHOTS}resolution-register.png`, fullPage: true });
  const register = page.getByRole("table");
  await expect(register.getByRole("link", { name: `ZM ${number}` })).toBeVisible();
  await expect(register.getByRole("link", { name: `RM ${a}` })).toBeVisible();
  await expect(register.getByRole("link", { name: `ZM ${b}` })).toBeVisible();
  await expect(register.getByText(`Koncepce „Zelené město“ ${word}`)).toBeVisible();
});

test("the head of office sees the register without its buttons; the assistant does not see it at all", async ({ browser }) => {
  const headContext = await browser.newContext();
  const head = await headContext.newPage();
  await signIn(head, HEAD);
  await head.goto("/press-releases/resolutions");
  await expect(head.getByRole("heading", { level: 1, name: r.title })).toBeVisible();
  await expect(head.getByRole("link", { name: r.new })).toHaveCount(0);
  await expect(head.getByRole("link", { name: r.importCsv })).toHaveCount(0);
  await head.goto("/press-releases/resolutions/import");
  await expect(head.getByRole("heading", { name: cs.forbidden.title })).toBeVisible();
  await headContext.close();

  const assistantContext = await browser.newContext();
  const assistant = await assistantContext.newPage();
  await signIn(assistant, ASSISTANT);
  for (const path of ["/press-releases/resolutions", "/press-releases/resolutions/new"]) {
    await assistant.goto(path);
    await expect(assistant.getByRole("heading", { name: cs.forbidden.title })).toBeVisible();
    await expect(assistant.getByRole("link", { name: r.new })).toHaveCount(0);
    await expect(assistant.getByRole("link", { name: r.importCsv })).toHaveCount(0);
  }
  await assistantContext.close();
});
