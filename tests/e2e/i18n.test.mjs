// Translations: the page in the visitor's language (en, de, fr, ja, es,
// pt-BR, zh-CN and ar built in,
// or a vendor's own `i18n/<code>.json`), chosen by index.html's loader from
// ?lang=, the stored choice and navigator.languages among config.json's
// `languages`; dates and times in that language; counted messages in the
// language's plural forms; the language switch; the widget; a broken
// language file; narrow layouts and layout shift in the longer languages;
// the FAQ's own translations.
//
// Every expected text is read from public/i18n/<lang>.json and
// public/faq.json at test time, never written here; plural forms are picked
// with Intl.PluralRules, dates formatted with Intl.DateTimeFormat.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  BUILT_IN_LANGUAGES,
  FIXED_NOW,
  catalog as messages,
  expectState,
  fillMessage as fill,
  installClock,
  intlDate,
  intlDateTime,
  normSpace,
  openFaq,
  serveFixture,
  testConfig,
  textOf,
  tr,
  trn,
  until,
  withPage,
  useBrowserAndServer,
} from './lib.mjs';
import { durationWords, hoursMinutes, relativeDay } from './reference.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PUBLIC = path.resolve(HERE, '../../public');
const T = { timeout: 60_000 };
const MIN = 60_000;
const DAY = 1440 * MIN;
const T0 = new Date(FIXED_NOW).getTime();
const iso = (t) => new Date(t).toISOString().replace('.000Z', 'Z');

// ---------------------------------------------------------------------------
// An independent rendering of the messages the page shows, from the catalogs
// (catalog/tr/trn/fillMessage in lib.mjs).

/** The local date (YYYY-MM-DD) of an instant in a zone. */
function localDate(zone, instant) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

const FULL = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };

/** A `datetime` attribute's wall time (`2026-12-06T08:00:00+01:00` → 6 Dec 08:00) as a Date in UTC. */
function wallOf(datetime) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(datetime);
  assert.ok(m, `datetime attribute ${JSON.stringify(datetime)}`);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]));
}

/** What a start shows: the wall time through Intl in `locale` (weekday, day, month, time). */
const wallDateTime = (locale, datetime) => new Intl.DateTimeFormat(locale, FULL).format(wallOf(datetime));

const FAQ = JSON.parse(readFileSync(path.join(PUBLIC, 'faq.json'), 'utf8'));
/** An FAQ entry's question and answer as shown in `lang` (its translation, else English). */
function faqIn(entry, lang) {
  const t = entry.translations?.[lang];
  return { question: t?.question ?? entry.question, answer: t?.answer ?? entry.answer };
}

/** English UI texts (no placeholders) that the catalog translates differently. */
function untranslatedCandidates(lang) {
  const en = messages('en');
  return new Set(
    Object.entries(en)
      .filter(([k, v]) => typeof v === 'string' && !k.includes('{') && typeof messages(lang)[k] === 'string' && messages(lang)[k] !== k)
      .map(([k]) => k),
  );
}

/** Every text node of <body> and every aria-label/placeholder/title, whitespace-collapsed. */
function pageTexts(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement && n.parentElement.closest('script, style, noscript') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n; (n = walker.nextNode()); ) {
      const t = n.nodeValue.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const a of ['aria-label', 'placeholder', 'title']) {
        const v = el.getAttribute(a);
        if (v && v.trim()) out.push(`${a}=${v.trim()}`);
      }
    }
    return out;
  });
}

/** Assert no text on the page is an English message the catalog translates. */
async function assertNoEnglishLeft(page, lang, what) {
  const english = untranslatedCandidates(lang);
  const left = (await pageTexts(page)).filter((t) => english.has(t.replace(/^(aria-label|placeholder|title)=/, '')));
  assert.deepEqual(left, [], `${what}: English UI text left on a page in ${lang}`);
}

/** Assert no `{placeholder}` is shown raw anywhere on the page. */
async function assertNoRawPlaceholders(page, what) {
  const raw = (await pageTexts(page)).filter((t) => /\{[a-z_]+\}/i.test(t));
  assert.deepEqual(raw, [], `${what}: raw {placeholders} shown`);
}

const htmlLang = (page) => page.evaluate(() => ({ lang: document.documentElement.getAttribute('lang'), dir: document.documentElement.getAttribute('dir') }));

/** The upcoming list: each li.window's id, status, texts and times. */
function readItems(page) {
  return page.$$eval('section#upcoming ol.window-list > li.window', (lis) =>
    lis.map((li) => {
      const text = (sel) => {
        const el = li.querySelector(sel);
        return el ? el.textContent.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() : null;
      };
      const time = (role) => {
        const t = li.querySelector(`time[data-role="${role}"]`);
        return t ? { datetime: t.getAttribute('datetime'), text: t.textContent.replace(/[\u2066-\u2069]/g, '') } : null;
      };
      return {
        id: li.getAttribute('data-window-id'),
        status: li.getAttribute('data-status'),
        statusText: text('[data-field="status"]'),
        downtime: text('[data-field="downtime"]'),
        kind: text('[data-field="kind"]'),
        duration: text('.when .duration'),
        start: time('start'),
        end: time('end'),
        day: li.closest('div.day-group')?.getAttribute('data-day') ?? null,
      };
    }),
  );
}

