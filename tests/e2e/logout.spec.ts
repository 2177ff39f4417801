import { cs, expect, newPerson, sidebar, signIn, test } from "./support/app";

// Logging out ends the session: the browser lands on the login, and the old session cookie is worthless
// (a fresh user, because logging out ends every session of that user, on every device).

test("logout ends the session", async ({ page, context, browser, newUser }) => {
  const user = await newUser({ roles: ["SPOKESPERSON"], firstName: "Ludmila" });
  await signIn(page, user);
  const cookiesBeforeLogout = await context.cookies();
  expect(cookiesBeforeLogout.some((cookie) => cookie.name === "next-auth.session-token")).toBe(true);

  await sidebar(page).getByRole("button", { name: cs.nav.logout }).click();
  await page.waitForURL((url) => url.pathname === "/login");
  await expect(page.getByText(cs.login.loggedOut)).toBeVisible();

  await page.goto("/");
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  await page.goto("/calendar");
  await expect(page).toHaveURL((url) => url.pathname === "/login");

  // Someone who copied the session cookie before the logout gets nowhere with it.
  const thief = await newPerson(browser);
  await thief.context.addCookies(cookiesBeforeLogout);
  await thief.page.goto("/");
  await expect(thief.page).toHaveURL((url) => url.pathname === "/login");
  await thief.context.close();
});
