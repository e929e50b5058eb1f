// The language rule (src/boot/language.js, the one place the page's
// language is chosen) as a table: what a visitor whose browser asks for
// these languages gets, among the built-in ones and among a vendor's.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseLanguage } from '../../src/boot/language.js';

const BUILT_IN = ['en', 'de', 'fr', 'ja', 'es', 'pt-BR', 'zh-CN', 'ar'];

const CASES = [
  // [wishes, expected, why]
  [['de-DE'], 'de', 'a region variant gets its language'],
  [['fr-CA', 'en'], 'fr', 'the first wish that fits wins'],
  [['pt-BR'], 'pt-BR', 'exact'],
  [['pt-PT'], 'pt-BR', 'European Portuguese still gets Portuguese'],
  [['pt'], 'pt-BR', 'a bare language gets its one variant'],
  [['PT-br'], 'pt-BR', 'case does not matter'],
  [['zh-CN'], 'zh-CN', 'exact'],
  [['zh'], 'zh-CN', 'Chinese without a region is read as Simplified'],
  [['zh-SG'], 'zh-CN', 'Singapore writes Simplified'],
  [['zh-Hans-HK'], 'zh-CN', 'an explicit script wins over the region'],
  [['zh-TW', 'en-US'], 'en', 'Traditional Chinese does not get Simplified when English is also wanted'],
  [['zh-HK', 'ja'], 'ja', 'nor when another wanted language fits'],
  [['zh-TW'], 'zh-CN', 'but gets it when nothing better exists'],
  [['zh-Hant'], 'zh-CN', 'the same with an explicit script'],
  [['zh-MO', 'ko'], 'zh-CN', 'a wish the page lacks (ko) is no better'],
  [['ar-EG'], 'ar', 'Arabic variants'],
  [['ar-SA', 'en'], 'ar', 'Arabic first'],
  [['es-MX'], 'es', 'Latin American Spanish'],
  [['es-419', 'en'], 'es', 'a numeric region'],
  [['ko-KR'], null, 'nothing fits: English, by default'],
  [[null, undefined, '', '  ', 'ja-JP'], 'ja', 'empty wishes are skipped'],
  [['sr-Latn', 'de'], 'de', 'unknown languages are skipped'],
  [['en-GB', 'de'], 'en', 'English is a language the page has'],
];

for (const [wishes, want, why] of CASES) {
  test(`${JSON.stringify(wishes)} -> ${want} (${why})`, () => {
    assert.equal(chooseLanguage(wishes, BUILT_IN), want);
  });
}

test("a vendor's own languages: variants of one language, and Traditional Chinese", () => {
  const offered = ['en', 'pt-PT', 'pt-BR', 'zh-CN', 'zh-TW'];
  assert.equal(chooseLanguage(['pt-PT'], offered), 'pt-PT');
  assert.equal(chooseLanguage(['pt-AO'], offered), 'pt-PT', 'the first variant the vendor lists');
  assert.equal(chooseLanguage(['zh-HK'], offered), 'zh-TW', 'Traditional for Traditional');
  assert.equal(chooseLanguage(['zh-Hant-HK', 'en'], offered), 'zh-TW');
  assert.equal(chooseLanguage(['zh'], offered), 'zh-CN');
});
