// Which of the page's languages a visitor gets: the one place this is
// decided. The boot loader (loader.js) calls it as soon as config.json is
// read, so the language file downloads beside the feed; the app then shows
// what the loader chose (src/browser/i18n.rs) and never chooses again. The
// reference server's mails follow the same rule for a subscriber's locale.
//
// The rule, for the visitor's wishes in order (?lang=, the choice they saved
// with the language switch, then the browser's languages):
//
// 1. A wish the page has exactly (case aside) wins: "pt-BR", "zh-CN".
// 2. Otherwise a language with the same primary subtag and the same script:
//    "pt-PT" and "pt" get "pt-BR", "fr-CA" gets "fr", "zh-SG" and
//    "zh-Hans-HK" get "zh-CN". Chinese without a script subtag is read as
//    Traditional in Taiwan, Hong Kong and Macao and Simplified elsewhere.
// 3. A wish that matches only in a different script ("zh-TW" when the page
//    has only Simplified Chinese) is remembered, and taken only when no wish
//    at all matches by rule 1 or 2: a reader who also lists English gets
//    English, one who lists only zh-TW gets Simplified Chinese rather than
//    nothing they asked for.
// 4. Nothing matches: null, and the page stays in English.
//
// Tests: tests/e2e/language-choice.test.mjs (this function, a table of
// cases) and tests/e2e/i18n.test.mjs (browsers with those languages).

const TRADITIONAL_REGIONS = ['tw', 'hk', 'mo'];

/** The subtags of a language tag, lower case: "zh-Hant-TW" -> ["zh", "hant", "tw"]. */
function subtags(tag) {
  return tag.trim().toLowerCase().split(/[-_]/);
}

/** A tag's script: its own script subtag, else Chinese's by region, else "". */
function scriptOf(parts) {
  const explicit = parts.slice(1).find((p) => p.length === 4);
  if (explicit) return explicit;
  if (parts[0] === 'zh') return parts.some((p) => TRADITIONAL_REGIONS.includes(p)) ? 'hant' : 'hans';
  return '';
}

/**
 * @param {Array<string|null|undefined>} wishes the visitor's languages, most wanted first
 * @param {string[]} offered the page's language codes, English included
 * @returns {string|null} one of `offered`, or null when none fits
 */
export function chooseLanguage(wishes, offered) {
  let otherScript = null;
  for (const wish of wishes) {
    if (typeof wish !== 'string' || !wish.trim()) continue;
    const parts = subtags(wish);
    const exact = offered.find((code) => subtags(code).join('-') === parts.join('-'));
    if (exact) return exact;
    const sameLanguage = offered.filter((code) => subtags(code)[0] === parts[0]);
    const sameScript = sameLanguage.find((code) => scriptOf(subtags(code)) === scriptOf(parts));
    if (sameScript) return sameScript;
    if (!otherScript && sameLanguage.length) otherScript = sameLanguage[0];
  }
  return otherScript;
}
