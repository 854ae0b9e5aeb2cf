/* Hangul at the jamo level: the 2-set keyboard, initial consonants, jamo distance (overrides/.../search/hangul.js) */
import assert from "node:assert/strict"
import { test } from "node:test"

import { choseong, compose, fromLayout, isChoseongQuery, jamo, jamoDistance, jamoLimit }
  from "../../overrides/assets/javascripts/search/hangul.js"

test("Latin letters typed on the 2-set layout become the Hangul they spell", () => {
  assert.equal(fromLayout("ehzj"), "도커")
  assert.equal(fromLayout("aptlwl"), "메시지")
  assert.equal(fromLayout("qmfhzj"), "브로커")
  assert.equal(fromLayout("gkdlvjqkdlwj"), "하이퍼바이저")
  assert.equal(fromLayout("dhzptmxmfpdltus"), "오케스트레이션")
})

test("compound vowels, final clusters, tense consonants and a final that moves to the next syllable", () => {
  assert.equal(fromLayout("rhksfl"), "관리")          /* ㅗ+ㅏ = ㅘ */
  assert.equal(fromLayout("dlfrrl"), "읽기")          /* ㄹ+ㄱ = ㄺ */
  assert.equal(fromLayout("Tkd"), "쌍")               /* shift: ㅆ */
  assert.equal(fromLayout("dkssud"), "안녕")
  assert.equal(fromLayout("tjqltm"), "서비스")        /* ㅂ moves: 섭 + ㅣ -> 서비 */
})

test("real English words spell no whole syllables, so they are never converted", () => {
  for (const word of ["rest", "docker", "kubernetes", "saga", "circuit", "breaker", "event", "sourcing", "api"])
    assert.equal(fromLayout(word), null, word)
})

test("only letters are converted", () => {
  assert.equal(fromLayout("ehzj1"), null)
  assert.equal(fromLayout("도커"), null)
  assert.equal(compose("ㅏ"), null)                  /* a vowel without a consonant */
  assert.equal(compose("ㄷㅗㄸ"), null)              /* ㄸ is never a final: left alone */
  assert.equal(compose("ㄷㅗㅋ"), "돜")
})

test("initial consonants of a phrase skip what is not Hangul", () => {
  assert.equal(choseong("하이퍼바이저"), "ㅎㅇㅍㅂㅇㅈ")
  assert.equal(choseong("API 게이트웨이"), "ㄱㅇㅌㅇㅇ")
  assert.equal(choseong("도커 스웜"), "ㄷㅋㅅㅇ")
  assert.ok(isChoseongQuery("ㄷㅋ"))
  assert.ok(!isChoseongQuery("ㄷ"))                 /* one consonant says nothing yet */
  assert.ok(!isChoseongQuery("ㄷ커"))
  assert.ok(!isChoseongQuery("ㅏㅋ"))
})

test("jamo distance counts one wrong, missing or swapped jamo as one edit", () => {
  const distance = (a, b, limit = 3) => jamoDistance(jamo(a), jamo(b), limit)
  assert.equal(jamo("괜찮"), "ㄱㅗㅐㄴㅊㅏㄴㅎ")
  assert.equal(distance("하이퍼바이져", "하이퍼바이저"), 1)
  assert.equal(distance("오케스트래이션", "오케스트레이션"), 1)
  assert.equal(distance("쿠버네티스", "쿠버네티스"), 0)
  assert.equal(distance("쿠베네티스", "쿠버네티스"), 1)
  assert.equal(distance("컨테이너", "컨테니어"), 2)   /* ㅇ/ㄴ swapped across syllables: two substitutions */
  assert.equal(distance("도커", "쿠버네티스", 2), 3) /* beyond the limit: limit + 1 */
})

test("short words stay exact: no jamo edits below three syllables", () => {
  assert.equal(jamoLimit(1), 0)
  assert.equal(jamoLimit(2), 0)
  assert.equal(jamoLimit(3), 1)
  assert.equal(jamoLimit(6), 2)
})
