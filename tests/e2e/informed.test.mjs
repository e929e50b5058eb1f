// Staying informed (issue 9, the page's part): when the schedule was last
// updated and how fresh it is, the live status page in the header, and a
// calendar to subscribe to when config.json names one.

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { expectState, fixtureFeed, installClock, serveFixture, testConfig, withPage, useBrowserAndServer } from './lib.mjs';

const UPDATED = 'section#upcoming p.updated';

describe('staying informed', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]));

  test("last updated: the feed's generated_at in the visitor's zone, with its age, which grows", async () => {
    const feed = fixtureFeed();
    feed.generated_at = '2026-11-26T09:30:00Z';
    serveFixture(srv, { feed });
    await withPage(browser, srv, { timezoneId: 'Asia/Kolkata', now: null, goto: false }, async ({ page }) => {
      await installClock(page, Date.parse('2026-11-26T12:00:00Z'));
      await page.goto(srv.url);
      await expectState(page, 'loaded');
      const line = page.locator(UPDATED);
      assert.equal(await line.getAttribute('data-updated'), '2026-11-26T09:30:00+00:00');
      assert.equal(await line.locator('time').getAttribute('datetime'), '2026-11-26T15:00:00+05:30');
      const text = (await line.textContent()).replace(/\s+/g, ' ');
      assert.match(text, /^Schedule updated .*15:00 \(2 h 30 min ago\)$/, text);
      // A minute at a time, so the page's 5-minute refreshes get real time to answer.
      for (let m = 0; m < 61; m++) {
        await page.clock.runFor(60_000);
        await page.waitForTimeout(20);
      }
      // The clock wakes just after each whole minute (when countdowns,
      // which are cut to the minute, change): a second more.
      await page.clock.runFor(1_000);
      await page.waitForFunction((sel) => /3 h 31 min ago/.test(document.querySelector(sel).textContent), UPDATED, { timeout: 5000 });
    });
  });

  test('last updated without generated_at: when the page fetched it ("just now")', async () => {
    const feed = fixtureFeed();
    delete feed.generated_at;
    serveFixture(srv, { feed });
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      const line = page.locator(UPDATED);
      // The fixed clock of the tests: 2026-11-26T12:00:00Z.
      assert.equal(await line.getAttribute('data-updated'), '2026-11-26T12:00:00+00:00');
      assert.match(await line.textContent(), /\(just now\)/);
    });
  });

  test('the status page in the header, http(s) only', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      const link = page.locator('header.page-header a.status-link');
      assert.equal(await link.getAttribute('href'), fixtureFeed().service.status_url);
      assert.equal(await link.textContent(), 'Current status');
    });
    for (const status_url of ['javascript:alert(1)', 'status.html', 'data:text/html,x']) {
      const feed = fixtureFeed();
      feed.service.status_url = status_url;
      serveFixture(srv, { feed });
      await withPage(browser, srv, {}, async ({ page }) => {
        await expectState(page, 'loaded');
        assert.equal(await page.locator('a.status-link').count(), 0, status_url);
      });
    }
  });

  test('calendar_url: a webcal: link, the address (resolved against config.json) to copy, the Google hint', async () => {
    serveFixture(srv, { config: testConfig({ calendar_url: 'calendar.ics?regions=eu-central' }) });
    await withPage(browser, srv, {}, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.origin });
      await expectState(page, 'loaded');
      const block = page.locator('section.calendar-subscribe');
      const url = `${srv.url}calendar.ics?regions=eu-central`;
      assert.equal(await block.getAttribute('data-calendar-url'), url);
      assert.equal(await block.locator('a[data-action="webcal"]').getAttribute('href'), url.replace(/^http:/, 'webcal:'));
      assert.equal(await block.locator('input#calendar-url').inputValue(), url);
      assert.match(await block.textContent(), /Google Calendar/);
      await block.locator('button[data-action="copy-calendar-url"]').click();
      await page.waitForFunction(() => /Address copied/.test(document.querySelector('section.calendar-subscribe [role="status"]').textContent), null, { timeout: 5000 });
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
    });
  });

  test('atom_url: a link for feed readers next to the calendar, resolved against config.json; none without it', async () => {
    serveFixture(srv, { config: testConfig({ calendar_url: 'calendar.ics', atom_url: 'feed.atom' }) });
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      const link = page.locator('section.calendar-subscribe a[data-action="atom"]');
      assert.equal(await link.count(), 1);
      assert.equal(await link.getAttribute('href'), `${srv.url}feed.atom`);
      assert.equal(await link.getAttribute('type'), 'application/atom+xml');
      assert.equal((await link.textContent()).trim(), 'Follow in a feed reader (Atom)');
      // The page also advertises it to feed readers in its <head>.
      assert.equal(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'), 'feed.atom');
    });
    serveFixture(srv, { config: testConfig({ calendar_url: 'calendar.ics' }) });
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal(await page.locator('section.calendar-subscribe').count(), 1);
      assert.equal(await page.locator('a[data-action="atom"]').count(), 0);
    });
  });

  test('no calendar_url (or a javascript: one): no calendar block, and a bad one is a config error', async () => {
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal(await page.locator('section.calendar-subscribe').count(), 0);
    });
    serveFixture(srv, { config: testConfig({ calendar_url: 'javascript:alert(1)' }) });
    await withPage(browser, srv, {}, async ({ page }) => {
      await expectState(page, 'error');
      assert.match(await page.locator('.load-error').textContent(), /calendar_url/);
    });
  });
});
