// The FAQ (docs/feed-format.md, "The FAQ file"): section#faq below the schedule, fetched
// lazily (when it nears the viewport, or at once for a #faq-<id> hash) from
// config.json's faq_url or the built-in faq.json; entries details#faq-<id>;
// #faq-<id> opens and scrolls to an entry; a text filter; copy-link buttons;
// {window_length}/{tenant_downtime} filled from the feed; answers are text
// (paragraphs and lists), never HTML; a missing FAQ is an error message in
// the section, never a blank page.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  expected,
  expectState,
  fixtureFeed,
  openFaq,
  readWindows,
  scrollToFaq,
  serveFixture,
  testConfig,
  until,
  useBrowserAndServer,
  waitForFaqState,
  withPage,
} from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The built-in FAQ as shipped (public/faq.json, copied into dist/ by the build). */
const BUILT_IN = JSON.parse(readFileSync(path.resolve(HERE, '../../public/faq.json'), 'utf8'));
const IDS = [
  'what-is-a-window',
  'why-maintenance',
  'when',
  'what-happens',
  'downtime',
  'software-vs-infrastructure',
  'keeping-disruption-small',
  'data-safety',
  'notifications',
];
const PLACEHOLDERS = ['{window_length}', '{tenant_downtime}'];

const ENTRIES = 'section#faq details[id^="faq-"]';
const FILTER = 'section#faq input#faq-filter';
const EMPTY = '#faq [data-empty]';

/** Min and max expected_downtime_minutes over the fixture feed's windows and rules. */
function fixtureDowntimeRange() {
  const feed = fixtureFeed();
  const mins = [...feed.windows, ...(feed.recurring ?? [])]
    .map((w) => w.expected_downtime_minutes)
    .filter((m) => typeof m === 'number');
  return { min: Math.min(...mins), max: Math.max(...mins) };
}

/** Requests the page made for a path ending in `suffix` (e.g. 'faq.json'). */
const requestsFor = (h, suffix) => h.requests.filter((u) => new URL(u).pathname.endsWith(suffix));

