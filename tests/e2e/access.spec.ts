import { ADMIN, cs, DEMO_PASSWORD, expect, signIn, submitLogin, test } from "./support/app";

// Pages outside one's roles answer 403 with a friendly page; anonymous visitors are sent to the login.

test("PR staff opening the user administration gets a friendly 403 page", async ({ page }) => {
  await signIn(page, { email: "pr@herald.example", password: DEMO_PASSWORD, firstName: "Kateřina" });
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: cs.forbidden.title })).toBeVisible();
  await expect(page.getByText(cs.forbidden.body)).toBeVisible();
  await expect(page.getByRole("link", { name: cs.forbidden.home })).toHaveAttribute("href", "/");
  // Nothing of the user list leaked into the page.
  await expect(page.getByText("admin@herald.example")).toHaveCount(0);
});

test("modules outside one's roles answer 403 as well", async ({ page }) => {
  await signIn(page, { email: "assistant@herald.example", password: DEMO_PASSWORD, firstName: "Lucie" });
  for (const path of ["/press-releases", "/dashboard", "/admin/audit", "/admin/users/new"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: cs.forbidden.title })).toBeVisible();
  }
  // …while a module the assistant holds opens.
  const response = await page.goto("/ceremonies");
  expect(response?.status()).toBe(200);
  await expect(page.locator("main h1")).toHaveText(cs.nav.ceremonies);
});

test("an anonymous visitor of /admin/users is sent to the login, and back after signing in", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("callbackUrl") === "/admin/users");
  await expect(page.getByRole("heading", { name: cs.login.title })).toBeVisible();

  await submitLogin(page, ADMIN.email, ADMIN.password);
  await page.waitForURL((url) => url.pathname === "/admin/users");
  await expect(page.locator("main h1")).toHaveText(cs.users.title);
});

test("an anonymous visitor of the home page is sent to the login", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  await expect(page.getByRole("heading", { name: cs.login.title })).toBeVisible();
});
