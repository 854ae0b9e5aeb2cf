/* The note above converted results, in both languages (overrides/assets/javascripts/search/note.js) */
import assert from "node:assert/strict"
import { test } from "node:test"

import { layoutNote } from "../../overrides/assets/javascripts/search/note.js"

const text = note => note.parts.map(([, part]) => part).join("")

test("the note names the Hangul searched and links back to the query as typed", () => {
  const korean = layoutNote("ko", { from: "ehzj", to: "도커" })
  assert.equal(text(korean), "도커(으)로 검색한 결과입니다. 입력한 그대로 검색: ehzj")
  assert.deepEqual(korean.parts.at(-1), ["literal", "ehzj"])
  assert.equal(korean.literal, "\"ehzj\"")
  const english = layoutNote("en", { from: "aptlwl qmfhzj", to: "메시지 브로커" })
  assert.equal(text(english), "Showing results for 메시지 브로커. Search instead for aptlwl qmfhzj")
})

test("nothing to say about a query searched as typed", () => {
  assert.equal(layoutNote("ko", null), null)
})