function dayHeadings(page) {
  return page.$$eval('section#upcoming div.day-group', (gs) =>
    gs.map((g) => ({ day: g.getAttribute('data-day'), heading: g.querySelector(':scope > h3.day-heading')?.textContent.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() })),
  );
}

function readNextCard(page, sel = 'article.next-window') {
  return page.evaluate((sel) => {
    const card = document.querySelector(sel);
    if (!card) return null;
    const text = (s) => card.querySelector(s)?.textContent.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() ?? null;
    return { id: card.getAttribute('data-next-window'), status: card.getAttribute('data-status'), eyebrow: text('.eyebrow'), countdown: text('[data-countdown]') };
  }, sel);
}

const STATUS_MESSAGE = { scheduled: 'Scheduled', in_progress: 'In progress', completed: 'Completed', cancelled: 'Cancelled' };

/** A feed with one window starting `n` days (and 30 s) after FIXED_NOW, n minutes of downtime (FAQ: {tenant_downtime}), and a rule beyond the horizon lasting n hours (FAQ: {window_length}). */
function pluralFeed(n) {
  const start = T0 + n * DAY + 30_000;
  const minutes = n === 0 ? 30 : n * 60 + n;
  return {
    feed_version: 1,
    service: { name: 'Plural test service' },
    generated_at: FIXED_NOW,
    regions: [{ id: 'r-one', name: 'Region One', time_zone: 'UTC' }],
    windows: [
      { id: 'w-plural', title: 'Window for plurals', region: 'r-one', start: iso(start), end: iso(start + minutes * MIN), expected_downtime_minutes: n, kind: 'network' },
    ],
    recurring:
      n === 0
        ? []
        : [{ id: 'far-rule', title: 'Far rule', region: 'r-one', rrule: 'FREQ=YEARLY', starts_on: '2030-01-01', start_time: '00:00', duration_minutes: n * 60, expected_downtime_minutes: n }],
  };
}

// ---------------------------------------------------------------------------

const LOCALES = [
  { locale: 'de-DE', lang: 'de', zone: 'Europe/Berlin' },
  { locale: 'fr-FR', lang: 'fr', zone: 'Europe/Paris' },
  { locale: 'ja-JP', lang: 'ja', zone: 'Asia/Tokyo' },
  { locale: 'en-US', lang: 'en', zone: 'America/New_York' },
  { locale: 'es-MX', lang: 'es', zone: 'America/Mexico_City' },
  { locale: 'pt-PT', lang: 'pt-BR', zone: 'Europe/Lisbon' },
  { locale: 'zh-CN', lang: 'zh-CN', zone: 'Asia/Shanghai' },
  { locale: 'ar-EG', lang: 'ar', zone: 'Africa/Cairo' },
];

