// Headless-Chromium check of Swagger UI at the gateway: the page loads the merged spec, "Authorize"
// logs in at Keycloak (authorization code + PKCE, client cchc-spa), and a "Try it out" call returns
// data. Driven by playwright-core with Debian's chromium (no browser download).
// Env: CCHC_API (gateway base URL), CCHC_USER / CCHC_PASSWORD (a demo user), CHROMIUM (binary path).
import { chromium } from "playwright-core";

const api = process.env.CCHC_API ?? "http://127.0.0.1:8080";
const user = process.env.CCHC_USER ?? "badinh.officer";
const password = process.env.CCHC_PASSWORD ?? "demo";

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${api}/q/swagger-ui/`);
  // the merged spec is loaded when its operations are listed
  const operation = page.locator(".opblock", { has: page.locator(".opblock-summary-path", { hasText: /^\/api\/v1\/units\/\{code\}$/ }) })
    .filter({ has: page.locator(".opblock-summary-method", { hasText: "GET" }) }).first();
  await operation.waitFor({ timeout: 30_000 });

  await page.locator("button.authorize").first().click();
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    page.locator(".modal-ux .auth-container button.authorize").first().click(),
  ]);
  await popup.waitForSelector("#username", { timeout: 30_000 });
  await popup.fill("#username", user);
  await popup.fill("#password", password);
  await Promise.all([popup.waitForEvent("close", { timeout: 30_000 }), popup.click("#kc-login")]);
  // back in Swagger UI: the scheme now shows a logout button
  await page.locator('button:has-text("Logout"):visible').first().waitFor({ timeout: 15_000 });
  await page.locator('.modal-ux button:has-text("Close"):visible').first().click();

  await operation.locator(".opblock-summary").click();
  await operation.locator("button.try-out__btn").click();
  await operation.locator('input[placeholder="code"]').fill("HN-BADINH");
  await operation.locator("button.execute").click();
  const status = operation.locator(".live-responses-table .response .response-col_status").first();
  await status.waitFor({ timeout: 30_000 });
  const code = (await status.innerText()).trim();
  const body = await operation.locator(".live-responses-table .response-col_description pre").first().innerText();
  console.log(JSON.stringify({ status: code, hasUnit: body.includes("HN-BADINH"), loggedInAs: user }));
  if (code !== "200" || !body.includes("HN-BADINH")) {
    process.exitCode = 1;
  }
} catch (e) {
  // leave evidence for whoever reads the failure
  const pages = browser.contexts().flatMap((c) => c.pages());
  for (const [i, p] of pages.entries()) {
    await p.screenshot({ path: `swagger-login-failure-${i}.png` }).catch(() => {});
  }
  throw e;
} finally {
  await browser.close();
}
