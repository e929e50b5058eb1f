// "Was this helpful?" on the FAQ (issue 9): only with config.json's
// feedback_url; Yes sends at once, No opens "What was missing?" (500
// characters at most); the answer is posted as JSON with an idempotency key,
// retried with back-off, and a comment that could not be sent is kept (in its
// field, and across a reload); one answer per entry per visitor; a thank-you
// in a live region. Against the scripted test server and the reference
// server (which stores it).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertNoAxeViolations,
  expectState,
  fixtureFeed,
  openFaq,
  serveFixture,
  startFeedServer,
  testConfig,
  until,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';

const ENTRY = 'section#faq details#faq-downtime';
const CONTROL = `${ENTRY} .faq-feedback`;
const STATUS = `${CONTROL} [role="status"]`;

/** Answer POSTs to `path` with the given statuses in turn (then 202), recording each. */
function script(srv, path, statuses) {
  const posts = [];
  srv.override(path, (req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      posts.push({ key: req.headers['idempotency-key'], type: req.headers['content-type'], body: JSON.parse(body) });
      const status = statuses.shift() ?? 202;
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(status < 300 ? '{"status":"received"}' : '{"error":{"code":"x","message":"down"}}');
    });
  });
  return posts;
}

async function openEntry(page) {
  await expectState(page, 'loaded');
  await openFaq(page);
  await page.locator(`${ENTRY} > summary`).click();
}

const statusText = (page) => page.locator(STATUS).textContent();


describe('FAQ feedback', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), { each: (srv) => serveFixture(srv, { config: testConfig({ feedback_url: 'api/feedback' }) }) });

  test('without feedback_url there is no control', async () => {
    serveFixture(srv);
    await withPage(browser, srv, {}, async ({ page }) => {
      await openEntry(page);
      assert.equal(await page.locator('.faq-feedback').count(), 0);
    });
  });

  test('Yes: posted at once as JSON with a key; thanks in a live region; remembered after a reload', async () => {
    const posts = script(srv, 'api/feedback', []);
    await withPage(browser, srv, {}, async ({ page }) => {
      await openEntry(page);
      assert.equal(await page.locator('section#faq .faq-feedback').count(), 9, 'one control per entry');
      await page.locator(`${CONTROL} button[data-feedback="yes"]`).click();
      await until(async () => /Thank you for your answer/.test(await statusText(page)), 'thanks');
      assert.equal(posts.length, 1);
      assert.deepEqual(posts[0].body, { entry: 'downtime', helpful: true, locale: 'en-GB' });
      assert.match(posts[0].key, /^[0-9a-f-]{36}$/);
      assert.match(posts[0].type, /application\/json/);
      assert.equal(await page.locator(`${CONTROL} button`).count(), 0, 'no buttons once answered');
      await page.reload();
      await openEntry(page);
      assert.match(await statusText(page), /you answered/);
      assert.equal(await page.locator(`${CONTROL} button`).count(), 0, 'one answer per entry');
      assert.equal(await page.locator('section#faq details#faq-when .faq-feedback button[data-feedback]').count(), 2, 'other entries still ask');
    });
  });

  test('No with a comment: a failing endpoint keeps the comment (also across a reload); one key for every retry; then sent', async () => {
    const posts = script(srv, 'api/feedback', [503, 503, 503]);
    await withPage(browser, srv, {}, async ({ page }) => {
      await openEntry(page);
      await page.locator(`${CONTROL} button[data-feedback="no"]`).click();
      const field = page.locator(`${CONTROL} textarea`);
      assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA', 'the comment has focus');
      assert.equal(await field.getAttribute('maxlength'), '500');
      const comment = 'Which services go down, and is <b>data</b> "safe"?';
      await field.fill(comment);
      await page.locator(`${CONTROL} button[type="submit"]`).click();
      // The live region says how long each retry waits, in seconds (1 s, then 2 s).
      await until(async () => (await statusText(page)) === 'Not sent yet; trying again in 1 second.', 'the first retry says "1 second"', 5000);
      await until(async () => (await statusText(page)) === 'Not sent yet; trying again in 2 seconds.', 'the second retry says "2 seconds"', 5000);
      await until(async () => /could not be sent.*kept here/.test(await statusText(page)), 'gave up with a message', 15000);
      assert.equal(posts.length, 3, 'three attempts');
      assert.equal(new Set(posts.map((p) => p.key)).size, 1, 'one key for every retry');
      assert.deepEqual(posts[0].body, { entry: 'downtime', helpful: false, comment, locale: 'en-GB' });
      assert.equal(await field.inputValue(), comment, 'the comment is still there');

      await page.reload();
      await openEntry(page);
      assert.equal(await page.locator(`${CONTROL} textarea`).inputValue(), comment, 'and after a reload');
      await page.locator(`${CONTROL} button[type="submit"]`).click();
      await until(async () => /Thank you for your answer/.test(await statusText(page)), 'sent');
      assert.equal(posts.length, 4);
      assert.deepEqual(posts[3].body, posts[0].body);
    });
  });

  test('accessible: the open comment form and its message pass axe; the control works from the keyboard', async () => {
    script(srv, 'api/feedback', [422]);
    await withPage(browser, srv, {}, async ({ page }) => {
      await openEntry(page);
      await page.locator(`${CONTROL} button[data-feedback="no"]`).focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA');
      await page.keyboard.type('Too vague.');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await until(async () => /did not accept/.test(await statusText(page)), 'the refusal is said');
      await assertNoAxeViolations(page, 'the FAQ with a feedback form and its message');
    });
  });

  test('a comment over 500 characters is refused before sending', async () => {
    const posts = script(srv, 'api/feedback', []);
    await withPage(browser, srv, {}, async ({ page }) => {
      await openEntry(page);
      await page.locator(`${CONTROL} button[data-feedback="no"]`).click();
      // maxlength stops typing; a pasted or scripted value can still be longer.
      await page.locator(`${CONTROL} textarea`).evaluate((t) => (t.value = 'x'.repeat(501)));
      await page.locator(`${CONTROL} button[type="submit"]`).click();
      await until(async () => /500 characters or fewer/.test(await statusText(page)), 'the limit is said');
      assert.equal(posts.length, 0);
    });
  });
});

describe('FAQ feedback against the reference server', () => {
  let browser;
  let ref;

  useBrowserAndServer((b, s) => ([browser, ref] = [b, s]), {
    start: () => startFeedServer({ feed: fixtureFeed(), config: testConfig({ feedback_url: 'api/feedback' }) }),
    each: null,
  });

  test('No with a comment is stored once', async () => {
    await withPage(browser, ref, {}, async ({ page }) => {
      await openEntry(page);
      await page.locator(`${CONTROL} button[data-feedback="no"]`).click();
      await page.locator(`${CONTROL} textarea`).fill('More about rollback, please.');
      await page.locator(`${CONTROL} button[type="submit"]`).click();
      await until(async () => /Thank you for your answer/.test(await statusText(page)), 'stored');
      const res = await fetch(`${ref.origin}/__test/feedback`);
      const rows = await res.json();
      const list = Array.isArray(rows) ? rows : rows.feedback ?? rows.rows ?? [];
      assert.equal(list.length, 1, JSON.stringify(rows));
      assert.equal(list[0].entry, 'downtime');
      assert.equal(list[0].helpful, false);
      assert.equal(list[0].comment, 'More about rollback, please.');
    });
  });
});
