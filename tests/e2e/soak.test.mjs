// Soak: many submissions (distinct addresses, some repeated, some at the same
// time from different pages) through the reference server with faults
// injected at random (`--fault-rate`: a 503, a 2 s delay, or a connection
// dropped after the request was handled). Every submission must end in
// success or in a visible error that kept what was typed (and then "Try
// again" until it succeeds, as a visitor would); afterwards the database
// holds exactly one row per distinct address.
//
//   SOAK_SUBMISSIONS (200), SOAK_PAGES (8), SOAK_FAULT_RATE (0.5), SOAK_SEED

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { expectState, fixtureFeed, openPage, startFeedServer, useBrowserAndServer } from './lib.mjs';

const SUBMISSIONS = Number(process.env.SOAK_SUBMISSIONS || 200);
const PAGES = Number(process.env.SOAK_PAGES || 8);
const FAULT_RATE = Number(process.env.SOAK_FAULT_RATE || 0.5);
const SEED = Number(process.env.SOAK_SEED || Date.now() % 1_000_000);
const REGION_IDS = fixtureFeed().regions.map((r) => r.id);
const CONTEXTS = [
  ['UTC', 'en-GB'],
  ['America/New_York', 'en-US'],
  ['Europe/Berlin', 'de-DE'],
  ['Asia/Kolkata', 'hi-IN'],
  ['Asia/Tokyo', 'ja-JP'],
  ['Australia/Sydney', 'en-AU'],
  ['America/Santiago', 'es-CL'],
  ['Asia/Kathmandu', 'ne-NP'],
];

/** A small deterministic generator, so a failing run can be repeated with SOAK_SEED. */
function rng(seed) {
  let s = BigInt(seed) & 0xffffffffffffffffn;
  return () => {
    s = (s + 0x9e3779b97f4a7c15n) & 0xffffffffffffffffn;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & 0xffffffffffffffffn;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & 0xffffffffffffffffn;
    return Number((z ^ (z >> 31n)) >> 11n) / 2 ** 53;
  };
}

/** The submissions: mostly new addresses, every fifth one repeats an earlier address. */
function plan(random) {
  const out = [];
  for (let i = 0; i < SUBMISSIONS; i += 1) {
    let email;
    if (i % 5 === 4) {
      email = out[Math.floor(random() * out.length)].email;
    } else if (i % 7 === 3) {
      email = `søk.${i}@exämple.no`;
    } else {
      email = `soak.${i}+${SEED}@example.com`;
    }
    const regions = REGION_IDS.filter(() => random() < 0.3);
    out.push({ i, email, regions });
  }
  return out;
}

const STATUS = 'form#subscribe [role="status"]';

