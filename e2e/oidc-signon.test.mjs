// An application's own sign-on through the stub, as a real app does it: openid-client (a
// certified, widely used OpenID Connect relying party library, not written here) discovers
// the stub's authorization server, sends the browser to authorize with PKCE, and the
// stub's hosted sign-on pages are driven in headless Chromium: username and password, then
// the passcode PingOne would have e-mailed, read from the stub's outbox. The library then
// redeems the code and checks the ID token's signature (against the JWKS) and claims.
// Three users, three outcomes: MFA asked and passed; MFA bypassed (no passcode asked);
// MFA failed (wrong passcodes until the sign-on fails, back at the app as an error).
// Usage: node oidc-signon.test.mjs [baseUrl]   (the stub must be running; default :8080)
import http from 'node:http';
import * as client from 'openid-client';
import { launchChromium } from './browser.mjs';

const base = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/$/, '');
const problems = [];
function check(condition, message) {
  if (!condition) {
    problems.push(message);
    console.error(`FAIL: ${message}`);
  }
}

async function call(method, path, token, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

// The app's callback: a server of the test's own, which only records what came back.
const callbacks = [];
const app = http.createServer((request, response) => {
  const url = new URL(request.url, `http://${request.headers.host}`);
  if (url.pathname !== '/callback') {
    response.writeHead(404).end(); // the browser's /favicon.ico
    return;
  }
  callbacks.push(url);
  response.writeHead(200, { 'Content-Type': 'text/plain' }).end('signed on');
});
await new Promise((resolve) => app.listen(0, '127.0.0.1', resolve));
const redirectUri = `http://127.0.0.1:${app.address().port}/callback`;

// A sandbox with three users, each with a password and an EMAIL device.
const sandbox = await call('POST', '/__stub/environments', undefined, {
  name: 'OIDC sign-on', users: [{ username: 'mfa.user' }, { username: 'bypass.user' }, { username: 'failing.user' }],
});
const env = sandbox.id;
const worker = sandbox.applications[0];
const tokenResponse = await fetch(`${base}/${env}/as/token`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: worker.clientId,
    client_secret: worker.clientSecret }),
});
const admin = (await tokenResponse.json()).access_token;
const password = 'Sign-0n!Pass';
const users = {};
for (const user of sandbox.users) {
  users[user.username] = user.id;
  await fetch(`${base}/v1/environments/${env}/users/${user.id}/password`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/vnd.pingidentity.password.set+json' },
    body: JSON.stringify({ value: password, forceChange: false }),
  }).then((response) => check(response.status === 200, `password for ${user.username}: ${response.status}`));
  await call('PUT', `/v1/environments/${env}/users/${user.id}/mfaEnabled`, admin, { mfaEnabled: true });
  await call('POST', `/v1/environments/${env}/users/${user.id}/devices`, admin,
    { type: 'EMAIL', email: `${user.username}@example.com`, status: 'ACTIVE' });
}
await call('PUT', `/v1/environments/${env}/users/${users['bypass.user']}/bypassMFA`, admin,
  { bypassMFAEnabledUntil: '2099-12-31T00:00:00.000Z' });

// The app, a web app with a secret that must use PKCE.
const oidcApp = await call('POST', `/v1/environments/${env}/applications`, admin, {
  name: 'Relying party', enabled: true, type: 'WEB_APP', protocol: 'OPENID_CONNECT',
  grantTypes: ['AUTHORIZATION_CODE'], responseTypes: ['CODE'], redirectUris: [redirectUri],
  pkceEnforcement: 'S256_REQUIRED', tokenEndpointAuthMethod: 'CLIENT_SECRET_BASIC',
});
const secret = (await call('GET', `/v1/environments/${env}/applications/${oidcApp.id}/secret`, admin)).secret;
// PingOne's standard Multi_Factor policy (password, then MFA), which every environment has.
const policies = await call('GET', `/v1/environments/${env}/signOnPolicies`, admin);
const multiFactor = policies._embedded.signOnPolicies.find((policy) => policy.name === 'Multi_Factor');
await call('POST', `/v1/environments/${env}/applications/${oidcApp.id}/signOnPolicyAssignments`, admin,
  { priority: 1, signOnPolicy: { id: multiFactor.id } });

// The library, as an app configures it: discovery, then the client's secret.
// The app authenticates as registered (CLIENT_SECRET_BASIC): the stub, like PingOne,
// takes no other method for it.
const config = await client.discovery(new URL(`${base}/${env}/as`), oidcApp.id, undefined,
  client.ClientSecretBasic(secret), { execute: [client.allowInsecureRequests] });
client.enableNonRepudiationChecks(config); // ID token signatures checked against the JWKS
check(config.serverMetadata().issuer === `${base}/${env}/as`, 'the issuer is the environment\'s /as');

async function latestPasscode(username) {
  const outbox = await call('GET', `/__stub/environments/${env}/notifications`);
  const sent = outbox.notifications.filter((message) => message.to === `${username}@example.com`);
  return sent.length ? sent[sent.length - 1].otp : undefined;
}

