// Browser clients end to end, in headless Chromium: a page served from another origin
// (a second local port, under another name) calls the stub's PingOne API with a bearer
// token and reads a success body and error bodies, as an admin console would; the same
// page's fetch calls to the control plane change and read nothing.
// Usage: node browser-clients.test.mjs [baseUrl]   (the stub must be running on loopback)
import http from 'node:http';
import { launchChromium } from './browser.mjs';

const stub = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/$/, '');
const probeId = '5e1ec7ed-0b5e-4c1e-8a5e-b10cced0c0de';

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exitCode = 1;
}

function check(condition, message) {
  if (!condition) fail(message);
}

// A sandbox made by a tool (no Origin, no Sec-Fetch-Site): the control plane answers it.
const created = await fetch(`${stub}/__stub/environments`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ users: [{ username: 'console.user' }] }),
});
check(created.status === 201, `creating the sandbox answered ${created.status}`);
const sandbox = await created.json();
const app = sandbox.applications[0];
const userId = sandbox.users[0].id;

// The console's page, on another origin: http://localhost:<port>, where the stub is
// http://127.0.0.1:<port>, so the browser counts it as another site.
const server = http.createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html' });
  response.end('<!doctype html><title>Console</title><h1>A console on another origin</h1>');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const page = `http://localhost:${server.address().port}/`;

const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  const consoleErrors = [];
  tab.on('pageerror', (error) => consoleErrors.push(error.message));
  await tab.goto(page);

  const api = await tab.evaluate(async ({ stub, env, clientId, clientSecret, userId }) => {
    const read = async (response) => ({
      status: response.status,
      correlationId: response.headers.get('Correlation-Id'),
      body: await response.json(),
    });
    const token = await (await fetch(`${stub}/${env}/as/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    })).json();
    const bearer = { Authorization: `Bearer ${token.access_token}` };
    const user = `${stub}/v1/environments/${env}/users/${userId}`;
    return {
      token: typeof token.access_token,
      success: await read(await fetch(`${user}/mfaEnabled`, {
        method: 'PUT',
        headers: { ...bearer, 'Content-Type': 'application/json' },
        body: JSON.stringify({ mfaEnabled: true }),
      })),
      invalid: await read(await fetch(`${user}/bypassMFA`, {
        method: 'PUT',
        headers: { ...bearer, 'Content-Type': 'application/json' },
        body: JSON.stringify({ bypassMFAEnabledUntil: '2030-12-31' }),
      })),
      unauthorized: await read(await fetch(`${user}/mfaEnabled`)),
    };
  }, { stub, env: sandbox.id, clientId: app.clientId, clientSecret: app.clientSecret, userId });
  console.log('From another origin:', JSON.stringify(api));
  check(api.token === 'string', 'no access token from the token endpoint');
  check(api.success.status === 200 && api.success.body.mfaEnabled === true, 'PUT mfaEnabled was not readable as 200');
  check(/^[0-9a-f-]{36}$/.test(api.success.correlationId || ''), 'Correlation-Id is not exposed');
  check(api.invalid.status === 400 && api.invalid.body.code === 'INVALID_DATA', 'the 400 body was not readable');
  check(api.unauthorized.status === 401 && api.unauthorized.body.code === 'ACCESS_FAILED',
    'the 401 body was not readable');
  check(api.unauthorized.body.id === api.unauthorized.correlationId, 'the error id is not the Correlation-Id');

  // The control plane, from the same page: a "simple" POST (sent without a preflight), a
  // JSON POST (preflighted), and reads. None may have an effect or be readable.
  const control = await tab.evaluate(async ({ stub, env, probeId }) => {
    const attempt = async (url, init) => {
      try {
        const response = await fetch(url, init);
        return response.type === 'opaque' ? 'opaque' : `read ${response.status}`;
      } catch (error) {
        return 'blocked';
      }
    };
    return {
      storeReset: await attempt(`${stub}/__stub/reset`,
        { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: '{}' }),
      sandboxReset: await attempt(`${stub}/__stub/environments/${env}/reset`, { method: 'POST', mode: 'no-cors' }),
      clock: await attempt(`${stub}/__stub/environments/${env}/clock/advance`,
        { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: '{"duration":"P1D"}' }),
      create: await attempt(`${stub}/__stub/environments`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id: probeId }),
      }),
      journal: await attempt(`${stub}/__stub/environments/${env}/events`, {}),
    };
  }, { stub, env: sandbox.id, probeId });
  console.log('Control plane from another origin:', JSON.stringify(control));
  for (const [call, outcome] of Object.entries(control)) {
    check(outcome === 'opaque' || outcome === 'blocked', `${call}: the page could read the answer (${outcome})`);
  }
  check(consoleErrors.length === 0, `page errors: ${consoleErrors.join('; ')}`);
} finally {
  await browser.close();
  server.close();
}

// Nothing changed: the sandbox survived both resets, its user keeps what the page set
// through the API, its clock did not move a day, and no sandbox was created.
const clock = await fetch(`${stub}/__stub/environments/${sandbox.id}/clock`);
check(clock.status === 200, `the sandbox is gone after the page's calls (${clock.status})`);
const events = await (await fetch(`${stub}/__stub/environments/${sandbox.id}/events`)).json();
check(events.events.some((event) => event.type === 'MFA_ENABLED_UPDATED'),
  `the journal lost the page's API change: ${JSON.stringify(events.events.map((event) => event.type))}`);
const token = await (await fetch(`${stub}/${sandbox.id}/as/token`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: app.clientId, client_secret: app.clientSecret }),
})).json();
const mfa = await (await fetch(`${stub}/v1/environments/${sandbox.id}/users/${userId}/mfaEnabled`, {
  headers: { Authorization: `Bearer ${token.access_token}` },
})).json();
check(mfa.mfaEnabled === true, 'the sandbox was reset: mfaEnabled is back to false');
const probe = await fetch(`${stub}/__stub/environments/${probeId}`, { method: 'DELETE' });
check(probe.status === 404, `the page created a sandbox (${probe.status})`);
await fetch(`${stub}/__stub/environments/${sandbox.id}`, { method: 'DELETE' });

if (process.exitCode) {
  process.exit(process.exitCode);
}
console.log('Browser clients test: OK');
