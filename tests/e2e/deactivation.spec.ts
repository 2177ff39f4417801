import { cs, expect, loginError, newPerson, sidebar, signIn, submitLogin, test } from "./support/app";

// A deactivated user is thrown out at their next request, and cannot sign in again.

test("deactivating a signed-in user ends their session at the next navigation", async ({ browser, adminPage, newUser }) => {
  const user = await newUser({ roles: ["PR_STAFF"], firstName: "Bohumil" });
  const { context, page } = await newPerson(browser);
  await signIn(page, user);

  await adminPage.goto(`/admin/users/${user.id}`);
  await adminPage.getByRole("button", { name: cs.users.deactivate }).click();
  await expect(adminPage.getByText(cs.users.deactivated)).toBeVisible();
  await expect(adminPage.getByRole("button", { name: cs.users.reactivate })).toBeVisible();

  // The user, still looking at their home page, clicks on to a module.
  await sidebar(page).getByRole("link", { name: cs.nav.calendar }).click();
  await page.waitForURL((url) => url.pathname === "/login");
  await expect(page.getByText(cs.login.expired)).toBeVisible();

  // A full page load of any staff page lands on the login too.
  await page.goto("/");
  await expect(page).toHaveURL((url) => url.pathname === "/login");

  // And the right password no longer opens the door (the same message as a wrong one).
  await submitLogin(page, user.email, user.password);
  await expect(loginError(page)).toHaveText(cs.login.invalid);
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  await context.close();
});