// What a wait ended with; a wait that loses the race never settles (no stray rejection).
function outcome(wait, name) {
  return wait.then(() => name, () => new Promise(() => {}));
}

// One sign-on: authorize in the browser, the pages, then the callback in the library.
async function signOn(browser, username, passcodes) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri, scope: 'openid profile email', state, nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const before = callbacks.length;
  try {
    await page.goto(url.href);
    await page.fill('#username', username);
    await page.fill('#password', password);
    await page.click('#sign-on');
    let asked = 0;
    for (;;) {
      // The next page: a device to choose, a passcode to enter, or back at the app.
      const next = await Promise.race([
        outcome(page.waitForSelector('#select-device'), 'device'),
        outcome(page.waitForSelector('#otp'), 'passcode'),
        outcome(page.waitForURL((current) => current.href.startsWith(redirectUri)), 'app'),
        new Promise((resolve) => setTimeout(() => resolve('stuck'), 15000)),
      ]);
      if (next === 'stuck') {
        throw new Error(`${username}: no next page at ${page.url()}: ${await page.locator('body').innerText()}`);
      }
      if (next === 'app') break;
      if (next === 'device') {
        await page.click('#select-device');
        await page.waitForSelector('#otp');
      }
      if (asked === passcodes.length) throw new Error(`${username}: asked for passcode ${asked + 1}`);
      const passcode = passcodes[asked++];
      await page.fill('#otp', passcode === 'OUTBOX' ? await latestPasscode(username) : passcode);
      await Promise.all([page.waitForNavigation(), page.click('#check-passcode')]);
    }
    check(pageErrors.length === 0, `${username}: page errors ${pageErrors.join('; ')}`);
    check(callbacks.length === before + 1, `${username}: one callback, got ${callbacks.length - before}`);
    return { callback: callbacks[callbacks.length - 1], verifier, state, nonce, asked };
  } finally {
    await context.close();
  }
}

let summary = '';
const browser = await launchChromium();
try {
  // MFA asked and passed: the passcode comes from the outbox.
  const mfa = await signOn(browser, 'mfa.user', ['OUTBOX']);
  check(mfa.asked === 1, `mfa.user: one passcode was asked (${mfa.asked})`);
  const tokens = await client.authorizationCodeGrant(config, mfa.callback, {
    pkceCodeVerifier: mfa.verifier, expectedState: mfa.state, expectedNonce: mfa.nonce, idTokenExpected: true,
  });
  const claims = tokens.claims();
  check(claims.sub === users['mfa.user'], `mfa.user: sub ${claims.sub}`);
  check(claims.nonce === mfa.nonce, 'mfa.user: the nonce comes back');
  check(Array.isArray(claims.amr) && claims.amr.includes('pwd') && claims.amr.includes('otp'),
    `mfa.user: amr names the password and the passcode (${JSON.stringify(claims.amr)})`);
  const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
  check(userinfo.sub === claims.sub, 'mfa.user: userinfo answers for the same user');

  // MFA bypassed: no passcode page at all.
  const bypass = await signOn(browser, 'bypass.user', []);
  check(bypass.asked === 0, 'bypass.user: no passcode was asked');
  const bypassTokens = await client.authorizationCodeGrant(config, bypass.callback, {
    pkceCodeVerifier: bypass.verifier, expectedState: bypass.state, expectedNonce: bypass.nonce, idTokenExpected: true,
  });
  const bypassClaims = bypassTokens.claims();
  check(bypassClaims.sub === users['bypass.user'], 'bypass.user: signed on');
  check(!bypassClaims.amr.includes('otp'), `bypass.user: amr has no passcode (${JSON.stringify(bypassClaims.amr)})`);

  // MFA failing: wrong passcodes until the sign-on fails; the app gets an error, no code.
  const failing = await signOn(browser, 'failing.user', ['000000', '000000', '000000', '000000', '000000']);
  check(failing.asked > 1, `failing.user: passcodes were asked until the sign-on failed (${failing.asked})`);
  check(!failing.callback.searchParams.has('code'), 'failing.user: no code');
  check(failing.callback.searchParams.get('state') === failing.state, 'failing.user: the state comes back');
  try {
    await client.authorizationCodeGrant(config, failing.callback, {
      pkceCodeVerifier: failing.verifier, expectedState: failing.state, expectedNonce: failing.nonce,
    });
    check(false, 'failing.user: the library accepted a failed sign-on');
  } catch (error) {
    check(error instanceof client.AuthorizationResponseError, `failing.user: ${error}`);
    check(error.error === 'access_denied', `failing.user: error ${error.error}`);
  }
  summary = `MFA passed (amr ${JSON.stringify(claims.amr)}), bypassed (amr ${JSON.stringify(bypassClaims.amr)}), `
    + `and failed after ${failing.asked} wrong passcodes`;
} finally {
  await browser.close();
  app.close();
}

await call('DELETE', `/__stub/environments/${env}`);
if (problems.length) {
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`OIDC sign-on through the hosted pages: ${summary}, as openid-client checked.`);
