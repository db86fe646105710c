// Swagger UI end to end, as the administrator of the seeds does it: open Swagger UI,
// authorize, fill the user id, Execute PUT bypassMFA, and see 200 with canBypassMFA.
// Usage: node swagger-ui.test.mjs [baseUrl]   (the stub must be running; default :8080)
import { launchChromium } from './browser.mjs';

const base = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/$/, '');
const env = 'abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6';
const user = '05ad3cc6-8723-4f85-9711-05ad549717f6';
const until = '2099-01-01T00:00:00.000Z';

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exitCode = 1;
}

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(20000);
  await page.goto(`${base}/swagger-ui.html`);
  await page.waitForSelector('.opblock-tag-section');

  // Authorize through the UI with the seeded admin worker app: Swagger UI runs the
  // client_credentials flow against the documentation environment's token endpoint.
  await page.click('button.authorize');
  const workerApp = page.locator('.auth-container', { hasText: 'workerApp' });
  await workerApp.locator('input[data-name="clientId"]').fill('6f2f1a43-5c1e-4b8e-9a57-1c0d2e3f4a01');
  await workerApp.locator('input[data-name="clientSecret"]').fill('stub-admin-secret');
  await workerApp.locator('button.authorize').click();
  // Swagger UI fetched a token from /{envID}/as/token: the button turns into Logout.
  await workerApp.locator('button', { hasText: 'Logout' }).waitFor();
  await workerApp.locator('button.btn-done').click();

  // PUT bypassMFA: Try it out, fill the ids and the body, Execute.
  const operation = page.locator('.opblock-put', { hasText: '/v1/environments/{environmentId}/users/{userId}/bypassMFA' });
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('button.try-out__btn').click();
  await operation.locator('input[placeholder="environmentId"]').fill(env);
  await operation.locator('input[placeholder="userId"]').fill(user);
  await operation.locator('textarea.body-param__text').fill(JSON.stringify({ bypassMFAEnabledUntil: until }));
  await operation.locator('button.execute').click();

  const status = operation.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor();
  const code = (await status.innerText()).trim();
  const body = await operation.locator('.live-responses-table tbody .response-col_description pre').first().innerText();
  await page.screenshot({ path: 'swagger-ui.png', fullPage: false });
  console.log(`PUT bypassMFA from Swagger UI: ${code}\n${body}`);
  if (!code.startsWith('200')) fail(`expected 200, got ${code}`);
  let json;
  try {
    json = JSON.parse(body);
  } catch (error) {
    fail(`response body is not JSON: ${body}`);
  }
  if (json && json.canBypassMFA !== true) fail('canBypassMFA is not true');
  if (json && json.bypassMFAEnabledUntil !== until) fail(`bypassMFAEnabledUntil is ${json.bypassMFAEnabledUntil}`);

  // Put the user back as the seed had it: end the bypass.
  const token = await (await fetch(`${base}/${env}/as/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=6f2f1a43-5c1e-4b8e-9a57-1c0d2e3f4a01&client_secret=stub-admin-secret',
  })).json();
  await fetch(`${base}/v1/environments/${env}/users/${user}/bypassMFA`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token.access_token}` },
    body: JSON.stringify({ bypassMFAEnabledUntil: '2000-01-01T00:00:00.000Z' }),
  });
} finally {
  await browser.close();
}
if (process.exitCode) {
  process.exit(process.exitCode);
}
console.log('Swagger UI browser test: OK');
