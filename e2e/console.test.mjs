// The console at /__stub/console, end to end in headless Chromium, as a person debugging
// a test uses it: create a sandbox, turn MFA on for its user, set a bypass (a wrong date
// shows PingOne's message; the picker writes the one format) and see canBypassMFA, move
// the clock past it and see it end, pair an EMAIL device with the code read in the
// outbox, see the journal, reset the sandbox. Any browser console error fails the test.
// Usage: node console.test.mjs [baseUrl]   (the stub must be running; default :8080)
// Screenshots go to $SCREENSHOTS (default target/console-screenshots).
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser.mjs';

const base = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/$/, '');
const shots = process.env.SCREENSHOTS || 'target/console-screenshots';
mkdirSync(shots, { recursive: true });

const problems = [];
function check(condition, message) {
  if (!condition) {
    problems.push(message);
    console.error(`FAIL: ${message}`);
  }
}

async function text(locator) {
  return (await locator.innerText()).trim();
}

const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`browser console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  // Environments: create a sandbox with one user, from the keyboard.
  await page.goto(`${base}/__stub/console/`);
  check((await text(page.locator('h1'))) === 'Environments', 'the console opens on its environments');
  await page.screenshot({ path: `${shots}/console-environments.png` });
  await page.fill('#sandbox-users', 'ada.lovelace');
  await page.fill('#sandbox-name', 'Console sandbox');
  await page.press('#sandbox-name', 'Enter');
  await page.waitForSelector('text=Sandbox created.');
  check((await text(page.locator('h1'))) === 'Console sandbox', 'the new sandbox\'s page');
  const environmentUrl = page.url();

  // Its clock: set and frozen, so what follows is on a known instant.
  await page.click('#clock-freeze');
  await page.waitForSelector('#clock-frozen:text("frozen")');
  await page.fill('#clock-set-now', '2030-01-01T00:00:00.000Z');
  await page.click('#clock-set');
  await page.waitForSelector('text=Clock changed.');
  check((await text(page.locator('#clock-now'))) === '2030-01-01T00:00:00.000Z', 'the clock shows the instant set');
  await page.screenshot({ path: `${shots}/console-environment.png`, fullPage: true });

  // Users: MFA on, a bad bypass date, then one from the picker.
  await page.click('#users-link');
  const ada = page.locator('tr[data-username="ada.lovelace"]');
  check((await text(ada.locator('.mfa-state'))) === 'false', 'MFA is off at first');
  await ada.locator('.toggle-mfa').click();
  await page.waitForSelector('text=MFA enabled.');
  check((await text(ada.locator('.mfa-state'))) === 'true', 'MFA is on after the toggle');
  await ada.locator('.bypass-input').fill('2030-01-01');
  await ada.locator('.set-bypass').click();
  const error = page.locator('.error');
  await error.waitFor();
  check((await text(error)).includes(
    "bypassMFAEnabledUntil must be a date and time in the format yyyy-MM-dd'T'HH:mm:ss.SSS'Z', such as 2025-11-26T00:00:00.000Z."),
  'a bad bypass date shows PingOne\'s message');
  await ada.locator('.bypass-picker').fill('2030-01-01T01:00');
  check((await ada.locator('.bypass-input').inputValue()) === '2030-01-01T01:00:00.000Z',
    'the picker writes PingOne\'s one date format');
  await ada.locator('.set-bypass').click();
  await page.waitForSelector('text=Bypass set.');
  check((await text(ada.locator('.can-bypass'))) === 'canBypassMFA: true', 'canBypassMFA while the bypass runs');
  check((await text(ada.locator('.bypass-until'))) === 'until 2030-01-01T01:00:00.000Z', 'the bypass end is shown');
  await page.screenshot({ path: `${shots}/console-users.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${shots}/console-users-phone.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(overflow <= 0, `the users page fits a phone's width (overflows by ${overflow}px)`);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The clock moves past the bypass end: it is over.
  await page.goto(environmentUrl);
  await page.fill('#clock-advance-duration', 'PT2H');
  await page.click('#clock-advance');
  await page.waitForSelector('text=Clock changed.');
  check((await text(page.locator('#clock-now'))) === '2030-01-01T02:00:00.000Z', 'the clock moved two hours');
  await page.click('#users-link');
  check((await text(ada.locator('.can-bypass'))) === 'canBypassMFA: false', 'the bypass ended on the moved clock');

  // Devices: pair an EMAIL device with the code from the outbox.
  await ada.locator('.devices-link').click();
  await page.selectOption('#device-type', 'EMAIL');
  await page.fill('#device-address', 'ada@example.com');
  await page.click('#add-device');
  await page.waitForSelector('text=Device created: its pairing code is in the outbox.');
  check((await text(page.locator('.device-status').first())) === 'ACTIVATION_REQUIRED', 'the device waits for its code');
  const devicesUrl = page.url();
  await page.click('#outbox-link');
  const sent = page.locator('#outbox tr', { hasText: 'ada@example.com' });
  await sent.first().waitFor();
  const cells = await sent.first().locator('td').allInnerTexts();
  check(cells[2] === 'PAIRING', `the outbox holds the pairing code (${cells.join(' | ')})`);
  const otp = cells[6];
  check(/^[0-9]{6}$/.test(otp), `the passcode is six digits (${otp})`);
  await page.screenshot({ path: `${shots}/console-outbox.png`, fullPage: true });
  await page.goto(devicesUrl);
  await page.fill('.activate-otp', otp);
  await page.click('.activate');
  await page.waitForSelector('text=Device activated.');
  check((await text(page.locator('.device-status').first())) === 'ACTIVE', 'the device is active with the code');
  const signOns = page.getByRole('table', { name: 'Recent sign-ons' });
  check((await text(signOns.locator('tbody td'))) === 'No sign-ons yet.', 'a user never signed on has no sign-ons');
  await page.screenshot({ path: `${shots}/console-devices.png`, fullPage: true });

  // The journal, as it grows: the console is the caller of every change.
  await page.goto(`${environmentUrl}/journal`);
  const activated = page.locator('#journal tr', { hasText: 'DEVICE_ACTIVATED' });
  await activated.first().waitFor();
  check((await activated.first().innerText()).includes('stub-console'), 'the journal names the console as the caller');
  check((await page.locator('#journal tr', { hasText: '"otp"' }).count()) === 0, 'no passcode in the journal');
  await page.screenshot({ path: `${shots}/console-journal.png`, fullPage: true });

  // Reset: back to how the sandbox was created.
  await page.goto(environmentUrl);
  await page.click('#reset');
  await page.waitForSelector('text=Reset to how it was created.');
  await page.click('#users-link');
  check((await text(ada.locator('.mfa-state'))) === 'false', 'after the reset MFA is off again');
  await ada.locator('.devices-link').click();
  check((await page.locator('#devices tr[data-device]').count()) === 0, 'after the reset the device is gone');
  await page.goto(environmentUrl);
  await page.click('#delete');
  await page.waitForSelector('text=Environment deleted.');
} catch (failure) {
  problems.push(`step failed: ${failure.message}`);
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('Console browser test: OK');
