import { cs, en, expect, format, homeHeading, newPerson, sidebar, signIn, submitLogin, test } from "./support/app";

// The language switch: English labels at once, and the choice survives a reload — in a cookie for a
// visitor, on the account for a signed-in user (so it follows them to another computer).

test("a visitor switches the login page to English, and it stays English after a reload", async ({ page, context }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: cs.login.title })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "cs");

  await page.getByRole("button", { name: cs.language.en }).click();
  await expect(page.getByRole("heading", { name: en.login.title })).toBeVisible();
  await expect(page.getByLabel(en.login.password)).toBeVisible();
  await expect(page.getByRole("button", { name: en.login.submit })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: en.login.title })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const cookie = (await context.cookies()).find((candidate) => candidate.name === "herald-locale");
  expect(cookie?.value).toBe("en");

  // And back.
  await page.getByRole("button", { name: en.language.cs }).click();
  await expect(page.getByRole("heading", { name: cs.login.title })).toBeVisible();
});

test("a signed-in user switches to English; the choice survives a reload and a new computer", async ({ page, browser, newUser }) => {
  const user = await newUser({ roles: ["ASSISTANT"], firstName: "Vlasta" });
  await signIn(page, user);
  await expect(sidebar(page).getByRole("link", { name: cs.nav.visits })).toBeVisible();

  await sidebar(page).getByRole("button", { name: cs.language.en }).click();
  await expect(homeHeading(page)).toHaveText(format(en.home.title, { name: user.firstName }));
  await expect(sidebar(page).getByRole("link", { name: en.nav.visits })).toBeVisible();
  await expect(sidebar(page).getByRole("button", { name: en.nav.logout })).toBeVisible();
  await expect(sidebar(page).getByRole("button", { name: en.language.en })).toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await expect(homeHeading(page)).toHaveText(format(en.home.title, { name: user.firstName }));
  await expect(sidebar(page).getByRole("link", { name: en.nav.ceremonies })).toBeVisible();

  // Another browser with no cookie: the login page speaks Czech, the user's pages speak English.
  const other = await newPerson(browser);
  await other.page.goto("/login");
  await expect(other.page.getByRole("heading", { name: cs.login.title })).toBeVisible();
  await submitLogin(other.page, user.email, user.password);
  await other.page.waitForURL((url) => url.pathname === "/");
  await expect(homeHeading(other.page)).toHaveText(format(en.home.title, { name: user.firstName }));
  await other.context.close();
});
