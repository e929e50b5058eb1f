// The subscription form (docs/feed-format.md, "Subscribing" and "Markup that tests and embedders rely on") in real Chromium: every row of the
// contract's table and the edge cases, mostly against the reference server
// (server/, `feed-server --test-control`), and a few answers the
// reference server never gives (201 "subscribed", 400 without a field, 413,
// 415, 404, an HTML 200, a dropped connection, no answer) from the scripted
// test server.

import assert from 'node:assert/strict';
import { after, afterEach, describe, test } from 'node:test';
import {
  expectState,
  fixtureFeed,
  intlDateTime,
  startFeedServer,
  testConfig,
  tr,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

const FORM = 'form#subscribe';
const STATUS = 'form#subscribe [role="status"]';
const EMAIL = 'form#subscribe input[name="email"]';
const SUBMIT = 'form#subscribe button[type="submit"]';
const TRY_AGAIN = 'form#subscribe button.subscribe-retry';
const DRAFT_KEY = 'maintenance-window:subscribe-draft';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const REGIONS = fixtureFeed().regions;

/** The form after the page loaded. */
async function openForm(page) {
  await expectState(page, 'loaded');
  await page.waitForSelector(FORM, { state: 'attached', timeout: 10000 });
}

/** { state, text, result, reason } of the live region. */
function status(page) {
  return page.$eval(STATUS, (el) => ({
    state: el.getAttribute('data-state'),
    text: el.textContent.replace(/\s+/g, ' ').trim(),
    result: el.getAttribute('data-result'),
    reason: el.getAttribute('data-reason'),
  }));
}

/** Wait until the live region's data-state is one of `states`; return status(). */
async function waitStatus(page, states, timeout = 20000) {
  const list = [].concat(states);
  try {
    await page.waitForFunction(
      ({ sel, list }) => list.includes(document.querySelector(sel)?.getAttribute('data-state')),
      { sel: STATUS, list },
      { timeout, polling: 50 },
    );
  } catch (err) {
    const now = await status(page).catch(() => null);
    throw new Error(`${STATUS} never reached data-state ${list.join('|')} in ${timeout} ms; it is ${JSON.stringify(now)}`, { cause: err });
  }
  return status(page);
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? null);
const emailValue = (page) => page.inputValue(EMAIL);
const checkedRegions = (page) =>
  page.$$eval('form#subscribe input[type="checkbox"][name="region"]:checked', (els) => els.map((e) => e.value));
const draft = (page) => page.evaluate((k) => sessionStorage.getItem(k), DRAFT_KEY);

async function fillAndSubmit(page, email, regions = []) {
  await page.fill(EMAIL, email);
  for (const r of regions) await page.check(`form#subscribe input[name="region"][value="${r}"]`);
  await page.click(SUBMIT);
}

// ---------------------------------------------------------------------------

describe('subscription form against the reference server', () => {
  let browser;
  let srv;

  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), {
    start: () => startFeedServer(),
    each: async (srv) => {
      await srv.faults({ fail_first: 0, delay_ms: 0, reply_429: 0, retry_after: 1, fault_rate: 0, rate_per_ip: 'off', rate_per_address: 'off' });
      await srv.reset();
    },
  });

  test('markup: labelled email, one checkbox per region, hidden honeypot, idle live region', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      const form = await page.$eval(FORM, (f) => {
        const email = f.querySelector('input[name="email"]');
        const label = (input) => f.querySelector(`label[for="${input.id}"]`)?.textContent.trim() ?? null;
        const trap = f.querySelector('input[name="website"]');
        const boxes = [...f.querySelectorAll('input[type="checkbox"][name="region"]')];
        const st = f.querySelector('[role="status"]');
        return {
          novalidate: f.noValidate,
          heading: f.querySelector('h2')?.textContent.trim(),
          email: { type: email.type, autocomplete: email.getAttribute('autocomplete'), label: label(email), invalid: email.getAttribute('aria-invalid') },
          boxes: boxes.map((b) => ({ value: b.value, label: label(b), checked: b.checked })),
          legend: f.querySelector('fieldset legend')?.textContent.trim(),
          hint: f.querySelector('#subscribe-regions-hint')?.textContent.trim(),
          fieldsetDescribedBy: f.querySelector('fieldset')?.getAttribute('aria-describedby'),
          trap: {
            tabindex: trap.tabIndex,
            autocomplete: trap.getAttribute('autocomplete'),
            ariaHidden: trap.closest('[aria-hidden="true"]') !== null,
            rect: (() => { const r = trap.getBoundingClientRect(); return { right: r.right, bottom: r.bottom }; })(),
          },
          status: { state: st.getAttribute('data-state'), text: st.textContent.trim(), live: st.getAttribute('role') },
          submit: f.querySelector('button[type="submit"]')?.textContent.trim(),
        };
      });
      assert.equal(form.novalidate, true, 'form[novalidate]');
      assert.ok(form.heading, 'the form has a heading');
      assert.deepEqual(form.email, { type: 'email', autocomplete: 'email', label: 'Email address', invalid: null });
      assert.deepEqual(
        form.boxes,
        REGIONS.map((r) => ({ value: r.id, label: r.name, checked: false })),
        'one unticked checkbox per feed region, labelled with its name',
      );
      assert.equal(form.legend, 'Regions');
      assert.match(form.hint, /all unticked.*every region/i, 'the hint says none ticked = all regions');
      assert.equal(form.fieldsetDescribedBy, 'subscribe-regions-hint');
      assert.equal(form.trap.tabindex, -1, 'honeypot out of the tab order');
      assert.equal(form.trap.autocomplete, 'off');
      assert.ok(form.trap.ariaHidden, 'honeypot hidden from assistive technology');
      assert.ok(form.trap.rect.right <= 0 || form.trap.rect.bottom <= 0, `honeypot off-screen: ${JSON.stringify(form.trap.rect)}`);
      assert.deepEqual(form.status, { state: 'idle', text: '', live: 'status' });
      assert.equal(form.submit, 'Subscribe');
    });
  });

  test('row 2xx pending_confirmation: "Check your inbox to confirm", one row with zone and locale, a UUID key', async () => {
    await withPage(browser, srv, { timezoneId: 'Asia/Katmandu', locale: 'de-DE' }, async ({ page }) => {
      await openForm(page);
      const posts = [];
      page.on('request', (r) => {
        if (r.method() === 'POST') posts.push({ url: r.url(), headers: r.headers(), body: r.postData() });
      });
      await fillAndSubmit(page, '  ops@example.com  ', ['eu-central', 'us-east']);
      const st = await waitStatus(page, ['success', 'error']);
      assert.equal(st.state, 'success', JSON.stringify(st));
      assert.equal(st.result, 'pending_confirmation');
      // A de-DE browser sees the page in German: the catalog's sentence.
      const english = 'Check your inbox to confirm: we have sent you an email with a link to confirm your subscription.';
      const pending = tr('de', english);
      assert.notEqual(pending, english, 'the catalog translates it');
      assert.ok(st.text.startsWith(pending), `the success text ${JSON.stringify(st.text)} starts with ${JSON.stringify(pending)}`);
      assert.equal(await focusedId(page), 'subscribe-status', 'focus moves to the success message');
      assert.equal(await draft(page), null, 'the draft is cleared on success');

      assert.equal(posts.length, 1, 'one POST');
      assert.equal(posts[0].url, srv.origin + '/api/subscriptions');
      assert.equal(posts[0].headers['content-type'], 'application/json');
      assert.match(posts[0].headers['idempotency-key'], UUID);
      assert.deepEqual(JSON.parse(posts[0].body), {
        email: 'ops@example.com',
        regions: ['us-east', 'eu-central'],
        time_zone: 'Asia/Kathmandu',
        locale: 'de-DE',
      });
      const rows = await srv.subscriptions();
      assert.equal(rows.length, 1);
      assert.equal(rows[0].email, 'ops@example.com');
      assert.deepEqual([...rows[0].regions].sort(), ['eu-central', 'us-east']);
      assert.equal(rows[0].time_zone, 'Asia/Kathmandu');
      assert.equal(rows[0].locale, 'de-DE');
      assert.equal(rows[0].status, 'pending_confirmation');
      const reqs = await srv.requests();
      assert.deepEqual(reqs.map((r) => [r.idempotency_key, r.status]), [[posts[0].headers['idempotency-key'], 202]]);
    });
  });

  test('no region ticked sends [] (all regions)', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await fillAndSubmit(page, 'all@example.com');
      assert.equal((await waitStatus(page, ['success', 'error'])).state, 'success');
      const rows = await srv.subscriptions();
      assert.deepEqual(rows.map((r) => [r.email, r.regions, r.time_zone]), [['all@example.com', [], 'UTC']]);
    });
  });

  test('row 409: an address already confirmed is "already subscribed", a success', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await fillAndSubmit(page, 'confirmed@example.com');
      assert.equal((await waitStatus(page, ['success', 'error'])).result, 'pending_confirmation');
      const [row] = await srv.subscriptions();
      const confirm = await fetch(`${srv.origin}/api/subscriptions/confirm?token=${row.token}`);
      assert.equal(confirm.status, 200, 'confirmation link works');

      await page.reload();
      await openForm(page);
      await fillAndSubmit(page, 'confirmed@example.com');
      const st = await waitStatus(page, ['success', 'error']);
      assert.deepEqual([st.state, st.result], ['success', 'already_subscribed'], JSON.stringify(st));
      assert.match(st.text, /^This address is already subscribed/);
      assert.equal(await emailValue(page), 'confirmed@example.com');
      assert.equal((await srv.subscriptions()).length, 1, 'still one row');
      assert.deepEqual((await srv.requests()).map((r) => r.status), [202, 409]);
    });
  });

  test('client-side validation: empty and malformed addresses, message beside the field, focus, no request', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await page.click(SUBMIT);
      let st = await waitStatus(page, 'error');
      assert.equal(st.reason, 'invalid');
      assert.equal(await page.textContent('#subscribe-email-error'), 'Error: Enter your email address');
      assert.equal(await page.getAttribute(EMAIL, 'aria-invalid'), 'true');
      assert.equal(await page.getAttribute(EMAIL, 'aria-describedby'), 'subscribe-email-error');
      assert.equal(await focusedId(page), 'subscribe-email', 'focus moves to the field in error');

      await page.check('form#subscribe input[name="region"][value="ap-sydney"]');
      await fillAndSubmit(page, 'name@example');
      st = await waitStatus(page, 'error');
      assert.match(st.text, /Enter an email address in the correct format, like name@example.com/);
      assert.equal(
        (await page.textContent('#subscribe-email-error')).replace(/^Error: /, ''),
        'Enter an email address in the correct format, like name@example.com',
      );
      assert.equal(await emailValue(page), 'name@example', 'what was typed stays');
      assert.deepEqual(await checkedRegions(page), ['ap-sydney']);
      assert.equal((await srv.requests()).length, 0, 'nothing was sent');

      // Fixed: the error goes away on the next submission.
      await fillAndSubmit(page, 'josé@exämple.de');
      st = await waitStatus(page, ['success', 'error']);
      assert.equal(st.state, 'success', 'an international address is accepted');
      assert.equal(await page.$('#subscribe-email-error'), null);
      assert.equal(await page.getAttribute(EMAIL, 'aria-invalid'), null);
    });
  });

  test('row 422: the server\'s field error beside the field, as text, with everything typed kept', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      // A zero-width space: the crate accepts it, the reference server does not.
      const typed = 'ops\u200b@example.com';
      await fillAndSubmit(page, typed, ['ap-south']);
      const st = await waitStatus(page, ['success', 'error']);
      assert.equal(st.state, 'error', JSON.stringify(st));
      assert.equal(st.reason, 'invalid');
      const message = 'Enter a valid email address, like name@example.com.';
      assert.equal(await page.textContent('#subscribe-email-error'), `Error: ${message}`);
      assert.ok(st.text.includes(message), st.text);
      assert.equal(await page.getAttribute(EMAIL, 'aria-invalid'), 'true');
      assert.equal(await focusedId(page), 'subscribe-email');
      assert.equal(await emailValue(page), typed, 'the typed input is kept');
      assert.deepEqual(await checkedRegions(page), ['ap-south']);
      assert.deepEqual(JSON.parse(await draft(page)), { email: typed, regions: ['ap-south'] }, 'the draft is kept');
      assert.deepEqual((await srv.requests()).map((r) => r.status), [422]);
      assert.equal((await srv.subscriptions()).length, 0);
    });
  });

  test('row 5xx: the server fails the first two posts; one submission ends in success, one row, one key', async () => {
    await srv.faults({ fail_first: 2 });
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      const t0 = Date.now();
      await fillAndSubmit(page, 'retry@example.com', ['us-east']);
      const busy = await waitStatus(page, 'submitting');
      assert.equal(await page.isDisabled(SUBMIT), true, 'the button is disabled while submitting');
      await page.waitForFunction((sel) => /trying again in \d+ seconds?/.test(document.querySelector(sel).textContent), STATUS, { timeout: 5000 });
      const st = await waitStatus(page, ['success', 'error']);
      const took = Date.now() - t0;
      assert.equal(st.state, 'success', JSON.stringify({ busy, st }));
      assert.ok(took >= 3000, `back-off of 1 s + 2 s (took ${took} ms)`);
      assert.equal(await page.isDisabled(SUBMIT), false);
      const reqs = await srv.requests();
      assert.deepEqual(reqs.map((r) => r.status), [503, 503, 202]);
      assert.equal(new Set(reqs.map((r) => r.idempotency_key)).size, 1, `every request carried the same key: ${JSON.stringify(reqs)}`);
      assert.match(reqs[0].idempotency_key, UUID);
      const rows = await srv.subscriptions();
      assert.equal(rows.length, 1, 'exactly one subscription stored');
      assert.equal(rows[0].email, 'retry@example.com');
    });
  });

  test('row 5xx three times: a clear error, input kept, "Try again" resends with the same key', async () => {
    await srv.faults({ fail_first: 3 });
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await fillAndSubmit(page, 'giveup@example.com', ['eu-central']);
      const st = await waitStatus(page, ['success', 'error']);
      assert.equal(st.state, 'error', JSON.stringify(st));
      assert.equal(st.reason, 'unavailable');
      assert.match(st.text, /not working at the moment \(HTTP 503\)/);
      assert.equal(await focusedId(page), 'subscribe-status', 'focus moves to the error');
      assert.equal(await emailValue(page), 'giveup@example.com');
      assert.deepEqual(await checkedRegions(page), ['eu-central']);
      assert.equal((await srv.requests()).length, 3, 'three attempts in all');

      await page.click(TRY_AGAIN);
      const again = await waitStatus(page, ['success', 'error']);
      assert.equal(again.state, 'success', JSON.stringify(again));
      assert.equal(await page.$(TRY_AGAIN), null, 'no "Try again" after success');
      const reqs = await srv.requests();
      assert.deepEqual(reqs.map((r) => r.status), [503, 503, 503, 202]);
      assert.equal(new Set(reqs.map((r) => r.idempotency_key)).size, 1, 'Try again reuses the key');
      assert.equal((await srv.subscriptions()).length, 1);
    });
  });

  test('row 429 with Retry-After: says when it will try again, waits that long, then succeeds', async () => {
    await srv.faults({ reply_429: 1, retry_after: 2 });
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await fillAndSubmit(page, 'patient@example.com');
      await page.waitForFunction(
        (sel) => document.querySelector(sel).textContent.includes('Too many requests; trying again in 2 seconds'),
        STATUS,
        { timeout: 5000 },
      );
      assert.equal((await status(page)).state, 'submitting');
      const st = await waitStatus(page, ['success', 'error']);
      assert.equal(st.state, 'success', JSON.stringify(st));
      const reqs = await srv.requests();
      assert.deepEqual(reqs.map((r) => r.status), [429, 202]);
      assert.equal(reqs[0].idempotency_key, reqs[1].idempotency_key);
    });
  });

  test('row 429 with a long Retry-After: says when to try again, in the visitor\'s zone', async () => {
    await srv.faults({ reply_429: 1, retry_after: 3600 });
    // The page's clock is fixed at 2026-11-26T12:00Z: 13:00Z is 18:45 in Kathmandu.
    await withPage(browser, srv, { timezoneId: 'Asia/Kathmandu' }, async ({ page }) => {
      await openForm(page);
      await fillAndSubmit(page, 'later@example.com');
      const st = await waitStatus(page, ['success', 'error']);
      assert.equal(st.state, 'error', JSON.stringify(st));
      assert.equal(st.reason, 'rate-limited');
      // The time is worded by Intl in the page's locale, like every other date on the page.
      const locale = await page.evaluate(() => navigator.language);
      const when = intlDateTime(locale, 'Asia/Kathmandu', '2026-11-26T13:00:00Z');
      assert.match(when, /\b18:45\b|\b6:45\b/, `precondition: ${when} is 18:45 in Kathmandu`);
      assert.equal(st.text, `Too many requests. Try again after ${when} (in about 60 minutes).`);
      assert.equal(await page.isVisible(TRY_AGAIN), true);
      assert.equal(await emailValue(page), 'later@example.com');
      assert.equal((await srv.requests()).length, 1, 'no automatic retry for a long wait');
    });
  });

  test('the real per-IP rate limit answers 429 and the page says so', async () => {
    await srv.faults({ rate_per_ip: '1/3600' });
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await fillAndSubmit(page, 'first@example.com');
      assert.equal((await waitStatus(page, ['success', 'error'])).state, 'success');
      await fillAndSubmit(page, 'second@example.com');
      const st = await waitStatus(page, ['success', 'error'], 20000);
      assert.equal(st.state, 'error', JSON.stringify(st));
      assert.equal(st.reason, 'rate-limited');
      assert.match(st.text, /^Too many requests\. Try again after /);
      assert.equal(await emailValue(page), 'second@example.com');
    });
  });

  test('honeypot: filled in, the page reports success and posts nothing', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await page.fill('form#subscribe input[name="website"]', 'http://spam.example', { force: true });
      await fillAndSubmit(page, 'bot@example.com');
      const st = await waitStatus(page, ['success', 'error']);
      assert.deepEqual([st.state, st.result], ['success', 'subscribed']);
      await page.waitForTimeout(300);
      assert.equal((await srv.requests()).length, 0, 'no POST');
      assert.equal((await srv.subscriptions()).length, 0);
    });
  });

  test('no double submit: the button is disabled and a second submit while busy sends nothing', async () => {
    await srv.faults({ delay_ms: 1500 });
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await fillAndSubmit(page, 'once@example.com');
      await waitStatus(page, 'submitting');
      assert.equal(await page.isDisabled(SUBMIT), true);
      await page.$eval(FORM, (f) => { f.requestSubmit(); f.requestSubmit(); });
      await page.press(EMAIL, 'Enter');
      assert.equal((await waitStatus(page, ['success', 'error'])).state, 'success');
      assert.equal((await srv.requests()).length, 1, 'exactly one POST');
    });
  });

  test('the draft survives a reload (also mid-submission) and is cleared by a success', async () => {
    await srv.faults({ delay_ms: 3000 });
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await page.fill(EMAIL, 'draft@example.com');
      await page.check('form#subscribe input[name="region"][value="sa-santiago"]');
      await page.check('form#subscribe input[name="region"][value="ap-south"]');
      await page.click(SUBMIT);
      await waitStatus(page, 'submitting');
      await page.reload();
      await openForm(page);
      assert.equal(await emailValue(page), 'draft@example.com', 'email restored after a reload mid-way');
      assert.deepEqual((await checkedRegions(page)).sort(), ['ap-south', 'sa-santiago'], 'regions restored');
      assert.equal((await status(page)).state, 'idle');

      await srv.faults({ delay_ms: 0 });
      await page.click(SUBMIT);
      assert.equal((await waitStatus(page, ['success', 'error'])).state, 'success');
      assert.equal((await srv.subscriptions()).length, 1, 'one row even though the first request also arrived');
      await page.reload();
      await openForm(page);
      assert.equal(await emailValue(page), '', 'nothing restored after a success');
      assert.deepEqual(await checkedRegions(page), []);
    });
  });

  test('keyboard only: Tab to the field, Enter, Space to tick, Enter on Subscribe', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await page.evaluate(() => document.activeElement?.blur());
      let tabs = 0;
      while ((await focusedId(page)) !== 'subscribe-email') {
        await page.keyboard.press('Tab');
        tabs += 1;
        assert.ok(tabs < 200, 'the email field is reachable with Tab');
      }
      await page.keyboard.press('Enter');
      assert.equal((await waitStatus(page, 'error')).reason, 'invalid', 'Enter in the field submits');
      assert.equal(await focusedId(page), 'subscribe-email');

      await page.keyboard.type('keys@example.com');
      await page.keyboard.press('Tab');
      assert.equal(await focusedId(page), 'subscribe-region-0');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await focusedId(page), 'subscribe-region-2');
      await page.keyboard.press('Space');
      for (let i = 3; i < REGIONS.length; i += 1) await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(
        await page.evaluate(() => document.activeElement?.matches('form#subscribe button[type="submit"]')),
        true,
        'Tab goes from the last region to Subscribe (the honeypot is skipped)',
      );
      await page.keyboard.press('Enter');
      const st = await waitStatus(page, ['success', 'error']);
      assert.equal(st.state, 'success', JSON.stringify(st));
      assert.equal(await focusedId(page), 'subscribe-status');
      const [row] = await srv.subscriptions();
      assert.equal(row.email, 'keys@example.com');
      assert.deepEqual([...row.regions].sort(), [REGIONS[0].id, REGIONS[2].id].sort());
    });
  });
});

