import { expect, type Page } from "@playwright/test";
import { cs, DEMO_PASSWORD, signIn, test, uniqueSuffix } from "./support/app";

// Media contacts: PR staff import a CSV (a bad row imports nothing and is shown; the fixed file imports
// every row, searchable without diacritics); the spokesperson erases a contact, who is then gone from
// search. Screenshots of the list, a contact's GDPR panel and the import preview with errors (cs).

const PR = { email: "pr@herald.example", password: DEMO_PASSWORD, firstName: "Kateřina" };
const SPOKESPERSON = { email: "spokesperson@herald.example", password: DEMO_PASSWORD, firstName: "Tomáš" };
const c = cs.contacts;
const SCREENSHOTS = new URL("./screenshots/", import.meta.url).pathname;

async function uploadCsv(page: Page, text: string) {
  await page.locator("#file").setInputFiles({ name: "kontakty.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${text}`, "utf8") });
  await page.getByRole("button", { name: c.import.preview }).click();
  await expect(page.getByRole("heading", { name: c.import.previewTitle })).toBeVisible();
}

async function search(page: Page, q: string) {
  await page.goto(`/contacts?q=${encodeURIComponent(q)}`);
  return page.locator("table tbody tr td:first-child a");
}

test("PR staff import contacts: a bad row imports nothing; the fixed file imports all, found without diacritics", async ({ page }) => {
  const word = uniqueSuffix();
  await signIn(page, PR);
  await page.goto("/contacts");
  await expect(page.getByRole("heading", { name: c.title })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}contacts-list.png`, fullPage: true });

  await page.getByRole("link", { name: c.nav.import }).click();
  await page.waitForURL("**/contacts/import");
  const header = "jméno;e-mail;médium;funkce;témata;telefon;jazyky;právní základ;zdroj\r\n";
  const rows = [
    `Řehoř Čapek ${word};rehor.${word}@denik.example;Deník Podhůří;redaktor;doprava|radnice;+420 600 100 200;cs;veřejný zájem;web redakce`,
    `Žofie Dvořáková ${word};zofie.${word}@nove-medium.example;Nové médium ${word};reportérka;kultura, sport;;cs,en;veřejný zájem;vizitka`,
  ];
  const bad = `Špatný Řádek ${word};neni-to-email;Deník Podhůří;;;;cs;veřejný zájem;web`;
  await uploadCsv(page, `${header}${rows[0]}\r\n${bad}\r\n${rows[1]}\r\n`);
  const preview = page.getByTestId("import-preview");
  await expect(preview.locator("tr", { hasText: "neni-to-email" })).toContainText(cs.validation.invalidEmail);
  await expect(preview.locator("tr", { hasText: "neni-to-email" })).toContainText("3");
  await expect(page.getByText(`Nové médium ${word}`).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Importovat \d/ })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}contacts-import-errors.png`, fullPage: true });
  await expect(await search(page, word)).toHaveCount(0);

  // The fixed file: everything is imported.
  await page.goto("/contacts/import");
  await uploadCsv(page, `${header}${rows[0]}\r\n${bad.replace("neni-to-email", `spatny.${word}@web.example`)}\r\n${rows[1]}\r\n`);
  await page.getByRole("button", { name: /^Importovat 3/ }).click();
  await expect(page.getByText("Hotovo. Nové kontakty: 3, aktualizované: 0, nové redakce: 1.")).toBeVisible();

  const found = await search(page, `rehor capek ${word}`);
  await expect(found).toHaveCount(1);
  await expect(found.first()).toContainText(`Řehoř Čapek ${word}`);
  await expect(await search(page, `ZOFIE DVORAKOVA ${word}`)).toHaveCount(1);
  await expect(await search(page, word)).toHaveCount(3);
});

test("PR staff add a further outlet to a demo journalist: the detail page and the list show it", async ({ page }) => {
  // A demo journalist of Rádio Podhůří (index 10 of the demo data, no further outlet yet).
  const email = "bozena.ruzickova.11@radio-podhuri.example";
  await signIn(page, PR);
  await (await search(page, email)).first().click();
  await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
  const rows = page.getByTestId("affiliations");
  await rows.getByLabel(`${c.affiliations.outlet} 1`, { exact: true }).selectOption({ label: "Český rozhlas Sever" });
  await rows.getByLabel(`${c.affiliations.role} 1`, { exact: true }).fill("externí zpravodajka");
  await rows.getByLabel(`${c.affiliations.outlet} 2`, { exact: true }).selectOption({ label: "Podhůří dnes" });
  await page.getByRole("button", { name: cs.common.save, exact: true }).click();
  await expect(page.getByText(cs.common.saved)).toBeVisible();
  await page.reload();
  const outlets = page.getByTestId("contact-outlets");
  await expect(outlets).toContainText("Rádio Podhůří");
  await expect(outlets).toContainText("Český rozhlas Sever");
  await expect(outlets).toContainText("externí zpravodajka");
  await expect(outlets).toContainText("Podhůří dnes");
  await page.screenshot({ path: `${SCREENSHOTS}contact-affiliations.png`, fullPage: true });
  const row = page.locator("table tbody tr", { hasText: email });
  await search(page, email);
  await expect(row).toContainText("Rádio Podhůří");
  await expect(row).toContainText("+2");
  await page.screenshot({ path: `${SCREENSHOTS}contacts-list-affiliations.png`, fullPage: true });
});

test("the spokesperson erases a contact: it is gone from search", async ({ page }) => {
  const word = uniqueSuffix();
  const name = `Bořivoj Šimánek ${word}`;
  await signIn(page, SPOKESPERSON);
  await page.goto("/contacts/new");
  await page.locator("#name").fill(name);
  await page.locator("#email").fill(`borivoj.${word}@radio.example`);
  await page.locator("#beats").fill("doprava, kultura");
  await page.locator("#mobile").fill("+420 777 000 111");
  await page.locator("#source").fill("vizitka z tiskové konference");
  await page.getByRole("button", { name: c.create }).click();
  await page.waitForURL(/\/contacts\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByTestId("gdpr-panel")).toContainText("veřejný zájem");
  await expect(page.getByTestId("gdpr-panel")).toContainText(c.notInformed.split(" ")[0]);
  await page.screenshot({ path: `${SCREENSHOTS}contact-detail-gdpr.png`, fullPage: true });
  await expect(await search(page, `borivoj simanek ${word}`)).toHaveCount(1);

  await page.getByRole("link", { name: name }).click();
  await page.getByRole("button", { name: c.gdpr.erase }).click();
  await page.getByLabel(c.gdpr.eraseConfirm).check();
  await page.getByRole("button", { name: c.gdpr.eraseYes, exact: true }).click();
  await page.waitForURL(/\/contacts\?erased=1$/);
  await expect(page.getByText(c.gdpr.erased)).toBeVisible();
  await expect(await search(page, `borivoj simanek ${word}`)).toHaveCount(0);
  await expect(await search(page, word)).toHaveCount(0);
});
