/*
 * The page's side of search (loaded as a module by overrides/main.html):
 * - asks the worker to fetch the search index at the first focus on the search box, not at page load;
 * - shows, above the results, that a query was read as Hangul typed on the English layout, with a link that
 *   searches the query exactly as typed.
 * The worker and the page talk on a BroadcastChannel whose name is in the worker's URL (?channel=...).
 */

import { layoutNote } from "./search/note.js"

const config = JSON.parse(document.getElementById("__config").textContent)
const worker = new URL(config.search, location.href)
/* the worker's query, or its fragment in the offline bundle (a blob: URL takes no query) */
const name = (worker.search ? worker.searchParams : new URLSearchParams(worker.hash.slice(1))).get("channel")
const box = document.querySelector("input.md-search__input")
const meta = document.querySelector(".md-search-result__meta")

if (name && box && meta && typeof BroadcastChannel === "function") {
  const channel = new BroadcastChannel(name)
  const lang = document.documentElement.lang.startsWith("ko") ? "ko" : "en"
  const note = document.createElement("p")
  note.className = "msa-search-note"
  note.setAttribute("role", "status")
  note.hidden = true
  meta.after(note)

  let warmed = false
  const warm = () => {
    if (!warmed)
      channel.postMessage({ type: "warm" })
    warmed = true
  }
  box.addEventListener("focus", warm)
  box.addEventListener("input", () => {
    warm()
    if (!box.value.trim())
      show(null)
  })
  if (document.activeElement === box)
    warm()

  const show = content => {
    note.replaceChildren()
    note.hidden = !content
    if (!content)
      return
    for (const [kind, text] of content.parts) {
      if (kind === "text") {
        note.append(text)
        continue
      }
      const element = document.createElement(kind === "strong" ? "strong" : "a")
      element.textContent = text
      if (kind === "literal") {
        element.href = "#"
        element.className = "msa-search-note__literal"
        element.addEventListener("click", ev => {
          ev.preventDefault()
          box.value = content.literal
          box.focus()
          box.dispatchEvent(new KeyboardEvent("keyup", { key: "End", bubbles: true }))
        })
      }
      note.append(element)
    }
  }
  channel.onmessage = ev => {
    if (ev.data && ev.data.type === "result" && ev.data.query === box.value)
      show(layoutNote(lang, ev.data.converted))
  }
}
