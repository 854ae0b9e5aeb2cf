/*
 * What the search box says about a query read differently from how it was typed: the wording in each language.
 * Pure; the page script (search-page.js) puts it on the screen.
 */

const WORDING = {
  ko: { shown: to => [["strong", to], ["text", "(으)로 검색한 결과입니다. "]], back: "입력한 그대로 검색: " },
  en: { shown: to => [["text", "Showing results for "], ["strong", to], ["text", ". "]], back: "Search instead for " }
}

/*
 * The note for a query typed on the English layout (`converted` = {from, to}, as the worker reports it): a list
 * of [kind, text] parts, where kind is "text", "strong" or "literal" (the link back to the query as typed), and
 * the query that link searches (in double quotes: searched exactly as typed). Null when there is nothing to say.
 */
export function layoutNote(lang, converted) {
  if (!converted)
    return null
  const wording = WORDING[lang] || WORDING.en
  return {
    parts: [...wording.shown(converted.to), ["text", wording.back], ["literal", converted.from]],
    literal: `"${converted.from}"`
  }
}
