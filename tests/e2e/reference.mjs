// The page's wording, re-implemented independently of the app (from the
// language files and Intl, never from the app's code), for the tests to
// compare against: durations, the countdown, relative days. The one home
// of these re-implementations.

import { fillMessage as fill, tr, trn } from './lib.mjs';

const MIN = 60_000;
const DAY = 1440 * MIN;

/** `2 h`, `15 min`, `2 h 15 min` in `lang` (counts written as in `locale`). */
export function hoursMinutes(lang, h, m, locale = lang) {
  if (h === 0) return trn(lang, '{n} min', m, locale);
  if (m === 0) return trn(lang, '{n} h', h, locale);
  return fill(tr(lang, '{hours} {minutes}'), { hours: trn(lang, '{n} h', h, locale), minutes: trn(lang, '{n} min', m, locale) });
}

/** The countdown's duration (floored to minutes, the two largest units) in `lang`: `2 days 4 h`, `1 h 12 min`, `less than a minute`. */
export function durationWords(lang, deltaMs, locale = lang) {
  const minutes = Math.max(0, Math.floor(deltaMs / MIN));
  const [days, h, m] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
  if (days === 0 && h === 0 && m === 0) return tr(lang, 'less than a minute');
  if (days === 0) return hoursMinutes(lang, h, m, locale);
  if (h === 0) return trn(lang, '{n} days', days, locale);
  return fill(tr(lang, '{days} {hours}'), { days: trn(lang, '{n} days', days, locale), hours: hoursMinutes(lang, h, 0, locale) });
}

/** What the countdown says at `now` for a window from `start` to `end` (ms). */
export function countdownText(lang, start, end, now, locale = lang) {
  if (now < start) return fill(tr(lang, 'starts in {duration}'), { duration: durationWords(lang, start - now, locale) });
  if (now < end) return fill(tr(lang, 'in progress, ends in {duration}'), { duration: durationWords(lang, end - now, locale) });
  return tr(lang, 'ended');
}

/** `today`, `tomorrow`, `yesterday`, `in N days` and `N days ago` (2..14) in `lang`, else null. */
export function relativeDay(lang, today, day, locale = lang) {
  const n = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
  if (n === 0) return tr(lang, 'today');
  if (n === 1) return tr(lang, 'tomorrow');
  if (n === -1) return tr(lang, 'yesterday');
  if (n >= 2 && n <= 14) return trn(lang, 'in {n} days', n, locale);
  if (n <= -2 && n >= -14) return trn(lang, '{n} days ago', -n, locale);
  return null;
}