// ---------------------------------------------------------------------------
// Answers the reference server never gives, from the scripted test server.

/** Read a request body. */
function bodyOf(req) {
  return new Promise((resolve) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
  });
}

/**
 * Answer POSTs to `p` with `answers` in turn (the last one repeats). Each is
 * { status, json, body, headers } or { destroy: true } or { hang: true }.
 * Returns the list of posts received: { headers, body }.
 */
function script(srv, p, answers) {
  const posts = [];
  srv.override(p, async (req, res) => {
    posts.push({ headers: { ...req.headers }, body: await bodyOf(req) });
    const a = answers[Math.min(posts.length - 1, answers.length - 1)];
    if (a.hang) return;
    if (a.destroy) return req.socket.destroy();
    const body = a.json !== undefined ? JSON.stringify(a.json) : a.body ?? '';
    res.writeHead(a.status, { 'Content-Type': a.json !== undefined ? 'application/json' : 'text/plain', ...(a.headers || {}) });
    res.end(body);
  });
  return posts;
}

describe('subscription form: every other answer (scripted server)', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), {
    each: (srv) => {
      srv.override('config.json', { json: testConfig({ subscribe_url: 'api/subscriptions' }) });
      srv.override('feed.json', { json: fixtureFeed() });
    },
  });
  afterEach(() => srv.resetRequests());

  const ROWS = [
    // [name, answers, state, result or reason, text]
    ['201 subscribed', [{ status: 201, json: { status: 'subscribed' } }], 'success', 'subscribed', /^You are subscribed/],
    ['200 subscribed', [{ status: 200, json: { status: 'subscribed', id: 7 } }], 'success', 'subscribed', /^You are subscribed/],
    ['202 pending_confirmation', [{ status: 202, json: { status: 'pending_confirmation' } }], 'success', 'pending_confirmation', /^Check your inbox to confirm/],
    ['204 without a body', [{ status: 204 }], 'success', 'received', /received/],
    ['409 with any body', [{ status: 409, body: 'Conflict' }], 'success', 'already_subscribed', /^This address is already subscribed/],
    ['400 without a field', [{ status: 400, json: { error: { code: 'bad', message: 'Malformed request body' } } }], 'error', 'invalid', /^Malformed request body$/],
    ['422 on a field the form does not have', [{ status: 422, json: { error: { code: 'tz', message: 'Unknown time zone', field: 'time_zone' } } }], 'error', 'invalid', /^Unknown time zone$/],
    ['400 that is not JSON', [{ status: 400, body: 'Bad Request' }], 'error', 'invalid', /HTTP 400/],
    ['413', [{ status: 413, body: 'too large' }], 'error', 'too-large', /HTTP 413/],
    ['415', [{ status: 415, body: 'unsupported' }], 'error', 'unsupported-type', /HTTP 415/],
    ['404', [{ status: 404, body: 'not found' }], 'error', 'not-found', /not found \(HTTP 404\)/],
    ['403', [{ status: 403, body: 'forbidden' }], 'error', 'refused', /HTTP 403/],
    ['200 with an HTML page', [{ status: 200, body: '<!doctype html><title>Home</title>', headers: { 'Content-Type': 'text/html' } }], 'error', 'unexpected-answer', /does not understand \(HTTP 200\)/],
  ];

  for (const [name, answers, state, detail, text] of ROWS) {
    test(`${name} → ${state} (${detail})`, async () => {
      const posts = script(srv, 'api/subscriptions', answers);
      await withPage(browser, srv, {}, async ({ page }) => {
        await openForm(page);
        await fillAndSubmit(page, 'row@example.com', ['ap-kathmandu']);
        const st = await waitStatus(page, ['success', 'error']);
        assert.equal(st.state, state, JSON.stringify(st));
        assert.equal(state === 'success' ? st.result : st.reason, detail, JSON.stringify(st));
        assert.match(st.text, text);
        assert.equal(posts.length, 1, 'no retry');
        assert.equal(await emailValue(page), 'row@example.com', 'the input stays');
        assert.deepEqual(await checkedRegions(page), ['ap-kathmandu']);
        const retryable = detail === 'unexpected-answer';
        assert.equal(await page.isVisible(TRY_AGAIN), retryable, `"Try again" ${retryable ? 'shown' : 'not shown'}`);
        assert.equal(await focusedId(page), 'subscribe-status');
      });
    });
  }

  test('422 on the regions field: the message beside the regions, focus on the first checkbox', async () => {
    script(srv, 'api/subscriptions', [{ status: 422, json: { error: { code: 'r', message: 'Choose at most 3 regions', field: 'regions' } } }]);
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await fillAndSubmit(page, 'row@example.com', ['us-east']);
      assert.equal((await waitStatus(page, 'error')).reason, 'invalid');
      assert.equal(await page.textContent('#subscribe-regions-error'), 'Error: Choose at most 3 regions');
      assert.equal(await page.getAttribute('form#subscribe fieldset', 'aria-describedby'), 'subscribe-regions-hint subscribe-regions-error');
      assert.equal(await focusedId(page), 'subscribe-region-0');
    });
  });

  test('a server message with markup is shown as text', async () => {
    script(srv, 'api/subscriptions', [{ status: 422, json: { error: { code: 'x', message: '<img src=x onerror=alert(1)><b>bad</b>', field: 'email' } } }]);
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await fillAndSubmit(page, 'row@example.com');
      await waitStatus(page, 'error');
      assert.equal(await page.textContent('#subscribe-email-error'), 'Error: <img src=x onerror=alert(1)><b>bad</b>');
      assert.equal(await page.$('form#subscribe img, form#subscribe b'), null, 'no element was created from it');
    });
  });

  test('row 429 with an HTTP-date Retry-After', async () => {
    // The page's clock is fixed at 2026-11-26T12:00:00Z.
    const posts = script(srv, 'api/subscriptions', [
      { status: 429, json: { error: { code: 'rate', message: 'slow down' } }, headers: { 'Retry-After': 'Thu, 26 Nov 2026 12:00:02 GMT' } },
      { status: 202, json: { status: 'pending_confirmation' } },
    ]);
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      const t0 = Date.now();
      await fillAndSubmit(page, 'date@example.com');
      await page.waitForFunction((sel) => document.querySelector(sel).textContent.includes('trying again in 2 seconds'), STATUS, { timeout: 5000 });
      const st = await waitStatus(page, ['success', 'error']);
      assert.equal(st.state, 'success');
      assert.ok(Date.now() - t0 >= 2000, 'waited for the date');
      assert.equal(posts.length, 2);
      assert.equal(posts[0].headers['idempotency-key'], posts[1].headers['idempotency-key']);
    });
  });

  test('row network error: failed connections retry, give up after three attempts, "Try again" succeeds', async () => {
    // Chromium itself quietly resends a POST whose reused connection was
    // dropped, so the network errors are made in the browser.
    const posts = script(srv, 'api/subscriptions', [{ status: 202, json: { status: 'pending_confirmation' } }]);
    await withPage(browser, srv, {}, async ({ page }) => {
      const keys = [];
      await page.route('**/api/subscriptions', (route) => {
        keys.push(route.request().headers()['idempotency-key']);
        return keys.length <= 3 ? route.abort('connectionreset') : route.continue();
      });
      await openForm(page);
      await fillAndSubmit(page, 'offline@example.com', ['us-east']);
      await page.waitForFunction((sel) => /could not be reached; trying again/.test(document.querySelector(sel).textContent), STATUS, { timeout: 5000 });
      const st = await waitStatus(page, ['success', 'error']);
      assert.equal(st.state, 'error', JSON.stringify(st));
      assert.equal(st.reason, 'network');
      assert.match(st.text, /could not be reached/);
      assert.equal(keys.length, 3, 'three attempts in all');
      assert.equal(posts.length, 0);
      assert.equal(await emailValue(page), 'offline@example.com');
      assert.deepEqual(await checkedRegions(page), ['us-east']);
      await page.click(TRY_AGAIN);
      assert.equal((await waitStatus(page, ['success', 'error'])).state, 'success');
      assert.equal(keys.length, 4);
      assert.equal(posts.length, 1);
      assert.equal(posts[0].headers['idempotency-key'], keys[0]);
      assert.equal(new Set(keys).size, 1, 'one key for every attempt');
    });
  });

  test('the same details submitted again after a failure reuse the key; changed details get a new one', async () => {
    const posts = script(srv, 'api/subscriptions', [
      { status: 503 }, { status: 503 }, { status: 503 },
      { status: 503 }, { status: 503 }, { status: 503 },
      { status: 202, json: { status: 'pending_confirmation' } },
    ]);
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await fillAndSubmit(page, 'same@example.com');
      assert.equal((await waitStatus(page, ['success', 'error'])).state, 'error');
      await page.click(SUBMIT);
      assert.equal((await waitStatus(page, ['success', 'error'])).state, 'error');
      await fillAndSubmit(page, 'other@example.com');
      assert.equal((await waitStatus(page, ['success', 'error'])).state, 'success');
      const keys = posts.map((p) => p.headers['idempotency-key']);
      assert.equal(posts.length, 7);
      assert.equal(new Set(keys.slice(0, 6)).size, 1, 'Subscribe again with the same details = the same submission');
      assert.notEqual(keys[6], keys[0], 'a changed address is a new submission');
    });
  });

  test('row timeout: no answer in 10 s aborts and retries with the same key', async () => {
    const posts = script(srv, 'api/subscriptions', [{ hang: true }, { status: 202, json: { status: 'pending_confirmation' } }]);
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      const t0 = Date.now();
      await fillAndSubmit(page, 'slow@example.com');
      await page.waitForFunction((sel) => /did not answer in time; trying again/.test(document.querySelector(sel).textContent), STATUS, { timeout: 15000 });
      const took = Date.now() - t0;
      assert.ok(took >= 9500 && took < 14000, `aborted after about 10 s (${took} ms)`);
      const st = await waitStatus(page, ['success', 'error']);
      assert.equal(st.state, 'success');
      assert.equal(posts.length, 2);
      assert.equal(posts[0].headers['idempotency-key'], posts[1].headers['idempotency-key']);
    });
  });

  test('endpoint: the feed\'s subscribe.url, relative to the feed', async () => {
    srv.override('config.json', { json: testConfig({ feed_url: 'data/feed.json' }) });
    srv.override('data/feed.json', { json: { ...fixtureFeed(), subscribe: { url: 'hooks/subscribe' } } });
    const posts = script(srv, 'data/hooks/subscribe', [{ status: 202, json: { status: 'pending_confirmation' } }]);
    await withPage(browser, srv, {}, async ({ page }) => {
      await openForm(page);
      await fillAndSubmit(page, 'feed@example.com');
      assert.equal((await waitStatus(page, ['success', 'error'])).state, 'success');
      assert.equal(posts.length, 1);
    });
  });

  test('endpoint: config.json\'s subscribe_url wins over the feed\'s, and no query parameter changes it', async () => {
    srv.override('config.json', { json: testConfig({ subscribe_url: 'api/subscriptions' }) });
    srv.override('feed.json', { json: { ...fixtureFeed(), subscribe: { url: 'feed-hook' } } });
    const posts = script(srv, 'api/subscriptions', [{ status: 202, json: { status: 'pending_confirmation' } }]);
    const path = '?subscribe_url=evil&subscribe=evil&endpoint=evil&subscribe_url=http://127.0.0.2/x#subscribe_url=evil';
    await withPage(browser, srv, { path }, async ({ page, requests }) => {
      await openForm(page);
      await fillAndSubmit(page, 'config@example.com');
      assert.equal((await waitStatus(page, ['success', 'error'])).state, 'success');
      assert.equal(posts.length, 1);
      const paths = requests.map((u) => new URL(u)).filter((u) => u.origin !== srv.origin || /evil|feed-hook/.test(u.pathname));
      assert.deepEqual(paths.map(String), [], 'no request anywhere else');
    });
  });

  test('endpoint: none configured, or not http(s), means no form', async () => {
    for (const subscribe of [undefined, { url: '' }, { url: 'javascript:alert(1)' }]) {
      srv.override('config.json', { json: testConfig() });
      srv.override('feed.json', { json: { ...fixtureFeed(), subscribe } });
      await withPage(browser, srv, {}, async ({ page }) => {
        await expectState(page, 'loaded');
        await page.waitForTimeout(200);
        assert.equal(await page.$(FORM), null, `no form for subscribe=${JSON.stringify(subscribe)}`);
      });
    }
  });
});
