/*
 * Material for MkDocs' search worker protocol on top of our engine (engine.js).
 *
 * Messages: SETUP {config, docs, options} -> READY; QUERY "text" -> RESULT {items, suggest}.
 * Material fetches search/search_index.json on every page load; ours is a stub with the configuration and no
 * sections, and the page names the full index in the worker's URL (?index=...). The full index is fetched on
 * the first use of the search box: when the page says the box has focus (a "warm" message on the page's
 * BroadcastChannel, ?channel=...) or at the first query, whichever comes first. Each answer also tells the page,
 * on that channel, whether the query was read as Hangul typed on the English layout, so that it can say so.
 * In the offline bundle the worker runs from a blob: URL, which takes no query: the channel is in its fragment
 * and Material hands over the full index at set-up (nothing is fetched).
 */

import { buildIndex, search } from "./engine.js"

const SETUP = 0
const READY = 1
const QUERY = 2
const RESULT = 3

/* The worker's parameters: its URL's query, or its fragment when it runs from a blob: URL (offline bundle) */
export function parameters(href) {
  const url = new URL(href)
  return url.search ? url.searchParams : new URLSearchParams(url.hash.slice(1))
}

/* Serve Material's messages in `scope` (the worker's global); `pending` are messages that came before */
export function serve(scope, pending = []) {
  const params = parameters(scope.location.href)
  const channel = params.get("channel") && typeof BroadcastChannel === "function"
    ? new BroadcastChannel(params.get("channel")) : null
  let setup = null
  let loading = null
  let latest = 0

  const load = () => {
    if (!loading)
      loading = (setup.docs.length || !params.get("index")
        ? Promise.resolve(setup)
        : fetch(params.get("index"), { cache: "no-cache", credentials: "same-origin" }).then(response => {
          if (!response.ok)
            throw new Error(`${response.status} ${response.statusText}`)
          return response.json()
        }))
        .then(data => buildIndex(data, setup.options))
        .catch(error => {
          loading = null                              /* the next query tries again */
          throw error
        })
    return loading
  }

  const answer = async (query, serial) => {
    let data = { items: [] }
    let converted = null
    if (query.trim())
      try {
        const result = search(await load(), query)
        converted = result.converted || null
        data = { items: result.items, suggest: result.suggest }
      } catch (error) {
        console.warn(`Search failed for "${query}"`, error)
      }
    if (serial !== latest)
      return                                          /* a newer query is on its way */
    if (channel)
      channel.postMessage({ type: "result", query, converted })
    scope.postMessage({ type: RESULT, data })
  }

  const receive = ev => {
    const message = ev.data
    switch (message.type) {
      case SETUP:
        setup = message.data
        scope.postMessage({ type: READY })
        break
      case QUERY:
        answer(message.data, ++latest)
        break
      default:
        throw new TypeError("Invalid message type")
    }
  }
  if (channel)
    channel.onmessage = ev => {
      if (ev.data && ev.data.type === "warm" && setup)
        load().catch(error => console.warn("Search index could not be loaded", error))
    }
  scope.addEventListener("message", receive)
  pending.forEach(receive)
}
