/* Questions: stop words, predicate endings, the synonym table (overrides/assets/javascripts/search/question.js) */
import assert from "node:assert/strict"
import { test } from "node:test"

import { ENGLISH_STOP, contentStem, findSynonyms, isKoreanStop, prepareSynonyms, stripEnding }
  from "../../overrides/assets/javascripts/search/question.js"

const PARTICLES = new Set(["이", "가", "을", "를", "은", "는"])
const TABLE = prepareSynonyms([
  { says: ["몰리다", "traffic spike"], means: ["부하", "load"] },
  { says: ["느려지다", "slow"], means: ["지연", "latency", "timeout"] },
  { says: ["요청이 너무 많다", "too many requests"], means: ["처리율 제한", "rate limiting"] }
], PARTICLES)

const find = (...words) => findSynonyms(words, words.map(() => []), TABLE)
  .map(({ start, end, entry }) => [start, end, entry.label])

test("question words and bare predicates carry no subject", () => {
  for (const word of ["어떻게", "때", "하나요", "되나요", "없나요", "할", "해야", "있을까요", "방법"])
    assert.ok(isKoreanStop(word), word)
  for (const word of ["트래픽이", "하이퍼바이저", "배포하려면", "도커"])
    assert.ok(!isKoreanStop(word), word)
  for (const word of ["what", "to", "do", "when", "a", "is", "how"])
    assert.ok(ENGLISH_STOP.has(word), word)
  assert.ok(!ENGLISH_STOP.has("slow"))
})

test("a predicate loses its ending and its own 하다/되다", () => {
  assert.equal(stripEnding("배포하려면"), "배포")
  assert.equal(contentStem("배포하려면"), "배포")
  assert.equal(contentStem("분리되나요"), "분리")
  assert.equal(contentStem("쿠버네티스"), "쿠버네티스")
})

test("a Korean verb of the table matches in every ending, at the jamo level", () => {
  assert.deepEqual(find("트래픽이", "몰릴", "때"), [[1, 2, "몰리다"]])
  assert.deepEqual(find("몰리면"), [[0, 1, "몰리다"]])
  assert.deepEqual(find("몰려서"), [[0, 1, "몰리다"]])            /* 몰리+어 contracted */
  assert.deepEqual(find("느려져서"), [[0, 1, "느려지다"]])
  assert.deepEqual(find("몰"), [])
})

test("phrases match as a whole, longest first, and English words match their plural", () => {
  assert.deepEqual(find("too", "many", "requests"), [[0, 3, "요청이 너무 많다"]])
  assert.deepEqual(find("요청이", "너무", "많을", "때"), [[0, 3, "요청이 너무 많다"]])
  assert.deepEqual(find("a", "traffic", "spikes"), [[1, 3, "몰리다"]])
  assert.deepEqual(find("slow", "service"), [[0, 1, "느려지다"]])
})

test("the table keeps what each entry means as words", () => {
  assert.deepEqual(TABLE[2].means, [["처리율", "제한"], ["rate", "limiting"]])
})
