/* The engine on a small index: forgiving matches rank below exact ones and never turn into noise */
import assert from "node:assert/strict"
import { test } from "node:test"

import { buildIndex, convertLayout, neighbours, search } from "../../overrides/assets/javascripts/search/engine.js"

const PARTICLES = ["에서", "으로", "을", "를", "이", "가", "은", "는", "로", "의"]
const page = (location, title, text, names = []) => ({ location, title, text: `<p>${text}</p>`, a: names })
const INDEX = buildIndex({
  config: {
    msa: {
      particles: PARTICLES,
      groups: [["도커", "Docker"], ["메시지 브로커", "Message broker"], ["처리율 제한", "Rate limiting", "스로틀링"]],
      synonyms: [{ says: ["몰리다", "too many requests"], means: ["처리율 제한", "rate limiting"] }]
    }
  },
  docs: [
    page("docker/", "도커", "컨테이너 이미지를 만들고 실행합니다.", ["도커", "Docker"]),
    page("docker-swarm/", "도커 스웜", "도커 엔진을 묶는 오케스트레이션 도구입니다.", ["Docker Swarm"]),
    page("hypervisor/", "하이퍼바이저", "가상 머신을 실행합니다.", ["Hypervisor"]),
    page("broker/", "메시지 브로커", "메시지를 중개합니다.", ["메시지 브로커", "Message broker"]),
    page("rate-limiting/", "처리율 제한", "단위 시간당 요청 수를 제한합니다.", ["처리율 제한", "Rate limiting", "스로틀링"]),
    page("rest/", "REST API", "HTTP 위의 REST 방식으로 통신합니다.", ["REST"]),
    page("hyper/", "하이퍼바이저 비교", "하이퍼바이저 여러 종류를 비교합니다.", []),
    page("domain/", "도메인", "도메인 모델을 설명합니다.", [])
  ]
}, { suggest: false })

const titles = result => result.items.map(group => group[0].title.replace(/<\/?mark>/g, ""))

test("a Latin query that matches nothing but spells Hangul is searched as that Hangul, and says so", () => {
  const result = search(INDEX, "ehzj")
  assert.equal(titles(result)[0], "도커")
  assert.deepEqual(result.converted, { from: "ehzj", to: "도커" })
  const two = search(INDEX, "aptlwl qmfhzj")
  assert.equal(titles(two)[0], "메시지 브로커")
  assert.deepEqual(two.converted, { from: "aptlwl qmfhzj", to: "메시지 브로커" })
})

test("a real English word is never converted: rest stays REST", () => {
  assert.equal(convertLayout(INDEX, "rest"), null)
  assert.equal(convertLayout(INDEX, "docker"), null)
  const result = search(INDEX, "rest")
  assert.equal(result.converted, undefined)
  assert.equal(titles(result)[0], "REST API")
})

test("a Latin word the index knows stays as typed even when it spells Hangul", () => {
  /* dk spells 아; the index has words starting with "do" -> "do" stays */
  assert.equal(convertLayout(INDEX, "do"), null)
})

test("two Latin letters that spell one syllable are not converted into noise", () => {
  assert.equal(convertLayout(INDEX, "xk"), null)     /* 타 */
  assert.equal(search(INDEX, "xk").converted, undefined)
})

test("a query in double quotes is searched exactly as typed", () => {
  const result = search(INDEX, "\"ehzj\"")
  assert.equal(result.converted, undefined)
  assert.deepEqual(result.items, [])
})

test("a Korean typo finds the word one jamo away, below an exact match", () => {
  assert.equal(titles(search(INDEX, "하이퍼바이져"))[0], "하이퍼바이저")
  assert.deepEqual(neighbours(INDEX, "하이퍼바이져").map(n => n.term), ["하이퍼바이저"])
  const exact = search(INDEX, "하이퍼바이저").items[0][0].score
  const fuzzy = search(INDEX, "하이퍼바이져").items[0][0].score
  assert.ok(fuzzy < exact, `${fuzzy} < ${exact}`)
})

test("a two-syllable query is not fuzzed into noise", () => {
  assert.deepEqual(neighbours(INDEX, "도머"), [])
  assert.deepEqual(search(INDEX, "도머").items, [])
  assert.deepEqual(neighbours(INDEX, "도켜"), [])
})

test("initial consonants find titles first, the whole title before a longer one", () => {
  assert.deepEqual(titles(search(INDEX, "ㄷㅋ")).slice(0, 2), ["도커", "도커 스웜"])
  assert.equal(titles(search(INDEX, "ㅎㅇㅍㅂㅇㅈ"))[0], "하이퍼바이저")
  assert.equal(search(INDEX, "ㄷㅋ").items[0][0].title, "<mark>도커</mark>")
  assert.deepEqual(search(INDEX, "ㅋㅋ").items, [])
})

test("a question is decided by its content words and the synonym table", () => {
  assert.equal(titles(search(INDEX, "트래픽이 몰릴 때 어떻게 하나요"))[0], "처리율 제한")
  assert.equal(titles(search(INDEX, "what to do with too many requests"))[0], "처리율 제한")
})

test("the excerpt of a long section starts near its first match, British spelling included", () => {
  const long = "서론입니다. ".repeat(120)
  const index = buildIndex({
    config: { msa: { particles: PARTICLES, groups: [] } },
    docs: [
      page("a/", "Externalized configuration", `${long} The settings are externalised to a server. ${long}`),
      page("b/", "Other", `${long} 회로 차단기는 호출을 끊습니다. ${long}`)
    ]
  })
  const english = search(index, "externalized").items[0][0].text
  assert.match(english, /^<p>… .*<mark>externalised<\/mark> to a server/)
  const korean = search(index, "차단기").items[0][0].text
  assert.match(korean, /^<p>… .*회로 <mark>차단기<\/mark>는 호출을/)
})