describe('soak: submissions through the reference server with random faults', () => {
  let browser;
  let srv;

  useBrowserAndServer((b, s) => ([browser, srv] = [b, s]), {
    start: () => startFeedServer({ args: ['--fault-rate', String(FAULT_RATE), '--seed', String(SEED), '--rate-per-ip', 'off', '--rate-per-address', 'off'] }),
    each: null,
  });

  test(`${SUBMISSIONS} submissions, ${PAGES} pages, fault rate ${FAULT_RATE}`, { timeout: 300_000 }, async (t) => {
    const random = rng(SEED);
    const todo = plan(random);
    const results = [];
    const pageErrors = [];
    let next = 0;
    const t0 = Date.now();

    async function worker(w) {
      const [timezoneId, locale] = CONTEXTS[w % CONTEXTS.length];
      const h = await openPage(browser, srv, { timezoneId, locale, now: null });
      const { page } = h;
      try {
        await expectState(page, 'loaded');
        await page.waitForSelector('form#subscribe', { timeout: 10000 });
        while (next < todo.length) {
          const sub = todo[next];
          next += 1;
          const started = Date.now();
          await page.fill('form#subscribe input[name="email"]', sub.email);
          for (const id of REGION_IDS) {
            await page.setChecked(`form#subscribe input[name="region"][value="${id}"]`, sub.regions.includes(id));
          }
          await page.click('form#subscribe button[type="submit"]');
          const result = { ...sub, page: w, errorsShown: 0, outcome: null };
          for (let round = 0; round < 6 && !result.outcome; round += 1) {
            // Wait for this round to finish (the live region leaves "submitting").
            await page.waitForFunction(
              (sel) => {
                const st = document.querySelector(sel)?.getAttribute('data-state');
                return st === 'success' || st === 'error';
              },
              STATUS,
              { timeout: 60000, polling: 50 },
            );
            const st = await page.$eval(STATUS, (el) => ({
              state: el.getAttribute('data-state'),
              result: el.getAttribute('data-result'),
              reason: el.getAttribute('data-reason'),
              text: el.textContent.trim(),
              visible: !!(el.offsetWidth || el.offsetHeight),
            }));
            if (st.state === 'success') {
              result.outcome = st.result;
              break;
            }
            // A visible error that kept everything typed.
            result.errorsShown += 1;
            assert.ok(st.visible && st.text.length > 20, `#${sub.i}: the error is visible and says something: ${JSON.stringify(st)}`);
            assert.equal(await page.inputValue('form#subscribe input[name="email"]'), sub.email, `#${sub.i}: the email typed is kept after "${st.reason}"`);
            const ticked = await page.$$eval('form#subscribe input[name="region"]:checked', (els) => els.map((e) => e.value));
            assert.deepEqual(ticked, sub.regions, `#${sub.i}: the regions ticked are kept after "${st.reason}"`);
            (result.reasons ??= []).push(st.reason);
            const retry = page.locator('form#subscribe button.subscribe-retry');
            assert.equal(await retry.count(), 1, `#${sub.i}: "Try again" is offered after "${st.reason}"`);
            await retry.click();
          }
          assert.ok(result.outcome, `#${sub.i} (${sub.email}) never succeeded: ${JSON.stringify(result)}`);
          result.ms = Date.now() - started;
          results.push(result);
        }
      } finally {
        pageErrors.push(...h.errors);
        await h.context.close();
      }
    }

    await Promise.all(Array.from({ length: PAGES }, (_, w) => worker(w)));
    const seconds = (Date.now() - t0) / 1000;
    assert.deepEqual(pageErrors, [], 'no uncaught page error');
    assert.equal(results.length, SUBMISSIONS);

    // The database: exactly one row per distinct address.
    const rows = await srv.subscriptions();
    const distinct = new Set(todo.map((s) => s.email));
    const stored = rows.map((r) => r.email);
    assert.equal(new Set(stored).size, stored.length, `no address stored twice: ${stored.filter((e, i) => stored.indexOf(e) !== i)}`);
    assert.deepEqual([...stored].sort(), [...distinct].sort(), 'one row per distinct address, and no other');

    // Every request carried a key; the keys of different submissions differ.
    const requests = await srv.requests();
    assert.ok(requests.every((r) => typeof r.idempotency_key === 'string' && r.idempotency_key.length === 36), 'every POST carried a UUID key');
    const faults = {};
    for (const r of requests) if (r.fault) faults[r.fault] = (faults[r.fault] || 0) + 1;
    const faultCount = Object.values(faults).reduce((a, b) => a + b, 0);
    const keys = new Set(requests.map((r) => r.idempotency_key));
    const outcomes = {};
    for (const r of results) outcomes[r.outcome] = (outcomes[r.outcome] || 0) + 1;
    const errorsShown = results.reduce((a, r) => a + r.errorsShown, 0);
    const reasons = {};
    for (const r of results) for (const x of r.reasons || []) reasons[x] = (reasons[x] || 0) + 1;
    const times = results.map((r) => r.ms).sort((a, b) => a - b);
    const replayed = requests.filter((r) => r.replayed).length;
    assert.ok(keys.size <= SUBMISSIONS, `at most one key per submission (${keys.size} keys)`);

    const figures = [
      `soak: ${SUBMISSIONS} submissions (${distinct.size} distinct addresses) from ${PAGES} pages in ${seconds.toFixed(1)} s, fault rate ${FAULT_RATE}, seed ${SEED}`,
      `soak: ${requests.length} POSTs, ${requests.length - SUBMISSIONS} of them retries; ${keys.size} idempotency keys; ${replayed} answers replayed from a key`,
      `soak: faults seen ${faultCount} ${JSON.stringify(faults)}`,
      `soak: outcomes ${JSON.stringify(outcomes)}; errors shown (then "Try again") ${errorsShown} ${JSON.stringify(reasons)}`,
      `soak: time per submission median ${times[Math.floor(times.length / 2)]} ms, p95 ${times[Math.floor(times.length * 0.95)]} ms, max ${times.at(-1)} ms`,
      `soak: database rows ${rows.length} = distinct addresses ${distinct.size}`,
    ];
    for (const line of figures) {
      t.diagnostic(line);
      console.log(line);
    }
  });
});
