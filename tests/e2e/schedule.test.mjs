// The schedule experience (issue 3): the next window's live countdown and
// status flips under a clock the test moves, the zone picker and ?tz=, the
// three clocks, clock-change warnings, the tenant's own slot, region chips and
// ?region=, day groups and recent maintenance, .ics export (parsed with
// Python's icalendar through tests/fixtures/check_ics.py) and locale formats.
//
// Every expectation is computed here from fixtures/feed.json and
// fixtures/expected.json (zoneinfo + dateutil) with Node's Intl, never read
// back from the page.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  assertWindowsMatch,
  displayZone,
  expected,
  expectState,
  fillMessage,
  FIXED_NOW,
  fixtureFeed,
  installClock,
  intlDate,
  intlDateTime,
  intlTime,
  normSpace,
  pageLanguage,
  readWindows,
  testConfig,
  textOf,
  tr,
  trn,
  until,
  untilEqual,
  useBrowserAndServer,
  withPage,
} from './lib.mjs';
import { countdownText as countdownIn, durationWords as durationIn, relativeDay } from './reference.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHECK_ICS = path.resolve(HERE, '../fixtures/check_ics.py');
const T = { timeout: 30_000 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const MIN = 60_000;
const ms = (iso) => new Date(iso).getTime();
const iso = (t) => new Date(t).toISOString().replace('.000Z', 'Z');

// ---------------------------------------------------------------------------
// Independent reference implementations (the spec, not the app's code).

/** The countdown in English (reference.mjs). */
const countdownText = (start, end, now) => countdownIn('en', start, end, now);
const durationWords = (deltaMs) => durationIn('en', deltaMs);

/** UTC offset in minutes of `zone` at `instant`, from Intl. */
function offsetMinutes(zone, instant) {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName').value; // "GMT+05:45" or "GMT"
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** `+11:00`, `-04:00`. */
function offsetHhMm(minutes) {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** Local wall time of an instant in a zone: { date: 'YYYY-MM-DD', hm: 'HH:MM' }. */
function localWall(zone, instant) {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((x) => [x.type, x.value]),
  );
  return { date: `${p.year}-${p.month}-${p.day}`, hm: `${p.hour}:${p.minute}` };
}

/** What the page should show for a range: the end's date only when it is another local day. */
function rangeText(locale, zone, start, end) {
  const sameDay = localWall(zone, start).date === localWall(zone, end).date;
  return [intlDateTime(locale, zone, start), sameDay ? intlTime(locale, zone, end) : intlDateTime(locale, zone, end)];
}

const REGIONS = Object.fromEntries(fixtureFeed().regions.map((r) => [r.id, r]));
const RECURRING = Object.fromEntries(fixtureFeed().recurring.map((r) => [r.id, r]));

/**
 * Clock-change warnings a window must carry when shown in `display`: a change
 * of offset between start and end in the display zone or the region's zone,
 * and, for a recurring occurrence, a wall time that does not exist or happens
 * twice in the region's zone.
 */
function expectedWarnings(e, display) {
  const region = REGIONS[e.region].time_zone;
  const out = [];
  for (const zone of display === region ? [display] : [display, region]) {
    const shift = offsetMinutes(zone, e.end_utc) - offsetMinutes(zone, e.start_utc);
    if (shift === 0) continue;
    const amount = Math.abs(shift) === 60 ? '1 hour' : `${Math.abs(shift)} minutes`;
    const lasts = durationWords(ms(e.end_utc) - ms(e.start_utc));
    out.push(`In ${zone}, clocks go ${shift > 0 ? 'forward' : 'back'} ${amount} during this window; it still lasts ${lasts}.`);
  }
  const [ruleId, date] = e.id.split('/');
  const rule = date && RECURRING[ruleId];
  if (rule) {
    const wanted = rule.start_time;
    const got = localWall(region, e.start_utc);
    if (got.hm !== wanted) {
      const day = got.date === date ? '' : ` on ${got.date}`;
      out.push(`${wanted} does not exist on ${date} in ${region} because clocks spring forward; this window starts at ${got.hm}${day} local time instead.`);
    } else {
      // The same wall time at another instant within three hours: it happens twice.
      const twice = [];
      for (let k = -12; k <= 12; k++) {
        const at = ms(e.start_utc) + k * 15 * MIN;
        const w = localWall(region, at);
        if (w.date === date && w.hm === wanted) twice.push(at);
      }
      if (twice.length > 1) {
        assert.equal(twice[0], ms(e.start_utc), `expected.json: ${e.id} should take the first ${wanted} (RFC 5545)`);
        out.push(
          `${wanted} happens twice on ${date} in ${region} because clocks go back; this window starts at the first ${wanted} (UTC${offsetHhMm(offsetMinutes(region, e.start_utc))}).`,
        );
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Reading the page.

/** Every li.window of the upcoming list (or of `root`), with all its clocks and notes. */
function readList(page, root = 'section#upcoming ol.window-list') {
  return page.evaluate((root) => {
    const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
    return [...document.querySelectorAll(`${root} > li.window`)].map((li) => {
      const t = (role) => {
        const el = li.querySelector(`time[data-role="${role}"]`);
        return el ? { datetime: el.getAttribute('datetime'), text: text(el) } : null;
      };
      const slot = li.querySelector('[data-tenant-slot]');
      return {
        id: li.getAttribute('data-window-id'),
        status: li.getAttribute('data-status'),
        region: li.getAttribute('data-region'),
        day: li.closest('div.day-group')?.getAttribute('data-day') ?? null,
        start: t('start'),
        end: t('end'),
        utc: text(li.querySelector('[data-clock="utc"]')),
        regionClock: text(li.querySelector('[data-clock="region"]')),
        warningLists: li.querySelectorAll('ul.clock-warnings[data-clock-change]').length,
        warnings: [...li.querySelectorAll('ul.clock-warnings[data-clock-change] li')].map(text),
        tenantSlot: slot ? { tenant: slot.getAttribute('data-tenant-slot'), text: text(slot) } : null,
        ics: li.querySelectorAll('p.calendar-links button[data-action="ics"]').length,
        google: li.querySelector('p.calendar-links a[data-action="google-calendar"]')?.getAttribute('href') ?? null,
      };
    });
  }, root);
}

function readCard(page) {
  return page.evaluate(() => {
    const card = document.querySelector('article.next-window');
    if (!card) return null;
    const t = (role) => card.querySelector(`time[data-role="${role}"]`)?.getAttribute('datetime') ?? null;
    const cd = card.querySelector('[data-countdown]');
    return {
      id: card.getAttribute('data-next-window'),
      status: card.getAttribute('data-status'),
      start: t('next-start'),
      end: t('next-end'),
      countdown: cd ? cd.textContent.replace(/\s+/g, ' ').trim() : null,
      ariaLive: cd?.getAttribute('aria-live') ?? null,
    };
  });
}

/** Assert that every listed window shows the right instant in `zone` in all three clocks (the lines in the page's language for `locale`). */
function assertThreeClocks(list, exp, zone, locale) {
  const lang = pageLanguage(locale);
  assert.deepEqual(list.map((w) => w.id), exp.windows.map((w) => w.id), `[${zone}] listed ids`);
  for (const [i, e] of exp.windows.entries()) {
    const w = list[i];
    const at = `[${zone} ${locale}] li.window[data-window-id="${e.id}"]`;
    const regionZone = REGIONS[e.region].time_zone;
    assert.equal(w.start?.datetime, e.start[zone], `${at} time[data-role="start"][datetime]`);
    assert.equal(w.end?.datetime, e.end[zone], `${at} time[data-role="end"][datetime]`);
    const [s, en] = rangeText(locale, zone, e.start_utc, e.end_utc);
    assert.equal(w.start.text, normSpace(s), `${at} time[data-role="start"] text`);
    assert.equal(w.end.text, normSpace(en), `${at} time[data-role="end"] text`);
    if (zone === 'UTC') {
      assert.equal(w.utc, null, `${at} [data-clock="utc"] omitted when the display zone is UTC`);
    } else {
      const [us, ue] = rangeText(locale, 'UTC', e.start_utc, e.end_utc);
      assert.equal(w.utc, normSpace(fillMessage(tr(lang, 'UTC: {start} – {end}'), { start: us, end: ue })), `${at} [data-clock="utc"]`);
    }
    if (e.start[regionZone] === e.start[zone]) {
      assert.equal(w.regionClock, null, `${at} [data-clock="region"] omitted (same as the display time)`);
    } else {
      const [rs, re] = rangeText(locale, regionZone, e.start_utc, e.end_utc);
      const line = fillMessage(tr(lang, '{start} – {end} in {region} ({zone})'), { start: rs, end: re, region: REGIONS[e.region].name, zone: regionZone });
      assert.equal(w.regionClock, normSpace(line), `${at} [data-clock="region"]`);
    }
  }
}

async function openZonePicker(page) {
  const details = page.locator('details.zone-change');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
}

async function searchZones(page, query) {
  await openZonePicker(page);
  await page.locator('input#zone-search').fill(query);
  return until(async () => {
    const found = await page.$$eval('ul.zone-results button[data-zone]', (bs) => bs.map((b) => ({ zone: b.getAttribute('data-zone'), text: b.textContent.replace(/\s+/g, ' ').trim() })));
    return found.length > 0 ? found : null;
  }, `ul.zone-results button[data-zone] for "${query}"`, 5000);
}

const storageItem = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

/** Click `selector` and return the download, saved under `dir` as `saveAs`. */
async function download(page, selector, dir, saveAs) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.locator(selector).click()]);
  const file = path.join(dir, saveAs);
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), file, text: readFileSync(file, 'utf8') };
}

/** UID values of an .ics text, in order (unfolding continuation lines first). */
const icsUids = (text) => [...text.replace(/\r\n[ \t]/g, '').matchAll(/^UID:(.*)$/gm)].map((m) => m[1].trim());

/** check_ics.py's expectation for one window of expected.json. */
function icsEvent(e, uid) {
  const cancelled = e.status === 'cancelled';
  const region = REGIONS[e.region].name;
  return {
    uid,
    summary: `${cancelled ? 'Cancelled: ' : ''}${e.title} (${region})`,
    start: e.start_utc,
    end: e.end_utc,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    sequence: 0,
    location: region,
    alarm: !cancelled,
  };
}

/** The UID an event of window `id` must carry: stable, naming the window. */
function assertUidNames(uid, id, what) {
  assert.ok(uid && (uid.includes(id) || uid.includes(encodeURIComponent(id))), `${what}: UID ${JSON.stringify(uid)} does not name the window ${id}`);
}

function runCheckIcs(files) {
  const r = spawnSync('python3', [CHECK_ICS, ...files], { encoding: 'utf8' });
  assert.equal(r.status, 0, `check_ics.py ${files.map((f) => path.basename(f)).join(' ')} exited ${r.status}:\n${r.stderr}${r.stdout}`);
}

// ---------------------------------------------------------------------------

describe('the schedule experience', () => {
  let browser;
  let srv;
  const exp = expected();
  const byId = Object.fromEntries(exp.windows.map((w) => [w.id, w]));

  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]));

  test('reference countdown wording (guards the helper against the issue text)', () => {
    const s = ms('2026-12-02T22:00:00Z');
    const e = ms('2026-12-03T02:00:00Z');
    assert.equal(countdownText(s, e, ms('2026-11-30T18:00:00Z')), 'starts in 2 days 4 h');
    assert.equal(countdownText(s, e, ms('2026-12-02T20:48:00Z')), 'starts in 1 h 12 min');
    assert.equal(countdownText(s, e, ms('2026-12-02T21:55:00Z')), 'starts in 5 min');
    assert.equal(countdownText(s, e, ms('2026-12-02T21:59:30Z')), 'starts in less than a minute');
    assert.equal(countdownText(s, e, ms('2026-12-03T00:48:00Z')), 'in progress, ends in 1 h 12 min');
  });

  test('countdown before the next window; scheduled -> in_progress -> completed as the clock moves, without a reload', T, async () => {
    const id = 'last-sunday-eu/2026-11-29';
    const e = byId[id];
    const [start, end] = [ms(e.start_utc), ms(e.end_utc)];
    // 2 days 4 h (and 30 s of slack) before the start.
    const t0 = start - (2 * 1440 + 4 * 60) * MIN - 30_000;
    await withPage(browser, srv, { timezoneId: 'UTC', now: null, goto: false }, async ({ page }) => {
      await installClock(page, t0);
      let loads = 0;
      page.on('load', () => loads++);
      await page.goto(srv.url);
      await expectState(page, 'loaded');
      await page.evaluate(() => {
        window.__marker = 'still-the-same-document';
      });
      const li = `section#upcoming ol.window-list > li.window[data-window-id="${id}"]`;
      const liStatus = () => page.evaluate((sel) => document.querySelector(sel)?.getAttribute('data-status') ?? null, li);

      // Before: the card is this window, scheduled, with the right countdown.
      let card = await readCard(page);
      assert.ok(card, 'article.next-window present');
      assert.equal(card.id, id, 'article.next-window[data-next-window] is the first upcoming, not cancelled window');
      assert.equal(card.status, 'scheduled', 'article.next-window[data-status]');
      assert.equal(card.start, e.start.UTC, 'time[data-role="next-start"][datetime]');
      assert.equal(card.end, e.end.UTC, 'time[data-role="next-end"][datetime]');
      assert.equal(card.ariaLive, 'polite', '[data-countdown][aria-live]');
      assert.equal(card.countdown, 'starts in 2 days 4 h', `[data-countdown] at ${iso(t0)}`);
      assert.equal(await liStatus(), 'scheduled', `${li}[data-status]`);
      // The window that ended at 14:00 today is in recent maintenance, not upcoming.
      assert.equal(await page.locator('section#upcoming ol.window-list > li.window[data-window-id="eu-inprogress-patch"]').count(), 0, 'eu-inprogress-patch left the upcoming list');

      // Move the clock: each step's countdown, computed from the instants.
      let now = t0;
      const countdownAt = async (target, how = 'fastForward') => {
        await page.clock[how](target - now);
        now = target;
        const want = countdownText(start, end, now);
        await untilEqual(`[data-countdown] at ${iso(now)}`, async () => (await readCard(page))?.countdown, want);
        return want;
      };
      assert.equal(await countdownAt(start - 72 * MIN - 30_000), 'starts in 1 h 12 min');
      assert.equal(await countdownAt(start - 5 * MIN), 'starts in 5 min');
      assert.equal(await countdownAt(start - 30_000), 'starts in less than a minute');

      // 30 s of timers only: the page must wake at the start itself (not a
      // minute later) and flip the status.
      assert.equal(await countdownAt(start, 'runFor'), 'in progress, ends in 1 h');
      await untilEqual(`${li}[data-status] at the start`, liStatus, 'in_progress');
      card = await readCard(page);
      assert.equal(card.id, id, 'the card still shows the window in progress');
      assert.equal(card.status, 'in_progress', 'article.next-window[data-status] at the start');
      assert.equal(await textOf(page, `${li} [data-field="status"]`), 'In progress', `${li} [data-field="status"]`);

      assert.equal(await countdownAt(start + 48 * MIN), 'in progress, ends in 12 min');
      assert.equal(await countdownAt(end - 10_000), 'in progress, ends in less than a minute');

      // The end, again by 10 s of timers only.
      await page.clock.runFor(10_000);
      now = end;
      await untilEqual(`${li} gone from the upcoming list at the end`, liStatus, null);
      const recent = `details.recent ol.recent-list > li.window[data-window-id="${id}"]`;
      await untilEqual(`${recent}[data-status]`, () => page.evaluate((sel) => document.querySelector(sel)?.getAttribute('data-status') ?? null, recent), 'completed');
      assert.equal(await page.locator('details.recent').evaluate((d) => d.open), false, 'details.recent stays collapsed');

      // The card moves on to the next window.
      const nextId = 'fortnightly-ap-south/2026-12-01';
      const n = byId[nextId];
      card = await readCard(page);
      assert.equal(card.id, nextId, 'article.next-window[data-next-window] after the end');
      assert.equal(card.status, 'scheduled');
      assert.equal(card.countdown, countdownText(ms(n.start_utc), ms(n.end_utc), now), '[data-countdown] for the following window');

      assert.equal(await page.evaluate(() => window.__marker), 'still-the-same-document', 'window.__marker survived: no reload');
      assert.equal(loads, 1, 'exactly one load event (no reload, no navigation)');
    });
  });

  test('zone picker: "kath" -> Asia/Kathmandu changes every displayed time, survives a reload, reset goes back to the browser zone', T, async () => {
    await withPage(browser, srv, { timezoneId: 'Europe/Berlin', locale: 'en-GB' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal(await displayZone(page), 'Europe/Berlin');
      assert.equal(await textOf(page, '[data-display-zone]'), 'Europe/Berlin (UTC+1)', '[data-display-zone] label');
      assertThreeClocks(await readList(page), exp, 'Europe/Berlin', 'en-GB');
      assert.equal(await page.locator('button[data-action="zone-reset"]').count(), 0, 'no reset button while the zone is the browser zone');

      const results = await searchZones(page, 'kath');
      assert.ok(results.length <= 8, `at most 8 results, got ${results.length}`);
      assert.equal(results[0].zone, 'Asia/Kathmandu', `first result for "kath": ${JSON.stringify(results)}`);
      assert.ok(results[0].text.includes('UTC+5:45'), `the result shows its current offset: ${JSON.stringify(results[0].text)}`);
      await page.locator('ul.zone-results button[data-zone="Asia/Kathmandu"]').click();

      await untilEqual('[data-display-zone]', () => displayZone(page), 'Asia/Kathmandu');
      assert.equal(await textOf(page, '[data-display-zone]'), 'Asia/Kathmandu (UTC+5:45)', '[data-display-zone] label');
      let list = await readList(page);
      for (const w of list) assert.match(w.start.datetime, /\+05:45$/, `li.window[data-window-id="${w.id}"] time[data-role="start"][datetime]`);
      assertThreeClocks(list, exp, 'Asia/Kathmandu', 'en-GB');
      const card = await readCard(page);
      assert.equal(card.start, byId[card.id].start['Asia/Kathmandu'], 'time[data-role="next-start"][datetime] in Kathmandu');
      assert.equal(await storageItem(page, 'maintenance-window:zone'), 'Asia/Kathmandu', 'localStorage maintenance-window:zone');
      assert.equal(new URL(page.url()).searchParams.has('tz'), false, 'no ?tz added to a URL that had none');

      await page.reload();
      await expectState(page, 'loaded');
      assert.equal(await displayZone(page), 'Asia/Kathmandu', '[data-display-zone] after a reload');
      assertThreeClocks(await readList(page), exp, 'Asia/Kathmandu', 'en-GB');

      await openZonePicker(page);
      const reset = page.locator('button[data-action="zone-reset"]');
      assert.equal(await reset.count(), 1, 'button[data-action="zone-reset"] shown when the zone differs from the browser zone');
      await reset.click();
      await untilEqual('[data-display-zone] after reset', () => displayZone(page), 'Europe/Berlin');
      assertThreeClocks(await readList(page), exp, 'Europe/Berlin', 'en-GB');
      assert.equal(await storageItem(page, 'maintenance-window:zone'), null, 'localStorage maintenance-window:zone forgotten after reset');
      await page.reload();
      await expectState(page, 'loaded');
      assert.equal(await displayZone(page), 'Europe/Berlin', '[data-display-zone] after reset and reload');

      // Enter picks the first match.
      const ny = await searchZones(page, 'new york');
      assert.equal(ny[0].zone, 'America/New_York', `first result for "new york": ${JSON.stringify(ny)}`);
      await page.locator('input#zone-search').press('Enter');
      await untilEqual('[data-display-zone] after Enter', () => displayZone(page), 'America/New_York');
      assertWindowsMatch(await readWindows(page), exp, 'America/New_York', 'en-GB');
    });
  });

  test('?tz=America/New_York in a Berlin browser shows New York times; picking a zone rewrites ?tz in place', T, async () => {
    await withPage(browser, srv, { timezoneId: 'Europe/Berlin', locale: 'en-US', path: '?tz=America/New_York' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal(await displayZone(page), 'America/New_York');
      assert.equal(await page.locator('[data-notice="zone-fallback"]').count(), 0, 'no zone-fallback notice for a known ?tz');
      assertThreeClocks(await readList(page), exp, 'America/New_York', 'en-US');

      let loads = 0;
      page.on('load', () => loads++);
      await searchZones(page, 'kath');
      await page.locator('input#zone-search').press('Enter');
      await untilEqual('[data-display-zone]', () => displayZone(page), 'Asia/Kathmandu');
      assert.equal(new URL(page.url()).searchParams.get('tz'), 'Asia/Kathmandu', 'location ?tz replaced with the picked zone');
      assert.equal(loads, 0, 'no reload when ?tz is rewritten');
      await page.reload();
      await expectState(page, 'loaded');
      assert.equal(await displayZone(page), 'Asia/Kathmandu', 'the rewritten link shows Kathmandu after a reload');
    });
  });

  test('?tz=Mars/Base falls back to the browser zone with a visible note', T, async () => {
    await withPage(browser, srv, { timezoneId: 'Europe/Berlin', locale: 'en-GB', path: '?tz=Mars/Base' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal(await displayZone(page), 'Europe/Berlin', '[data-display-zone] falls back to the browser zone');
      const note = page.locator('[data-notice="zone-fallback"]');
      assert.equal(await note.count(), 1, '[data-notice="zone-fallback"] present');
      assert.ok(await note.isVisible(), '[data-notice="zone-fallback"] visible');
      const text = await note.textContent();
      assert.ok(text.includes('Mars/Base'), `[data-notice="zone-fallback"] names the unknown zone: ${JSON.stringify(text)}`);
      assertThreeClocks(await readList(page), exp, 'Europe/Berlin', 'en-GB');
    });
  });

  for (const zone of ['UTC', 'America/New_York', 'America/Santiago']) {
    test(`clock-change warnings in ${zone}: on windows that span a change or land in a gap/overlap, and no others`, T, async () => {
      await withPage(browser, srv, { timezoneId: zone, locale: 'en-GB' }, async ({ page }) => {
        await expectState(page, 'loaded');
        const list = await readList(page);
        assert.deepEqual(list.map((w) => w.id), exp.windows.map((w) => w.id), 'listed ids');
        let withWarnings = 0;
        for (const [i, e] of exp.windows.entries()) {
          const w = list[i];
          const at = `[${zone}] li.window[data-window-id="${e.id}"]`;
          const want = expectedWarnings(e, zone);
          if (want.length === 0) {
            assert.equal(w.warningLists, 0, `${at} has no ul.clock-warnings (got ${JSON.stringify(w.warnings)})`);
          } else {
            withWarnings++;
            assert.equal(w.warningLists, 1, `${at} has one ul.clock-warnings[data-clock-change]`);
            assert.deepEqual([...w.warnings].sort(), [...want].sort(), `${at} ul.clock-warnings li`);
          }
        }
        // The fixture really exercises this: the US one-off, Sydney and Santiago, the EU gap, the Sydney overlap.
        for (const id of ['us-spring-forward', 'au-dst-end', 'cl-dst-end', 'last-sunday-eu/2027-03-28', 'sydney-first-sunday/2027-04-04']) {
          assert.ok(expectedWarnings(byId[id], zone).length > 0, `reference: ${id} should carry a warning`);
        }
        assert.ok(withWarnings >= 5 && withWarnings < exp.windows.length / 2, `${withWarnings} windows with warnings`);
        if (zone === 'America/Santiago') {
          // A window whose own region (New York) has no change, but the display zone does.
          assert.deepEqual(list.find((w) => w.id === 'monthly-us-east/2027-04-03').warnings, [
            'In America/Santiago, clocks go back 1 hour during this window; it still lasts 4 h.',
          ]);
        }
        if (zone === 'UTC') {
          assert.deepEqual(list.find((w) => w.id === 'us-spring-forward').warnings, [
            'In America/New_York, clocks go forward 1 hour during this window; it still lasts 1 h.',
          ]);
        }
      });
    });
  }

  test('tenant slot: ?tenant=acme, then typed into #tenant-id, remembered across a reload', T, async () => {
    const slot = fixtureFeed().windows.find((w) => w.id === 'np-network').tenant_slots[0];
    const [s, e] = rangeText('en-GB', 'UTC', slot.start, slot.end);
    const wantText = normSpace(`Your service (acme): ${s} – ${e}`);
    const slotsIn = async (page) => (await readList(page)).filter((w) => w.tenantSlot).map((w) => ({ id: w.id, ...w.tenantSlot }));
    const want = [{ id: 'np-network', tenant: 'acme', text: wantText }];

    await withPage(browser, srv, { timezoneId: 'UTC', locale: 'en-GB', path: '?tenant=acme' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.deepEqual(await slotsIn(page), want, '[data-tenant-slot] with ?tenant=acme');
      assert.equal(await page.locator('input#tenant-id').inputValue(), 'acme', 'input#tenant-id shows the tenant from the link');
    });

    await withPage(browser, srv, { timezoneId: 'UTC', locale: 'en-GB' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.deepEqual(await slotsIn(page), [], 'no [data-tenant-slot] without a tenant');
      const field = page.locator('input#tenant-id');
      await field.fill('acme');
      await field.press('Tab'); // change fires on blur
      await untilEqual('[data-tenant-slot] after typing "acme"', () => slotsIn(page), want);
      assert.equal(await storageItem(page, 'maintenance-window:tenant'), 'acme', 'localStorage maintenance-window:tenant');

      await page.reload();
      await expectState(page, 'loaded');
      assert.deepEqual(await slotsIn(page), want, '[data-tenant-slot] after a reload');
      assert.equal(await page.locator('input#tenant-id').inputValue(), 'acme', 'input#tenant-id after a reload');

      await field.fill('globex');
      await field.press('Tab');
      await untilEqual('[data-tenant-slot] for a tenant without slots', () => slotsIn(page), []);
    });
  });

  test('.ics downloads (one window, twice; a recurring occurrence; all; all of one region) parse with icalendar', T, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'schedule-ics-'));
    const calendarName = testConfig().title;
    const writeExpected = (file, events) =>
      writeFileSync(file.replace(/\.ics$/, '.expected.json'), JSON.stringify({ calendar_name: calendarName, reminder_minutes: 60, events }));
    try {
      await withPage(browser, srv, { timezoneId: 'Asia/Kathmandu', locale: 'en-GB' }, async ({ page }) => {
        await expectState(page, 'loaded');
        const one = 'np-network';
        const sel = (id) => `section#upcoming li.window[data-window-id="${id}"] p.calendar-links button[data-action="ics"]`;

        const a = await download(page, sel(one), dir, 'one-a.ics');
        const b = await download(page, sel(one), dir, 'one-b.ics');
        assert.equal(a.name, `maintenance-${one}.ics`, 'suggested file name');
        const [uidA, uidB] = [icsUids(a.text), icsUids(b.text)];
        assert.equal(uidA.length, 1, `one VEVENT UID in ${a.name}: ${JSON.stringify(uidA)}`);
        assert.deepEqual(uidB, uidA, 'UID stable between two downloads');
        assertUidNames(uidA[0], one, a.name);
        for (const f of [a, b]) writeExpected(f.file, [icsEvent(byId[one], uidA[0])]);

        const rid = 'monthly-us-east/2027-01-02';
        const r = await download(page, sel(rid), dir, 'recurring.ics');
        assert.equal(r.name, 'maintenance-monthly-us-east-2027-01-02.ics', 'suggested file name of a recurring occurrence');
        const uidR = icsUids(r.text);
        assert.equal(uidR.length, 1);
        assertUidNames(uidR[0], rid, r.name);
        assert.notEqual(uidR[0], uidA[0], 'distinct windows, distinct UIDs');
        writeExpected(r.file, [icsEvent(byId[rid], uidR[0])]);

        // Google Calendar link: the same instants in UTC.
        const stamp = (t) => iso(t).replace(/[-:]/g, '');
        const google = (await readList(page)).find((w) => w.id === one).google;
        assert.ok(google?.startsWith('https://calendar.google.com/'), `a[data-action="google-calendar"] href ${google}`);
        assert.equal(new URL(google).searchParams.get('dates'), `${stamp(byId[one].start_utc)}/${stamp(byId[one].end_utc)}`, 'Google Calendar dates');

        // Every listed window (all regions).
        const all = await download(page, 'button[data-action="ics-all"]', dir, 'all.ics');
        assert.equal(all.name, 'maintenance-windows.ics');
        const uids = icsUids(all.text);
        assert.equal(uids.length, exp.windows.length, `${all.name}: one event per listed window`);
        assert.equal(new Set(uids).size, uids.length, `${all.name}: UIDs are distinct`);
        exp.windows.forEach((e, i) => assertUidNames(uids[i], e.id, `${all.name} event ${i}`));
        assert.equal(uids[exp.windows.findIndex((e) => e.id === one)], uidA[0], 'the same UID in the single and the full calendar');
        assert.equal(uids[exp.windows.findIndex((e) => e.id === rid)], uidR[0], 'the same UID in the single and the full calendar (recurring)');
        writeExpected(all.file, exp.windows.map((e, i) => icsEvent(e, uids[i])));

        // Only the selected region.
        await page.locator('button.chip[data-region-filter="us-east"]').click();
        const us = exp.windows.filter((e) => e.region === 'us-east');
        await untilEqual('listed ids with us-east selected', async () => (await readList(page)).map((w) => w.id), us.map((e) => e.id));
        const usFile = await download(page, 'button[data-action="ics-all"]', dir, 'us-east.ics');
        const usUids = icsUids(usFile.text);
        assert.equal(usUids.length, us.length, `${usFile.name} with us-east selected: ${us.length} events`);
        us.forEach((e, i) => assertUidNames(usUids[i], e.id, `us-east.ics event ${i}`));
        writeExpected(usFile.file, us.map((e, i) => icsEvent(e, usUids[i])));

        runCheckIcs([a.file, b.file, r.file, all.file, usFile.file]);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const locale of ['en-US', 'en-GB', 'de-DE', 'ja-JP']) {
    test(`locale ${locale}: every start/end formatted as Intl does (12 h vs 24 h, date order)`, T, async () => {
      await withPage(browser, srv, { timezoneId: 'UTC', locale }, async ({ page }) => {
        await expectState(page, 'loaded');
        const list = await readList(page);
        assertThreeClocks(list, exp, 'UTC', locale);
        // np-network: Sun 2026-12-06 07:00-07:45 UTC; ap-cancelled-db: Wed 2026-12-09 20:30-22:30 UTC.
        const np = list.find((w) => w.id === 'np-network');
        const pm = list.find((w) => w.id === 'ap-cancelled-db');
        const shapes = {
          'en-US': [/^Sun, Dec 6, 7:00 AM$/, /^7:45 AM$/, /^Wed, Dec 9, 8:30 PM$/],
          'en-GB': [/^Sun 6 Dec, 0?7:00$/, /^0?7:45$/, /^Wed 9 Dec, 20:30$/],
          'de-DE': [/^So\., 6\. Dez\., 0?7:00$/, /^0?7:45$/, /^Mi\., 9\. Dez\., 20:30$/],
          'ja-JP': [/^12月6日\(日\) 0?7:00$/, /^0?7:45$/, /^12月9日\(水\) 20:30$/],
        }[locale];
        assert.match(np.start.text, shapes[0], `[${locale}] np-network start`);
        assert.match(np.end.text, shapes[1], `[${locale}] np-network end (same day: time only)`);
        assert.match(pm.start.text, shapes[2], `[${locale}] ap-cancelled-db start (evening)`);
        const groups = await page.$$eval('div.day-group', (gs) => gs.map((g) => ({ day: g.getAttribute('data-day'), heading: g.querySelector('h3.day-heading')?.textContent.replace(/\s+/g, ' ').trim() })));
        const dec6 = groups.find((g) => g.day === '2026-12-06');
        // The relative day in the page's language (the catalog's plural form for 10).
        const inTenDays = trn(pageLanguage(locale), 'in {n} days', 10);
        assert.equal(dec6?.heading, normSpace(`${intlDate(locale, 'UTC', '2026-12-06T12:00:00Z')} · ${inTenDays}`), `[${locale}] h3.day-heading of 2026-12-06`);
      });
    });
  }

  test('region chips filter the list and the card; ?region= preselects; day groups; recent maintenance', T, async () => {
    const ids = (regions) => exp.windows.filter((e) => regions.includes(e.region)).map((e) => e.id);
    const allRegions = Object.keys(REGIONS);
    const pressed = (page) =>
      page.$$eval('button.chip[data-region-filter]', (bs) => Object.fromEntries(bs.map((b) => [b.getAttribute('data-region-filter'), b.getAttribute('aria-pressed')])));
    const pressedWant = (sel) => Object.fromEntries([['all', String(sel.length === 0)], ...allRegions.map((r) => [r, String(sel.includes(r))])]);
    const listed = async (page) => (await readList(page)).map((w) => w.id);
    const firstActive = (list) => list.find((id) => byId[id].status !== 'cancelled');

    await withPage(browser, srv, { timezoneId: 'UTC', locale: 'en-GB' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.deepEqual(await pressed(page), pressedWant([]), 'aria-pressed by default: "all regions"');
      assert.deepEqual(await listed(page), exp.windows.map((w) => w.id), 'every region listed by default');

      // Day groups: ascending local days, each li under the day it starts on, relative words beside the date.
      const groups = await page.$$eval('section#upcoming div.day-group', (gs) =>
        gs.map((g) => ({ day: g.getAttribute('data-day'), heading: g.querySelector(':scope > h3.day-heading')?.textContent.replace(/\s+/g, ' ').trim(), n: g.querySelectorAll('li.window').length })),
      );
      const days = groups.map((g) => g.day);
      assert.deepEqual(days, [...new Set(exp.windows.map((e) => e.start.UTC.slice(0, 10)))], 'div.day-group[data-day], soonest first, one per day');
      for (const w of await readList(page)) assert.equal(w.day, w.start.datetime.slice(0, 10), `li.window[data-window-id="${w.id}"] is in the group of its start day`);
      for (const g of groups) {
        const rel = relativeDay('en', FIXED_NOW.slice(0, 10), g.day);
        const date = intlDate('en-GB', 'UTC', `${g.day}T12:00:00Z`);
        assert.equal(g.heading, rel ? `${date} · ${rel}` : date, `h3.day-heading of ${g.day}`);
      }

      // Recent maintenance: windows ended within 30 days of 2026-11-26T12:00Z (from feed.json:
      // us-past-upgrade ended 11-21, fortnightly 11-17 and monthly 11-07 recurrences; the
      // 10-25 recurrence ended 32 days ago), collapsed.
      const recent = await readList(page, 'details.recent ol.recent-list');
      assert.deepEqual(recent.map((w) => w.id).sort(), ['fortnightly-ap-south/2026-11-17', 'monthly-us-east/2026-11-07', 'us-past-upgrade']);
      for (const w of recent) assert.equal(w.status, 'completed', `recent li.window[data-window-id="${w.id}"][data-status]`);
      assert.equal(await page.locator('details.recent').evaluate((d) => d.open), false, 'details.recent collapsed');

      await page.locator('button.chip[data-region-filter="us-east"]').click();
      await untilEqual('listed ids, us-east', () => listed(page), ids(['us-east']));
      assert.deepEqual(await pressed(page), pressedWant(['us-east']));
      assert.equal((await readCard(page)).id, firstActive(ids(['us-east'])), 'article.next-window follows the filter');
      assert.deepEqual((await readList(page, 'details.recent ol.recent-list')).map((w) => w.id).sort(), ['monthly-us-east/2026-11-07', 'us-past-upgrade'], 'recent follows the filter');

      await page.locator('button.chip[data-region-filter="eu-central"]').click();
      await untilEqual('listed ids, us-east + eu-central', () => listed(page), ids(['us-east', 'eu-central']));
      assert.deepEqual(await pressed(page), pressedWant(['us-east', 'eu-central']));

      await page.locator('button.chip[data-region-filter="us-east"]').click();
      await untilEqual('listed ids, us-east toggled off', () => listed(page), ids(['eu-central']));
      assert.deepEqual(await pressed(page), pressedWant(['eu-central']));

      await page.locator('button.chip[data-region-filter="all"]').click();
      await untilEqual('listed ids, all again', () => listed(page), exp.windows.map((w) => w.id));
      assert.deepEqual(await pressed(page), pressedWant([]));
    });

    await withPage(browser, srv, { timezoneId: 'UTC', locale: 'en-GB', path: '?region=ap-sydney,sa-santiago' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.deepEqual(await pressed(page), pressedWant(['ap-sydney', 'sa-santiago']), 'aria-pressed from ?region=ap-sydney,sa-santiago');
      assert.deepEqual(await listed(page), ids(['ap-sydney', 'sa-santiago']), 'listed ids with ?region=');
      for (const w of await readList(page)) assert.ok(['ap-sydney', 'sa-santiago'].includes(w.region), `li.window[data-window-id="${w.id}"][data-region]`);
      assert.equal((await readCard(page)).id, firstActive(ids(['ap-sydney', 'sa-santiago'])), 'article.next-window with ?region=');
    });
  });
});