describe('translations', () => {
  let browser;
  let srv;
  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]));

  test('the catalogs: every built-in language has every message of en.json, with the same placeholders', () => {
    const en = messages('en');
    const holes = (s) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of BUILT_IN_LANGUAGES.filter((l) => l !== 'en')) {
      const m = messages(lang);
      assert.deepEqual(Object.keys(en).filter((k) => !(k in m)), [], `${lang}.json lacks messages of en.json`);
      for (const [k, v] of Object.entries(m)) {
        assert.ok(k in en, `${lang}.json: ${JSON.stringify(k)} is not a message of en.json`);
        const forms = typeof v === 'string' ? [v] : Object.values(v);
        assert.equal(typeof v === 'string', typeof en[k] === 'string', `${lang}.json ${JSON.stringify(k)}: plural in one catalog and not the other`);
        // A plural's own forms may leave out {n} ("one" as a word); other placeholders must survive.
        for (const f of forms) assert.deepEqual(holes(f).filter((h) => h !== 'n'), holes(k).filter((h) => h !== 'n'), `${lang}.json ${JSON.stringify(k)} → ${JSON.stringify(f)}: placeholders`);
      }
    }
  });

  for (const { locale, lang, zone } of LOCALES) {
    test(`browser ${locale}: <html lang="${lang}">, headings, statuses, day groups and dates in ${lang}`, T, async () => {
      await withPage(browser, srv, { locale, timezoneId: zone }, async ({ page }) => {
        await expectState(page, 'loaded');
        assert.deepEqual(await htmlLang(page), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }, '<html lang dir>');

        const heading = await textOf(page, '#upcoming-heading');
        assert.equal(heading, tr(lang, 'Upcoming maintenance'), '#upcoming-heading');
        if (lang !== 'en') assert.notEqual(heading, 'Upcoming maintenance', `#upcoming-heading is not English in ${lang}`);

        const items = await readItems(page);
        assert.ok(items.length > 5, `the fixture lists windows (${items.length})`);
        const statuses = new Set(items.map((w) => w.status));
        for (const s of ['scheduled', 'in_progress', 'cancelled']) assert.ok(statuses.has(s), `a window with data-status="${s}" at the fixed clock`);
        for (const w of items) {
          const want = tr(lang, STATUS_MESSAGE[w.status]);
          assert.equal(w.statusText, want, `li.window[data-window-id="${w.id}"] status badge`);
          if (lang !== 'en') assert.notEqual(w.statusText, STATUS_MESSAGE[w.status], `${w.id}: status badge not English`);
        }

        // Dates: the wall time of each datetime attribute, through Intl in the browser's locale.
        for (const w of items) {
          const want = wallDateTime(locale, w.start.datetime);
          assert.equal(want, intlDateTime(locale, zone, w.start.datetime), `${w.id}: the datetime attribute is the ${zone} wall time`);
          assert.equal(normSpace(w.start.text), normSpace(want), `li.window[data-window-id="${w.id}"] time[data-role="start"] in ${locale}`);
          const endWant = w.start.datetime.slice(0, 10) === w.end.datetime.slice(0, 10)
            ? new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(wallOf(w.end.datetime))
            : wallDateTime(locale, w.end.datetime);
          assert.equal(normSpace(w.end.text), normSpace(endWant), `li.window[data-window-id="${w.id}"] time[data-role="end"] in ${locale}`);
          if (lang !== 'en') assert.notEqual(normSpace(w.start.text), normSpace(wallDateTime('en-US', w.start.datetime)), `${w.id}: start is not formatted as English`);
        }

        // Day headings: the local date in the locale, and the relative day in the catalog's words.
        const today = localDate(zone, T0);
        const groups = await dayHeadings(page);
        assert.ok(groups.some((g) => relativeDay(lang, today, g.day, locale) !== null), 'some day group carries a relative label');
        for (const g of groups) {
          const date = intlDate(locale, 'UTC', `${g.day}T12:00:00Z`);
          const rel = relativeDay(lang, today, g.day, locale);
          assert.equal(g.heading, normSpace(rel ? `${date} · ${rel}` : date), `h3.day-heading of ${g.day}`);
        }

        // The next-window card (in progress at the fixed clock).
        const card = await readNextCard(page);
        assert.ok(card, 'article.next-window');
        assert.equal(card.eyebrow, tr(lang, card.status === 'in_progress' ? 'Maintenance in progress' : 'Next maintenance'), 'article.next-window .eyebrow');

        // The switch shows the language in use.
        const sel = await page.$eval('select#language', (s) => ({ value: s.value, options: [...s.options].map((o) => ({ value: o.value, lang: o.lang, label: o.textContent })) }));
        assert.equal(sel.value, lang, 'select#language shows the language in use');
        assert.deepEqual(sel.options.map((o) => o.value), BUILT_IN_LANGUAGES, 'select#language offers the built-in languages');
        for (const o of sel.options) {
          assert.equal(o.lang, o.value, `option[value="${o.value}"][lang]`);
          assert.equal(o.label, new Intl.DisplayNames(o.value, { type: 'language' }).of(o.value), `option[value="${o.value}"] named in itself`);
        }
        assert.equal(await textOf(page, 'label[for="language"]'), tr(lang, 'Language'), 'label[for="language"]');

        await assertNoRawPlaceholders(page, locale);
        if (lang !== 'en') await assertNoEnglishLeft(page, lang, locale);
        // The file fetched, or none for English.
        assert.equal(srv.requestsTo('i18n/' + lang + '.json').length, lang === 'en' ? 0 : 1, `requests to i18n/${lang}.json`);
        if (lang === 'en') assert.deepEqual(srv.requests.filter((r) => r.path.includes('/i18n/')).map((r) => r.path), [], 'English fetches no language file');
      });
    });
  }

  for (const lang of ['de', 'fr', 'ja', 'en', 'es', 'pt-BR', 'zh-CN', 'ar']) {
    const locale = { de: 'de-DE', fr: 'fr-FR', ja: 'ja-JP', en: 'en-US', es: 'es-MX', 'pt-BR': 'pt-BR', 'zh-CN': 'zh-CN', ar: 'ar-EG' }[lang];
    // Arabic has six plural categories: zero, one, two, few (3), many (11), other (100).
    const counts = lang === 'ar' ? [0, 1, 2, 3, 11, 100] : [0, 1, 2, 5];
    test(`plurals in ${lang} at ${counts.join(', ')}: downtime, relative day, countdown, FAQ figures`, T, async () => {
      const seen = new Set();
      for (const n of counts) {
        const feed = pluralFeed(n);
        serveFixture(srv, { feed });
        const w = feed.windows[0];
        await withPage(browser, srv, { locale, timezoneId: 'UTC' }, async ({ page }) => {
          await expectState(page, 'loaded');
          assert.equal((await htmlLang(page)).lang, lang);
          const [item] = await readItems(page);
          assert.equal(item?.id, 'w-plural', `[n=${n}] the window is listed`);

          // "{n} min" at n: the expected downtime.
          // An hour or more reads as hours and minutes (n = 100 in Arabic).
          const downtimeWords = n < 60 ? trn(lang, '{n} min', n, locale) : hoursMinutes(lang, Math.floor(n / 60), n % 60, locale);
          const downtime = fill(tr(lang, 'Expected downtime: about {duration}'), { duration: downtimeWords });
          assert.equal(normSpace(item.downtime), normSpace(downtime), `[n=${n}] [data-field="downtime"]`);
          // "{n} h" and "{n} min": the window's length (n h n min; 30 min for n=0).
          const minutes = (Date.parse(w.end) - Date.parse(w.start)) / MIN;
          assert.equal(normSpace(item.duration), normSpace(`(${hoursMinutes(lang, Math.floor(minutes / 60), minutes % 60, locale)})`), `[n=${n}] .duration`);

          // The day group's relative label: today, tomorrow, "in {n} days".
          const [group] = await dayHeadings(page);
          const rel = relativeDay(lang, FIXED_NOW.slice(0, 10), group.day, locale);
          const date = intlDate(locale, 'UTC', w.start);
          assert.equal(group.heading, normSpace(rel ? `${date} · ${rel}` : date), `[n=${n}] h3.day-heading`);
          if (n >= 2 && n <= 14) assert.equal(rel, trn(lang, 'in {n} days', n, locale));

          // "{n} days" in the countdown ("less than a minute" at n=0).
          const card = await readNextCard(page);
          const countdown = fill(tr(lang, 'starts in {duration}'), { duration: n === 0 ? tr(lang, 'less than a minute') : trn(lang, '{n} days', n, locale) });
          assert.equal(card?.countdown, countdown, `[n=${n}] [data-countdown]`);

          // "{n} minutes" (0, 1, 2, 5) and "{n} hours" (1, 2, 5) quoted by the FAQ.
          await openFaq(page);
          const paragraphs = (id) => page.$$eval(`details#faq-${id} > p, details#faq-${id} > div > p`, (ps) => ps.map((p) => p.textContent.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim()));
          const downtimeEntry = faqIn(FAQ.entries.find((e) => e.id === 'downtime'), lang);
          const withTenant = downtimeEntry.answer.find((p) => p.includes('{tenant_downtime}'));
          const minutesText = trn(lang, '{n} minutes', n, locale);
          seen.add(minutesText);
          assert.ok((await paragraphs('downtime')).includes(normSpace(fill(withTenant, { tenant_downtime: minutesText }))), `[n=${n}] #faq-downtime quotes ${JSON.stringify(minutesText)}:\n${(await paragraphs('downtime')).join('\n')}`);
          // The rule quoted for {window_length} lasts n hours: at most 24 are valid.
          if (n > 0 && n <= 24) {
            const windowEntry = faqIn(FAQ.entries.find((e) => e.id === 'what-is-a-window'), lang);
            const withLength = windowEntry.answer.find((p) => p.includes('{window_length}'));
            const hoursText = trn(lang, '{n} hours', n, locale);
            assert.ok((await paragraphs('what-is-a-window')).includes(normSpace(fill(withLength, { window_length: hoursText }))), `[n=${n}] #faq-what-is-a-window quotes ${JSON.stringify(hoursText)}`);
          }
          await assertNoRawPlaceholders(page, `${lang} n=${n}`);
        });
      }
      // The forms are the catalog's: where the language distinguishes them, they differ.
      const categories = new Set(counts.map((n) => new Intl.PluralRules(lang).select(n)));
      assert.equal(seen.size, counts.length, 'distinct texts for distinct numbers');
      if (lang === 'ja' || lang === 'zh-CN') assert.deepEqual([...categories], ['other'], `${lang} has one plural form`);
      else if (lang === 'ar') assert.deepEqual([...categories].sort(), ['few', 'many', 'one', 'other', 'two', 'zero'], 'Arabic: all six categories');
      else assert.ok(categories.size >= 2, `${lang} has several plural categories among 0, 1, 2, 5`);
    });
  }

  for (const { lang, locale } of [
    { lang: 'de', locale: 'de-DE' },
    { lang: 'ja', locale: 'ja-JP' },
    { lang: 'fr', locale: 'fr-FR' },
  ]) {
    test(`${lang}: the countdown counts down in ${lang} as the clock moves (days, hours, minutes at 5, 2, 1)`, T, async () => {
      // 30 s of slack: the page wakes once a minute from its load, so each
      // step lands half a minute after a whole number of minutes remains.
      const start = T0 + 5 * DAY + 5 * 60 * MIN + 30_000;
      const feed = {
        feed_version: 1,
        service: { name: 'Countdown test' },
        regions: [{ id: 'r-one', name: 'Region One', time_zone: 'UTC' }],
        windows: [{ id: 'w-count', title: 'Counted window', region: 'r-one', start: iso(start), end: iso(start + 60 * MIN) }],
      };
      serveFixture(srv, { feed });
      await withPage(browser, srv, { locale, timezoneId: 'UTC', now: null, goto: false }, async ({ page }) => {
        await installClock(page, T0);
        await page.goto(srv.url);
        await expectState(page, 'loaded');
        let now = T0;
        // Remaining: 5 days 5 h, then 2 days, 1 day, 5 h, 2 h, 1 h, 5 min, 2 min, 1 min (each + 30 s), 30 s.
        const steps = [2 * DAY, DAY, 5 * 60 * MIN, 2 * 60 * MIN, 60 * MIN, 5 * MIN, 2 * MIN, MIN].map((before) => start - before - 30_000).concat(start - 30_000);
        for (const [i, at] of steps.entries()) assert.ok(at - (steps[i - 1] ?? T0) >= MIN, 'every step moves the clock by a minute at least');
        for (const [i, at] of [T0, ...steps].entries()) {
          if (at > now) {
            await page.clock.fastForward(at - now);
            now = at;
          }
          const want = fill(tr(lang, 'starts in {duration}'), { duration: durationWords(lang, start - now) });
          await until(async () => (await readNextCard(page))?.countdown === want, `[${lang} step ${i}, ${iso(now)}] [data-countdown] never read ${JSON.stringify(want)}; it reads ${JSON.stringify((await readNextCard(page))?.countdown)}`);
        }
        assert.equal((await htmlLang(page)).lang, lang, 'still in the same language');
      });
    });
  }

  test('?lang=fr beats a de-DE browser; dates then in French', T, async () => {
    await withPage(browser, srv, { locale: 'de-DE', path: '?lang=fr' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal((await htmlLang(page)).lang, 'fr');
      assert.equal(await textOf(page, '#upcoming-heading'), tr('fr', 'Upcoming maintenance'));
      assert.equal(await page.$eval('select#language', (s) => s.value), 'fr');
      const [w] = await readItems(page);
      // fr is not a variant of the browser's de-DE: the language's own formats.
      assert.equal(normSpace(w.start.text), normSpace(wallDateTime('fr', w.start.datetime)), 'time[data-role="start"] in fr');
      assert.equal(srv.requestsTo('i18n/de.json').length, 0, 'the browser language is not fetched as well');
      assert.equal(srv.requestsTo('i18n/fr.json').length, 1);
    });
    // An unknown ?lang= falls through to the browser language.
    await withPage(browser, srv, { locale: 'de-DE', path: '?lang=xx' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal((await htmlLang(page)).lang, 'de', '?lang=xx (not offered): the browser language');
    });
    // A browser variant matches by primary subtag: fr-CA → fr, with fr-CA dates.
    await withPage(browser, srv, { locale: 'fr-CA' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal((await htmlLang(page)).lang, 'fr');
      const [w] = await readItems(page);
      assert.equal(normSpace(w.start.text), normSpace(wallDateTime('fr-CA', w.start.datetime)), 'fr-CA dates (the browser variant of fr)');
    });
    // en-GB keeps its day-month order in English.
    await withPage(browser, srv, { locale: 'en-GB' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal((await htmlLang(page)).lang, 'en');
      const [w] = await readItems(page);
      assert.equal(normSpace(w.start.text), normSpace(wallDateTime('en-GB', w.start.datetime)), 'en-GB dates');
    });
  });

  test('the switch: 日本語 reloads the page in Japanese, remembered for the next visit; ?lang= in the URL follows', T, async () => {
    const jaName = new Intl.DisplayNames('ja', { type: 'language' }).of('ja');
    await withPage(browser, srv, { locale: 'de-DE' }, async ({ page, context, errors }) => {
      await expectState(page, 'loaded');
      assert.equal((await htmlLang(page)).lang, 'de');
      await page.evaluate(() => (window.__marker = 'before-switch'));
      const reloaded = page.waitForEvent('load');
      await page.selectOption('select#language', { label: jaName });
      await reloaded;
      await expectState(page, 'loaded');
      assert.equal(await page.evaluate(() => window.__marker ?? null), null, 'the page was reloaded');
      assert.equal((await htmlLang(page)).lang, 'ja', 'after the switch');
      assert.equal(await textOf(page, '#upcoming-heading'), tr('ja', 'Upcoming maintenance'));
      assert.equal(await page.$eval('select#language', (s) => s.value), 'ja');
      assert.equal(await page.evaluate(() => localStorage.getItem('maintenance-window:lang')), 'ja', 'the choice is stored');
      assert.equal(new URL(page.url()).searchParams.get('lang'), null, 'no ?lang= added to a URL that had none');

      // A fresh load in the same context (the de-DE browser): still Japanese.
      const p2 = await context.newPage();
      p2.on('pageerror', (e) => errors.push(String(e && e.stack ? e.stack : e)));
      await p2.goto(srv.url);
      await expectState(p2, 'loaded');
      assert.equal((await htmlLang(p2)).lang, 'ja', 'a new visit stays in the stored language');
      assert.equal(await textOf(p2, '#upcoming-heading'), tr('ja', 'Upcoming maintenance'));
      const [w] = await readItems(p2);
      assert.equal(normSpace(w.start.text), normSpace(wallDateTime('ja', w.start.datetime)), 'ja dates for a de-DE browser that chose Japanese');
      await p2.close();
    });

    // With ?lang= in the URL (which beats the stored choice), the switch updates it.
    await withPage(browser, srv, { locale: 'en-US', path: '?lang=de&region=us-east' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal((await htmlLang(page)).lang, 'de');
      const reloaded = page.waitForEvent('load');
      await page.selectOption('select#language', 'fr');
      await reloaded;
      await expectState(page, 'loaded');
      const u = new URL(page.url());
      assert.equal(u.searchParams.get('lang'), 'fr', '?lang= follows the switch');
      assert.equal(u.searchParams.get('region'), 'us-east', 'other parameters kept');
      assert.equal((await htmlLang(page)).lang, 'fr');
      assert.equal(await textOf(page, '#upcoming-heading'), tr('fr', 'Upcoming maintenance'));
      // And back to English: no language file, English text.
      const again = page.waitForEvent('load');
      await page.selectOption('select#language', 'en');
      await again;
      await expectState(page, 'loaded');
      assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
      assert.equal((await htmlLang(page)).lang, 'en');
      assert.equal(await textOf(page, '#upcoming-heading'), 'Upcoming maintenance');
    });
  });

  test('the widget: ?view=widget&lang=de in German for an en-US browser; a ja-JP browser gets it in Japanese', T, async () => {
    for (const { locale, query, lang } of [
      { locale: 'en-US', query: '?view=widget&lang=de', lang: 'de' },
      { locale: 'ja-JP', query: '?view=widget', lang: 'ja' },
      { locale: 'en-US', query: '?view=widget', lang: 'en' },
    ]) {
      await withPage(browser, srv, { locale, path: 'index.html' + query }, async ({ page }) => {
        await page.waitForSelector('main.app.widget article.widget-window', { state: 'attached', timeout: 15000 });
        assert.equal((await htmlLang(page)).lang, lang, `${locale} ${query}: <html lang>`);
        const all = await textOf(page, 'a.widget-all');
        assert.equal(all, tr(lang, 'All maintenance windows'), `${locale} ${query}: a.widget-all`);
        if (lang !== 'en') assert.notEqual(all, 'All maintenance windows');
        const cards = await page.$$eval('article.widget-window', (as) => as.map((a) => ({ status: a.getAttribute('data-status'), eyebrow: a.querySelector('.eyebrow')?.textContent.trim() })));
        for (const c of cards) assert.equal(c.eyebrow, tr(lang, c.status === 'in_progress' ? 'Maintenance in progress' : 'Next maintenance'), `${query}: card eyebrow`);
        const zoneLine = await textOf(page, '.zone-line');
        const [before, afterZone] = normSpace(tr(lang, 'Times in {zone}')).split('{zone}');
        assert.ok(zoneLine.startsWith(before.trim()) && zoneLine.endsWith(afterZone.trim()), `${query}: .zone-line ${JSON.stringify(zoneLine)} is "Times in {zone}" in ${lang}`);
        await assertNoRawPlaceholders(page, query);
        if (lang !== 'en') await assertNoEnglishLeft(page, lang, `${locale} ${query}`);
      });
    }
  });

  test('a vendor language (es): its file is used, a message it lacks shows in English, never a raw key', T, async () => {
    const es = {
      messages: {
        'Upcoming maintenance': 'Próximos mantenimientos',
        Scheduled: 'Programado',
        'in {n} days': { one: 'en {n} día', other: 'en {n} días' },
        'starts in {duration}': 'empieza en {duration}',
        '{n} days': { one: '{n} día', other: '{n} días' },
        // A message of another shape (not text, not forms) is ignored: English shows.
        Cancelled: 42,
      },
    };
    serveFixture(srv, { config: testConfig({ languages: ['en', 'de', 'es'] }) });
    srv.override('i18n/es.json', { json: es });
    await withPage(browser, srv, { locale: 'es-ES', timezoneId: 'Europe/Madrid' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.deepEqual(await htmlLang(page), { lang: 'es', dir: 'ltr' });
      assert.equal(await textOf(page, '#upcoming-heading'), es.messages['Upcoming maintenance']);
      const items = await readItems(page);
      for (const w of items.filter((w) => w.status === 'scheduled')) assert.equal(w.statusText, es.messages.Scheduled, `${w.id} status`);
      for (const w of items.filter((w) => w.status === 'in_progress')) assert.equal(w.statusText, 'In progress', `${w.id}: a message es.json lacks is English`);
      for (const w of items.filter((w) => w.status === 'cancelled')) assert.equal(w.statusText, 'Cancelled', `${w.id}: a malformed message is English`);
      const [w] = items;
      assert.equal(normSpace(w.start.text), normSpace(wallDateTime('es-ES', w.start.datetime)), 'es-ES dates');
      // The vendor's plural forms, picked by Intl.PluralRules('es').
      const today = localDate('Europe/Madrid', T0);
      for (const g of await dayHeadings(page)) {
        const n = Math.round((Date.parse(`${g.day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
        if (n < 2 || n > 14) continue;
        const form = es.messages['in {n} days'][new Intl.PluralRules('es').select(n)].replace('{n}', n);
        assert.ok(g.heading.endsWith(` · ${form}`), `h3.day-heading of ${g.day}: ${JSON.stringify(g.heading)} ends with ${JSON.stringify(form)}`);
      }
      const card = await readNextCard(page);
      assert.equal(card.eyebrow, card.status === 'in_progress' ? 'Maintenance in progress' : 'Next maintenance', 'eyebrow (not in es.json): English');
      assert.equal(await textOf(page, 'label[for="language"]'), 'Language', 'label (not in es.json): English');
      const options = await page.$$eval('select#language option', (os) => os.map((o) => [o.value, o.textContent]));
      assert.deepEqual(options.map(([v]) => v), ['en', 'de', 'es'], 'the config\'s languages only');
      assert.equal(options[2][1], new Intl.DisplayNames('es', { type: 'language' }).of('es'), 'es named in itself');
      assert.equal(await page.$eval('select#language', (s) => s.value), 'es');
      await assertNoRawPlaceholders(page, 'es');
    });
    // A language the config does not offer is not used (fr-FR → English), and its file not fetched.
    srv.resetRequests();
    await withPage(browser, srv, { locale: 'fr-FR' }, async ({ page }) => {
      await expectState(page, 'loaded');
      assert.equal((await htmlLang(page)).lang, 'en');
      assert.equal(await textOf(page, '#upcoming-heading'), 'Upcoming maintenance');
      assert.deepEqual(srv.requests.filter((r) => r.path.includes('/i18n/')).map((r) => r.path), [], 'no language file fetched');
    });
  });

  for (const [what, spec] of [
    ['invalid JSON', { body: '{"messages": {"Upcoming maintenance": "Anstehende', contentType: 'application/json' }],
    ['404', { status: 404 }],
    ['500', { status: 500 }],
    ['no "messages" object', { json: { Upcoming: 'x' } }],
    ['a dropped connection', { destroy: true }],
  ]) {
    test(`a broken language file (${what}) for a de-DE browser: the page loads, in English`, T, async () => {
      srv.override('i18n/de.json', spec);
      await withPage(browser, srv, { locale: 'de-DE' }, async ({ page, console: log }) => {
        await expectState(page, 'loaded');
        assert.equal((await htmlLang(page)).lang, 'en');
        assert.equal(await textOf(page, '#upcoming-heading'), 'Upcoming maintenance');
        const items = await readItems(page);
        assert.ok(items.length > 5, 'the windows are listed');
        assert.equal(items.find((w) => w.status === 'scheduled').statusText, 'Scheduled');
        // English dates for a de-DE browser (de-DE is no variant of en).
        assert.equal(normSpace(items[0].start.text), normSpace(wallDateTime('en', items[0].start.datetime)));
        assert.equal(await page.$eval('select#language', (s) => s.value), 'en', 'the switch says English');
        assert.equal(await page.locator('#boot').count(), 0, 'the placeholder gave way to the app');
        assert.ok(log.some((l) => /language de/.test(l)), `the console says why:\n${log.join('\n')}`);
        await assertNoRawPlaceholders(page, what);
      });
    });
  }

  test('a language file that never answers: English after the 10 s timeout, never a blank page meanwhile', { timeout: 60_000 }, async () => {
    srv.override('i18n/de.json', { hang: true });
    await withPage(browser, srv, { locale: 'de-DE' }, async ({ page }) => {
      // Meanwhile, index.html's placeholder says the page is loading.
      await page.waitForTimeout(1000);
      const boot = await page.evaluate(() => document.querySelector('#boot')?.textContent.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() ?? document.body.textContent.trim());
      assert.ok(boot.length > 10, `something is shown while waiting: ${JSON.stringify(boot)}`);
      await expectState(page, 'loaded', { timeout: 20000 });
      assert.equal((await htmlLang(page)).lang, 'en');
      assert.equal(await textOf(page, '#upcoming-heading'), 'Upcoming maintenance');
    });
  });

  const NARROW = { width: 320, height: 640 };
  for (const { lang, locale } of [
    { lang: 'de', locale: 'de-DE' },
    { lang: 'fr', locale: 'fr-FR' },
    { lang: 'ja', locale: 'ja-JP' },
    { lang: 'es', locale: 'es-ES' },
    { lang: 'pt-BR', locale: 'pt-BR' },
    { lang: 'zh-CN', locale: 'zh-CN' },
    { lang: 'ar', locale: 'ar-EG' },
  ]) {
    test(`320 px wide in ${lang}: nothing scrolls sideways with the zone picker, the FAQ, every details and the form error open`, T, async () => {
      serveFixture(srv, { config: testConfig({ subscribe_url: 'api/subscriptions', calendar_url: 'calendar.ics' }) });
      await withPage(browser, srv, { locale, goto: false }, async ({ page }) => {
        await page.setViewportSize(NARROW);
        await page.goto(srv.url);
        await expectState(page, 'loaded');
        assert.equal((await htmlLang(page)).lang, lang);
        const fits = async (what) => {
          const o = await page.evaluate(() => {
            const wide = [];
            for (const el of document.querySelectorAll('body *')) {
              const r = el.getBoundingClientRect();
              if (r.width > 0 && r.right > document.documentElement.clientWidth + 1) wide.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(/\s+/).join('.') : ''} (right ${Math.round(r.right)}px)`);
            }
            return { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, wide: wide.slice(0, 15) };
          });
          assert.ok(o.scrollWidth <= o.clientWidth + 1, `${lang} ${what}: scrollWidth ${o.scrollWidth}px > clientWidth ${o.clientWidth}px; too wide:\n  ${o.wide.join('\n  ')}`);
        };
        await fits('loaded');
        await page.locator('details.zone-change > summary').click();
        await page.fill('#zone-search', 'a');
        await page.waitForSelector('.zone-results li', { timeout: 5000 });
        await fits('zone picker open');
        await page.waitForSelector('form#subscribe', { state: 'attached', timeout: 10000 });
        await page.fill('form#subscribe input[name="email"]', 'not-an-address');
        await page.click('form#subscribe button[type="submit"]');
        await page.waitForSelector('form#subscribe [role="status"][data-state="error"]', { timeout: 10000 });
        await openFaq(page);
        for (const d of await page.$$('details:not([open])')) await d.evaluate((el) => (el.open = true));
        await fits('zone picker, FAQ, every details and the form error open');
      });
    });
  }

  for (const [width, lang, locale] of [
    [1280, 'de', 'de-DE'],
    [360, 'de', 'de-DE'],
    [1280, 'ar', 'ar-EG'],
    [360, 'ar', 'ar-EG'],
  ]) {
    test(`${width} px in ${lang}: no layout shift while the code, the language file and a slow feed arrive`, T, async () => {
      serveFixture(srv, { config: testConfig({ subscribe_url: 'api/subscriptions', calendar_url: 'calendar.ics' }) });
      srv.override('feed.json', { delay: 800, body: readFileSync(path.join(HERE, 'fixtures/feed.json'), 'utf8'), contentType: 'application/json' });
      await withPage(browser, srv, { locale, goto: false }, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, sources: (e.sources || []).map((s) => s.node && s.node.nodeName + (s.node.className ? '.' + s.node.className : '')) });
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(srv.url);
        await expectState(page, 'loaded');
        assert.equal((await htmlLang(page)).lang, lang);
        await page.waitForTimeout(300);
        const shifts = await page.evaluate(() => window.__shifts);
        const total = shifts.reduce((a, s) => a + s.value, 0);
        assert.ok(total <= 0.01, `cumulative layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
      });
    });
  }

  test('the FAQ in German: questions and answers from faq.json\'s translations, figures filled in German; an untranslated entry in English', T, async () => {
    await withPage(browser, srv, { locale: 'de-DE' }, async ({ page }) => {
      await expectState(page, 'loaded');
      await openFaq(page);
      assert.equal(await textOf(page, '#faq-heading'), tr('de', 'Questions about maintenance'));
      const entries = await page.$$eval('section#faq details.faq-entry', (ds) =>
        ds.map((d) => ({ id: d.id, question: d.querySelector(':scope > summary')?.textContent.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim() })),
      );
      assert.deepEqual(entries.map((e) => e.id), FAQ.entries.map((e) => `faq-${e.id}`), 'the entries of faq.json, in order');
      const first = FAQ.entries[0];
      assert.ok(!first.translations.de.question.includes('{'), 'the first question has no placeholder');
      assert.equal(entries[0].question, first.translations.de.question, 'the first summary is its German question');
      assert.notEqual(entries[0].question, first.question, 'not the English question');
      for (const [i, e] of FAQ.entries.entries()) assert.equal(entries[i].question, normSpace(faqIn(e, 'de').question), `faq-${e.id} summary`);

      // Open it: its paragraphs, {window_length} filled in German (the fixture's rules last 4 h and 1 h: "about four hours").
      await page.locator(`#faq-${first.id} > summary`).click();
      const ps = await page.$$eval(`#faq-${first.id} > p:not(.faq-tools)`, (els) => els.map((p) => p.textContent.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim()));
      const want = first.translations.de.answer.map((p) => normSpace(fill(p, { window_length: tr('de', 'about four hours') })));
      assert.deepEqual(ps, want, `#faq-${first.id} answer in German`);
      assert.equal(await textOf(page, `#faq-${first.id} button[data-action="copy-link"]`), tr('de', 'Copy link'));
      await assertNoRawPlaceholders(page, 'FAQ in German');
      await assertNoEnglishLeft(page, 'de', 'FAQ in German');
    });

    // A vendor FAQ: an entry without a German translation shows its English text.
    serveFixture(srv, { config: testConfig({ faq_url: 'vendor-faq.json' }) });
    srv.override('vendor-faq.json', {
      json: {
        entries: [
          { id: 'translated', question: 'Translated?', answer: ['Yes.'], translations: { de: { question: 'Übersetzt?', answer: ['Ja.'] } } },
          { id: 'english-only', question: 'Only in English?', answer: ['Indeed.'] },
          { id: 'half', question: 'Half translated?', answer: ['English answer.'], translations: { de: { question: 'Halb übersetzt?' } } },
        ],
      },
    });
    await withPage(browser, srv, { locale: 'de-DE' }, async ({ page }) => {
      await expectState(page, 'loaded');
      await openFaq(page);
      const got = await page.$$eval('section#faq details.faq-entry', (ds) =>
        ds.map((d) => [d.querySelector(':scope > summary').textContent.trim(), [...d.querySelectorAll(':scope > p:not(.faq-tools)')].map((p) => p.textContent.trim())]),
      );
      assert.deepEqual(got, [
        ['Übersetzt?', ['Ja.']],
        ['Only in English?', ['Indeed.']],
        ['Halb übersetzt?', ['English answer.']],
      ]);
    });
  });
});