/** Each FAQ entry: id, open, hidden, question and all its text. */
function readEntries(page) {
  return page.$$eval(ENTRIES, (els) =>
    els.map((d) => ({
      id: d.id,
      open: d.open,
      hidden: d.hidden || d.hasAttribute('hidden'),
      question: (d.querySelector('summary')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      text: d.textContent.replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** Ids of the entries without the hidden attribute. */
const shownIds = async (page) => (await readEntries(page)).filter((e) => !e.hidden).map((e) => e.id);

/**
 * The answer of every entry as rendered: its blocks in order ({p: text} or
 * {ul: [item texts]}), leaving out the summary, the copy-link paragraph and
 * the [role=status]; and every element that is not p/ul/li (a plain wrapper
 * div directly inside the details is allowed).
 */
function readAnswers(page) {
  return page.$$eval(ENTRIES, (els) =>
    els.map((d) => {
      const norm = (s) => s.replace(/\s+/g, ' ').trim();
      const summary = d.querySelector(':scope > summary');
      const button = d.querySelector('button[data-action="copy-link"]');
      const copyBlock = button ? button.closest('p') || button.parentElement : null;
      const status = d.querySelector('[role="status"]');
      const links = d.querySelector(':scope > p.faq-links');
      const skipped = (el) =>
        (summary && summary.contains(el)) ||
        (links && links.contains(el)) ||
        (copyBlock && copyBlock !== d && copyBlock.contains(el)) ||
        (button && button.contains(el)) ||
        (status && status.contains(el));
      const disallowed = [];
      for (const el of d.querySelectorAll('*')) {
        if (skipped(el)) continue;
        const tag = el.tagName.toLowerCase();
        if (['p', 'ul', 'li'].includes(tag)) continue;
        if (tag === 'div' && el.parentElement === d) continue;
        // p.faq-links is the page's own (tested on its own), not the file's.
        disallowed.push(`${tag}${el.className ? '.' + String(el.className).split(/\s+/).join('.') : ''}: ${el.outerHTML.slice(0, 120)}`);
      }
      const blocks = [...d.querySelectorAll('p, ul')]
        .filter((el) => !skipped(el) && !el.parentElement.closest('p, ul'))
        .map((el) => (el.tagName === 'UL' ? { ul: [...el.querySelectorAll(':scope > li')].map((li) => norm(li.textContent)) } : { p: norm(el.textContent) }));
      return { id: d.id, blocks, disallowed, hasCopyButton: !!button };
    }),
  );
}

/** docs/feed-format.md, "The FAQ file" answer paragraphs grouped as the page must show them. */
function expectedBlocks(answer) {
  const blocks = [];
  for (const para of answer) {
    if (para.startsWith('- ')) {
      const last = blocks[blocks.length - 1];
      if (last && last.ul) last.ul.push(para.slice(2));
      else blocks.push({ ul: [para.slice(2)] });
    } else {
      blocks.push({ p: para });
    }
  }
  return blocks;
}

/** A regex for one paragraph of the file: placeholders match any text. */
function paragraphRe(text) {
  const esc = text.replace(/\s+/g, ' ').trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp('^' + esc.replace(/\\\{(window_length|tenant_downtime)\\\}/g, '(.+?)') + '$', 'u');
}

/** Is the element's box (or its summary's) inside the viewport (2 px slack for sub-pixel scrolling)? */
function inViewport(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = (el.querySelector(':scope > summary') || el).getBoundingClientRect();
    return r.height > 0 && r.top >= -2 && r.bottom <= window.innerHeight + 2;
  }, selector);
}

describe('FAQ', () => {
  let browser;
  let srv;

  /** withPage() with locator actions failing after 8 s instead of 30 s. */
  const run = (opts, fn) =>
    withPage(browser, srv, opts, async (h) => {
      h.page.setDefaultTimeout(8000);
      await fn(h);
    });

  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]));

  test('the built-in file: 9 entries, ids and questions as specified, placeholders used', () => {
    assert.deepEqual(Object.keys(BUILT_IN), ['entries']);
    assert.deepEqual(BUILT_IN.entries.map((e) => e.id), IDS);
    const text = (e) => [e.question, ...e.answer].join('\n');
    for (const e of BUILT_IN.entries) {
      assert.match(e.id, /^[a-z0-9-]+$/);
      assert.equal(typeof e.question, 'string');
      assert.ok(e.question.trim().endsWith('?'), `${e.id}: the question is a question`);
      assert.ok(Array.isArray(e.answer) && e.answer.length >= 2, `${e.id}: at least 2 paragraphs`);
      const prose = e.answer.filter((p) => !p.startsWith('- ')).length;
      assert.ok(prose >= 1 && prose <= 5, `${e.id}: 1–5 prose paragraphs besides lists (got ${prose})`);
      assert.doesNotMatch(text(e), /<[a-z/!]/i, `${e.id}: no HTML`);
      assert.doesNotMatch(text(e), /\{(?!window_length\}|tenant_downtime\})[^}]*\}/, `${e.id}: only the two known placeholders`);
    }
    const byId = Object.fromEntries(BUILT_IN.entries.map((e) => [e.id, text(e)]));
    assert.match(byId.when, /\{window_length\}/, 'the "when" answer uses {window_length}');
    assert.match(byId.downtime, /\{tenant_downtime\}/, 'the "downtime" answer uses {tenant_downtime}');
    assert.doesNotMatch(JSON.stringify(BUILT_IN), /\b(four hours|10 to 15|10-15|15 minutes)\b/i, 'figures appear only as placeholders');
    assert.match(byId.notifications, /form below/);
    assert.match(byId.notifications, /\.ics file/);
    assert.match(byId.notifications, /Download all as \.ics/);
    assert.match(byId.notifications, /Google Calendar/);
    assert.match(byId.downtime, /Your service/);
  });

  test('the first view does not fetch the FAQ; scrolling down fetches it and shows the 9 entries', async () => {
    await run({}, async (h) => {
      const { page } = h;
      assert.deepEqual(page.viewportSize(), { width: 1280, height: 720 });
      await expectState(page, 'loaded');
      await page.waitForSelector('section#faq', { state: 'attached', timeout: 5000 });
      // Give an eager load (or an observer firing at once) time to show itself.
      await page.waitForTimeout(1000);

      const layout = await page.evaluate(() => {
        const s = document.querySelector('section#faq');
        const up = document.querySelector('section#upcoming');
        const labelledby = s.getAttribute('aria-labelledby');
        const label = labelledby && document.getElementById(labelledby);
        return {
          top: s.getBoundingClientRect().top + window.scrollY,
          innerHeight: window.innerHeight,
          scrollY: window.scrollY,
          afterSchedule: !!(up && up.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING),
          labelTag: label ? label.tagName.toLowerCase() : null,
          labelInside: !!(label && s.contains(label)),
          state: s.getAttribute('data-state'),
        };
      });
      assert.ok(layout.afterSchedule, 'section#faq comes after section#upcoming');
      assert.equal(layout.labelTag, 'h2', 'section#faq[aria-labelledby] names an h2');
      assert.ok(layout.labelInside, 'the h2 naming section#faq is inside it');
      assert.equal(layout.scrollY, 0, 'the first view is at the top');
      assert.ok(
        layout.top > layout.innerHeight + 600,
        `precondition: section#faq starts more than 600 px below the first view (top ${layout.top}, viewport ${layout.innerHeight})`,
      );
      assert.deepEqual(requestsFor(h, 'faq.json'), [], 'no request for faq.json before scrolling');
      assert.notEqual(layout.state, 'loaded', 'section#faq is not loaded before scrolling');

      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await waitForFaqState(page, 'loaded');
      const faqRequests = requestsFor(h, 'faq.json');
      assert.deepEqual(faqRequests, [srv.url + 'faq.json'], 'faq.json fetched once, next to index.html');

      const entries = await readEntries(page);
      assert.deepEqual(entries.map((e) => e.id), IDS.map((id) => `faq-${id}`), 'details#faq-<id> in order');
      assert.deepEqual(
        entries.map((e) => e.question),
        BUILT_IN.entries.map((e) => e.question),
        'each summary is the question',
      );
      assert.ok(entries.every((e) => !e.open && !e.hidden), 'entries start closed and shown');
      assert.equal(await page.getAttribute(FILTER, 'type'), 'search', 'input#faq-filter is type=search');
      assert.equal(await page.locator(EMPTY).isVisible(), false, '[data-empty] is not shown while entries match');
    });
  });

  test('#faq-downtime in the URL: fetched at once, that entry open and in view', async () => {
    await run({ path: 'index.html#faq-downtime' }, async (h) => {
      const { page } = h;
      await waitForFaqState(page, 'loaded');
      assert.equal(requestsFor(h, 'faq.json').length, 1, 'faq.json fetched without scrolling');
      await until(() => page.evaluate(() => document.querySelector('details#faq-downtime')?.open === true), 'details#faq-downtime has the open attribute');
      await until(() => inViewport(page, 'details#faq-downtime'), 'details#faq-downtime scrolled into the viewport');
      // It stays there once everything has settled (no later layout shift pushes it away).
      await expectState(page, 'loaded');
      await page.waitForTimeout(500);
      assert.ok(await inViewport(page, 'details#faq-downtime'), 'details#faq-downtime still in the viewport after the page settled');
      assert.equal(await page.evaluate(() => document.querySelector('details#faq-downtime').hasAttribute('open')), true);
      const others = (await readEntries(page)).filter((e) => e.id !== 'faq-downtime' && e.open).map((e) => e.id);
      assert.deepEqual(others, [], 'only the named entry is opened');
    });
  });

  test('the filter narrows entries by question or answer text, case-insensitively; none: [data-empty]; cleared: all', async () => {
    await run({}, async ({ page }) => {
      await expectState(page, 'loaded');
      await openFaq(page);
      const matching = (q) =>
        BUILT_IN.entries
          .filter((e) => [e.question, ...e.answer].join(' ').toLowerCase().includes(q.toLowerCase()))
          .map((e) => `faq-${e.id}`);
      for (const q of ['rollback', 'ROLLBACK', 'cve']) {
        const want = matching(q);
        assert.ok(want.length > 0 && want.length < IDS.length, `precondition: "${q}" matches some entries`);
        await page.fill(FILTER, q);
        await until(async () => JSON.stringify(await shownIds(page)) === JSON.stringify(want), `filter "${q}" shows exactly ${want.join(', ')}`);
        assert.equal(await page.locator(EMPTY).isVisible(), false, `[data-empty] hidden for "${q}"`);
      }
      assert.deepEqual(matching('rollback'), ['faq-keeping-disruption-small']);

      await page.fill(FILTER, 'zzzz');
      await until(async () => (await shownIds(page)).length === 0, 'filter "zzzz" hides every entry');
      await until(() => page.locator(EMPTY).isVisible(), '#faq [data-empty] shown when nothing matches');

      await page.fill(FILTER, '');
      await until(async () => (await shownIds(page)).length === IDS.length, 'clearing the filter shows all 9 entries');
      await until(async () => !(await page.locator(EMPTY).isVisible()), '[data-empty] hidden again');
    });
  });

  test('copy link: <page url without hash>#faq-<id> on the clipboard and "Link copied"', async () => {
    await run({ path: 'index.html?tz=UTC#faq-downtime' }, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.origin });
      await waitForFaqState(page, 'loaded');
      const entry = page.locator('details#faq-data-safety');
      if (!(await entry.evaluate((d) => d.open))) await entry.locator('summary').click();
      const button = entry.locator('button[data-action="copy-link"]');
      assert.equal(await button.count(), 1, 'one button[data-action="copy-link"] in the entry');
      assert.equal(await page.locator('section#faq button[data-action="copy-link"]').count(), IDS.length, 'one copy-link button per entry');
      const pageUrl = await page.evaluate(() => location.href.split('#')[0]);
      assert.equal(pageUrl, srv.url + 'index.html?tz=UTC', 'the page kept its URL');
      await button.click();
      const status = entry.locator('[role="status"]');
      await until(async () => /Link copied/i.test((await status.first().textContent({ timeout: 200 }).catch(() => '')) ?? ''), '[role="status"] in the entry says "Link copied"');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, `${pageUrl}#faq-data-safety`, 'the clipboard holds the entry link');
    });
  });

  test('faq_url in config.json replaces the built-in entries; placeholders filled; HTML shown as text', async () => {
    const custom = {
      entries: [
        {
          id: 'custom-1',
          question: 'Is <b>this</b> our own question?',
          answer: [
            'Expect {tenant_downtime} of downtime in a window of {window_length}.',
            '<script>window.__faqXss = 1</script>',
            '- <img src="x" onerror="window.__faqXss = 2">',
            '- a plain item & more',
          ],
        },
        { id: 'custom-2', question: 'Second?', answer: ['<a href="javascript:window.__faqXss=3">link</a>'] },
      ],
    };
    serveFixture(srv, { config: testConfig({ faq_url: 'vendor/our-faq.json' }) });
    srv.override('vendor/our-faq.json', { json: custom });
    await run({}, async (h) => {
      const { page } = h;
      await expectState(page, 'loaded');
      await openFaq(page);
      assert.deepEqual(requestsFor(h, 'our-faq.json'), [srv.url + 'vendor/our-faq.json'], 'faq_url resolved against config.json');
      assert.deepEqual(requestsFor(h, '/faq.json'), [], 'the built-in faq.json is not fetched');
      const entries = await readEntries(page);
      assert.deepEqual(entries.map((e) => e.id), ['faq-custom-1', 'faq-custom-2'], 'only the custom entries');
      assert.equal(entries[0].question, 'Is <b>this</b> our own question?', 'the question is text');
      for (const e of entries) await page.locator(`#${e.id} > summary`).click();
      const answers = await readAnswers(page);
      assert.deepEqual(answers[0].blocks.slice(1), [
        { p: '<script>window.__faqXss = 1</script>' },
        { ul: ['<img src="x" onerror="window.__faqXss = 2">', 'a plain item & more'] },
      ]);
      assert.deepEqual(answers[1].blocks, [{ p: '<a href="javascript:window.__faqXss=3">link</a>' }]);
      assert.deepEqual(answers.flatMap((a) => a.disallowed), [], 'no element from the file is created');
      const first = answers[0].blocks[0].p;
      for (const ph of PLACEHOLDERS) assert.ok(!first.includes(ph), `${ph} filled in a vendor's FAQ too: ${JSON.stringify(first)}`);
      assert.match(first, /^Expect .+ of downtime in a window of .+\.$/);
      assert.equal(await page.evaluate(() => window.__faqXss), undefined, 'no script or handler from the FAQ ran');
      assert.equal(await page.locator('section#faq img, section#faq script, section#faq b, details[id^="faq-"] a').count(), 0);
    });
  });

  for (const [name, setup] of [
    ['faq_url answering 404', () => serveFixture(srv, { config: testConfig({ faq_url: 'vendor/missing.json' }) })],
    ['the built-in faq.json answering 404', () => srv.override('faq.json', { status: 404 })],
    ['faq.json that is not JSON', () => srv.override('faq.json', { body: '{"entries": [' })],
    ['faq.json that is not an FAQ', () => srv.override('faq.json', { json: { entries: 'none' } })],
  ]) {
    test(`${name}: an error message in section#faq, the rest of the page works`, async () => {
      setup();
      await run({}, async ({ page }) => {
        await expectState(page, 'loaded');
        const windowsBefore = await readWindows(page);
        await scrollToFaq(page);
        await waitForFaqState(page, 'error');
        const alert = page.locator('section#faq [role="alert"]');
        assert.equal(await alert.count(), 1, 'one [role="alert"] in section#faq');
        assert.ok(await alert.isVisible(), 'the FAQ error message is visible');
        assert.ok(((await alert.textContent()) ?? '').trim().length > 10, 'the error message says something');
        assert.equal(await page.locator(ENTRIES).count(), 0, 'no FAQ entries');
        // The rest of the page is untouched and usable.
        assert.equal(await page.getAttribute('section#upcoming', 'data-state'), 'loaded');
        const windowsAfter = await readWindows(page);
        assert.equal(windowsAfter.length, expected().windows.length, 'every window still listed');
        assert.deepEqual(windowsAfter.map((w) => w.id), windowsBefore.map((w) => w.id));
        await page.fill('form#subscribe input[name="email"]', 'ops@example.com');
        assert.equal(await page.inputValue('form#subscribe input[name="email"]'), 'ops@example.com', 'the form still takes input');
        await page.locator('details.zone-change > summary').click();
        assert.equal(await page.locator('details.zone-change').evaluate((d) => d.open), true, 'the zone picker still opens');
      });
    });
  }

  test('answers are text only: p, ul > li; list items grouped; placeholders filled from the feed', async () => {
    const { min, max } = fixtureDowntimeRange();
    await run({}, async ({ page }) => {
      await expectState(page, 'loaded');
      await openFaq(page);
      for (const id of IDS) await page.locator(`details#faq-${id} > summary`).click();
      const answers = await readAnswers(page);
      assert.deepEqual(answers.map((a) => a.id), IDS.map((id) => `faq-${id}`));
      for (const [i, a] of answers.entries()) {
        const e = BUILT_IN.entries[i];
        assert.deepEqual(a.disallowed, [], `${a.id}: only p, ul, li (and the copy-link paragraph) in the answer`);
        assert.ok(a.hasCopyButton, `${a.id}: has a copy-link button`);
        const want = expectedBlocks(e.answer);
        assert.deepEqual(
          a.blocks.map((b) => (b.ul ? `ul(${b.ul.length})` : 'p')),
          want.map((b) => (b.ul ? `ul(${b.ul.length})` : 'p')),
          `${a.id}: paragraphs and lists in the file's order`,
        );
        for (const [j, b] of want.entries()) {
          const got = a.blocks[j];
          const pairs = b.ul ? b.ul.map((t, k) => [t, got.ul[k]]) : [[b.p, got.p]];
          for (const [src, shown] of pairs) assert.match(shown, paragraphRe(src), `${a.id}: block ${j}`);
        }
      }
      const faqText = await page.evaluate(() => document.querySelector('section#faq').textContent);
      for (const ph of PLACEHOLDERS) assert.ok(!faqText.includes(ph), `no literal ${ph} left in the FAQ`);
      const downtime = answers.find((a) => a.id === 'faq-downtime').blocks.map((b) => b.p ?? b.ul.join(' ')).join(' ');
      for (const n of [min, max]) {
        assert.match(downtime, new RegExp(`(^|\\D)${n}(\\D|$)`), `the downtime answer names ${n} (fixture expected_downtime_minutes ${min}–${max}): ${JSON.stringify(downtime)}`);
      }
    });
  });

  test('the notifications answer links to the form, the schedule and the feed\'s status page (http(s) only)', async () => {
    const feed = fixtureFeed();
    serveFixture(srv, { config: testConfig({ subscribe_url: 'api/subscriptions' }), feed });
    await run({}, async ({ page }) => {
      await expectState(page, 'loaded');
      await openFaq(page);
      const links = await page.$$eval('details#faq-notifications > p.faq-links a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
      assert.deepEqual(links.map(([href]) => href), ['#subscribe', '#upcoming', feed.service.status_url]);
      assert.ok(await page.$('form#subscribe'), 'the link target exists');
      assert.equal((await page.$$('p.faq-links')).length, 1, 'only under the notifications answer');
    });
    for (const status_url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://status.example']) {
      serveFixture(srv, { feed: { ...feed, service: { ...feed.service, status_url } } });
      await run({}, async ({ page }) => {
        await expectState(page, 'loaded');
        await openFaq(page);
        const hrefs = await page.$$eval('section#faq a', (as) => as.map((a) => a.getAttribute('href')));
        const form = (await page.$('form#subscribe')) ? ['#subscribe'] : [];
        assert.deepEqual(hrefs, [...form, '#upcoming'], `${status_url}: no status link`);
      });
    }
  });
});
