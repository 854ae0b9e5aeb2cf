// The search worker's parameters: from its URL's query on the site, from its fragment in the offline bundle
// (the worker runs from a blob: URL there, and a blob: URL with a query does not load).
import { test } from "node:test"
import assert from "node:assert/strict"

import { parameters } from "../../overrides/assets/javascripts/search/worker.js"

test("the site's worker reads its query", () => {
  const params = parameters("https://example.org/assets/javascripts/search-worker.js?index=x%2Fy.json&channel=msa-1")
  assert.equal(params.get("index"), "x/y.json")
  assert.equal(params.get("channel"), "msa-1")
})

test("the offline worker reads its fragment and has no index to fetch", () => {
  const params = parameters("blob:null/2f1c4e0a-5b7d-4c55-9a3e-0d6b1c2e7f80#channel=msa-2")
  assert.equal(params.get("channel"), "msa-2")
  assert.equal(params.get("index"), null)
})
