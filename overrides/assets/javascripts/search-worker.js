/*
 * Search worker of the MSA pattern guide: Material for MkDocs' worker protocol, with our own matching and ranking.
 *
 * Material's main thread fetches the index of the page's language (search/search_index.json under the language
 * root, see overrides/main.html), posts it here and renders what we answer, so the search box, suggestions,
 * highlighting and keyboard use stay Material's. Messages: SETUP {config, docs, options} -> READY;
 * QUERY "text" -> RESULT {items: [[item, ...] per page], suggest: [word]}.
 *
 * Matching, for Korean and English alike:
 * - words are compared as prefixes (차단기 finds 차단기는; balanc finds balancing, balancer);
 * - Korean particles and endings are stripped from query words (컨테이너를 -> 컨테이너), with the list that the
 *   index carries (config.msa.particles, the same list the build uses);
 * - the build adds particle-free forms, nouns inside compounds and joined titles (msa_guide.search.korean), and a
 *   query word that is not a known word is split into known words (회로차단기 -> 회로 + 차단기);
 * - names and aliases of the catalog and the glossary, in both languages, are matched spacing-insensitively
 *   (서킷브레이커 = 서킷 브레이커) and widen the query to the other names of the same entry (k8s -> 쿠버네티스);
 * - a match in a title or an alias counts far more than one in the text, rare words more than common ones, and a
 *   section that matches every part of the query more than one that matches some.
 */
"use strict"

const SETUP = 0
const READY = 1
const QUERY = 2
const RESULT = 3

/* Field weights: page title, section title, names/aliases, related names, text (saturating with repetitions) */
const TITLE = 10
const HEADING = 7
const NAME = 9
const RELATED = 4.5
const TEXT = 1.6
const WHOLE_NAME = 1.5        /* the query is exactly a title or a name of the section */
const PAGE = 1.1              /* a page's own entry over one of its sections */
const MAX_GROUPS = 30           /* pages in a result list */
const MAX_SECTIONS = 6          /* sections shown under one page */
const PREVIEW = 480           /* a longer text is shown as an excerpt around its first match */

const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/
const WORD = /[\p{L}\p{N}]+/gu
const SCRIPT = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+|[^\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+/g
const BRITISH = /is(e|es|ed|ing|ation|ations)$/
const STOP = new Set(["a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "is", "are",
  "how", "what", "when", "why", "do", "does", "i", "my"])

let index = null

/* ---------------------------------------------------------------------------------------------------------------
 * Text: the same rules as msa_guide.search.text.tokens
 * ------------------------------------------------------------------------------------------------------------ */

function isHangul(text) {
  return HANGUL.test(text[0])
}

/* Split one normalised word at script boundaries; drop a Hangul piece that is only a particle (JWT를 -> jwt) */
function pieces(word, particles, out) {
  for (let piece of word.match(SCRIPT) || []) {
    if (isHangul(piece)) {
      if (particles.has(piece) && out.length)
        continue
    } else if (piece.length >= 7) {
      piece = piece.replace(BRITISH, "iz$1")
    }
    out.push(piece)
  }
  return out
}

function tokens(text, particles) {
  const out = []
  for (const word of text.normalize("NFKC").toLowerCase().match(WORD) || [])
    pieces(word, particles, out)
  return out
}

function compact(text, particles) {
  return tokens(text, particles).join("")
}

/* Korean: strip up to two particles or endings, keeping a stem of two syllables or more */
function koreanStems(word, suffixes) {
  const stems = []
  let current = word
  for (let round = 0; round < 2; round++) {
    const suffix = suffixes.find(s => current.length - s.length >= 2 && current.endsWith(s))
    if (!suffix)
      break
    current = current.slice(0, -suffix.length)
    stems.push(current)
  }
  return stems
}

/* English: a light stemmer; the stem is then matched as a prefix (compensat -> compensating, compensation) */
function englishStem(word) {
  if (isHangul(word) || word.length < 4 || /\d/.test(word))
    return null
  let stem = word
  if (/ies$/.test(stem) && stem.length > 4)
    stem = stem.slice(0, -3) + "y"                  /* strategies -> strategy */
  else if (/(sh|ch|x|z|sse)es$/.test(stem))
    stem = stem.slice(0, -2)                        /* caches -> cach(e), boxes -> box */
  else if (/s$/.test(stem) && !/(ss|us|is)$/.test(stem))
    stem = stem.slice(0, -1)                        /* breakers -> breaker; not class, status, analysis */
  if (/ing$/.test(stem) && stem.length >= 6)
    stem = stem.slice(0, -3)
  else if (/ed$/.test(stem) && stem.length >= 5)
    stem = stem.slice(0, -2)
  else if (/e$/.test(stem) && stem.length >= 5)
    stem = stem.slice(0, -1)
  return stem !== word ? stem : null
}

/* ---------------------------------------------------------------------------------------------------------------
 * Index
 * ------------------------------------------------------------------------------------------------------------ */

const FIELD_TITLE = 0
const FIELD_NAME = 1
const FIELD_RELATED = 2
const FIELD_TEXT = 3

function stripTags(html) {
  return html.replace(/<[^>]*>/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"")
    .replace(/&#39;/g, "'").replace(/&amp;/g, "&")
}

function buildIndex({ config, docs }) {
  const msa = config.msa || {}
  const suffixes = msa.particles || []
  const particles = new Set(suffixes)
  const postings = new Map()          /* term -> [doc, field, count, doc, field, count, ...] */
  const names = new Map()             /* compact name or title -> [doc, ...] (whole-name matches) */
  const groups = new Map()            /* compact phrase -> [group index, ...] */

  const add = (term, doc, field, count) => {
    let list = postings.get(term)
    if (!list)
      postings.set(term, list = [])
    list.push(doc, field, count)
  }
  const addName = (text, doc) => {
    const key = compact(text, particles)
    if (!key)
      return
    const list = names.get(key) || []
    if (!list.includes(doc))
      list.push(doc)
    names.set(key, list)
  }

  const entries = docs.map((doc, i) => {
    const section = doc.location.includes("#")
    const counts = [new Map(), new Map(), new Map(), new Map()]
    const count = (field, term) => counts[field].set(term, (counts[field].get(term) || 0) + 1)

    /* Title: its words, their joined pairs and whole (회로 차단기 -> 회로차단기), and the build's Korean keys */
    const title = tokens(doc.title, particles)
    title.forEach(t => count(FIELD_TITLE, t))
    for (let j = 0; j + 1 < title.length; j++)
      count(FIELD_TITLE, title[j] + title[j + 1])
    if (title.length > 2)
      count(FIELD_TITLE, title.join(""))
    for (const key of (doc.k || "").split(" ").filter(Boolean))
      count(FIELD_TITLE, key)
    addName(doc.title, i)

    for (const name of doc.a || []) {
      tokens(name, particles).forEach(t => count(FIELD_NAME, t))
      count(FIELD_NAME, compact(name, particles))
      addName(name, i)
    }
    for (const name of doc.r || []) {
      tokens(name, particles).forEach(t => count(FIELD_RELATED, t))
      count(FIELD_RELATED, compact(name, particles))
    }
    const words = tokens(stripTags(doc.text), particles)
    words.forEach(t => count(FIELD_TEXT, t))
    for (const key of (doc.b || "").split(" ").filter(Boolean))
      count(FIELD_TEXT, key)

    counts.forEach((map, field) => map.forEach((n, term) => add(term, i, field, n)))
    return {
      location: doc.location,
      title: doc.title,
      text: doc.text,
      page: doc.location.split("#")[0],
      section,
      weight: (doc.w || 1) * (section ? 1 : PAGE),
      length: words.length
    }
  })

  ;(msa.groups || []).forEach((group, g) => {
    for (const phrase of group) {
      const key = compact(phrase, particles)
      const list = groups.get(key) || []
      list.push(g)
      groups.set(key, list)
    }
  })

  const vocabulary = [...postings.keys()].sort()
  const pages = new Map()
  entries.forEach((entry, i) => {
    if (!entry.section)
      pages.set(entry.page, i)
  })
  return {
    entries, postings, vocabulary, names, groups, pages, particles, suffixes,
    known: new Set(vocabulary),
    phrases: (msa.groups || []).map(group => group.map(p => tokens(p, particles))),
    options: {}
  }
}

/* Every vocabulary term that starts with `prefix` (binary search on the sorted vocabulary) */
function expand(prefix) {
  const { vocabulary } = index
  let low = 0
  let high = vocabulary.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (vocabulary[mid] < prefix)
      low = mid + 1
    else
      high = mid
  }
  const found = []
  for (let i = low; i < vocabulary.length && vocabulary[i].startsWith(prefix); i++)
    found.push(vocabulary[i])
  return found
}

/* ---------------------------------------------------------------------------------------------------------------
 * Scoring
 * ------------------------------------------------------------------------------------------------------------ */

/* Score of one query word (as a prefix, or exactly) in every section it occurs in: doc -> best field score */
function scoreWord(word, exactOnly) {
  const scores = new Map()
  const terms = exactOnly ? (index.known.has(word) ? [word] : []) : expand(word)
  for (const term of terms) {
    const quality = term === word ? 1 : 0.55 + 0.35 * word.length / term.length
    const list = index.postings.get(term)
    for (let k = 0; k < list.length; k += 3) {
      const doc = list[k]
      const field = list[k + 1]
      const count = list[k + 2]
      const entry = index.entries[doc]
      let value
      if (field === FIELD_TITLE)
        value = entry.section ? HEADING : TITLE
      else if (field === FIELD_NAME)
        value = NAME
      else if (field === FIELD_RELATED)
        value = RELATED
      else
        value = TEXT * count / (count + 1.2 + entry.length / 400)
      value *= quality
      if (value > (scores.get(doc) || 0))
        scores.set(doc, value)
    }
  }
  return scores
}

/* The variants of one query word: itself, its Korean stems, its English stem, or its split into known words */
function variants(word) {
  const found = [{ words: [word], weight: 1 }]
  const stems = isHangul(word) ? koreanStems(word, index.suffixes) : []
  for (const stem of stems)
    found.push({ words: [stem], weight: 0.97 })
  const english = englishStem(word)
  if (english)
    found.push({ words: [english], weight: 0.95 })
  for (const candidate of [word, ...stems]) {
    if (index.known.has(candidate) || candidate.length < 4)
      continue
    const split = segment(candidate)
    if (split)
      found.push({ words: split, weight: 0.85, exact: true })
  }
  return found
}

/* Split a word into two or three known words of two letters or more, with as few pieces as possible */
function segment(word) {
  const best = new Array(word.length + 1).fill(null)
  best[0] = []
  for (let end = 2; end <= word.length; end++)
    for (let start = end - 2; start >= 0; start--) {
      if (best[start] === null || best[start].length >= 3)
        continue
      const piece = word.slice(start, end)
      if (!index.known.has(piece))
        continue
      const candidate = [...best[start], piece]
      if (best[end] === null || candidate.length < best[end].length)
        best[end] = candidate
    }
  const split = best[word.length]
  return split && split.length > 1 ? split : null
}

/* Score of a sequence of words that must all occur in a section: the weakest word decides */
function scoreAll(words, exact) {
  let result = null
  for (const word of words) {
    const scores = scoreWord(word, exact)
    if (result === null) {
      result = scores
      continue
    }
    const next = new Map()
    for (const [doc, value] of result)
      if (scores.has(doc))
        next.set(doc, Math.min(value, scores.get(doc)))
    result = next
  }
  return result || new Map()
}

function merge(into, scores, weight, label, labels) {
  for (const [doc, value] of scores) {
    const weighted = value * weight
    if (weighted > (into.get(doc) || 0)) {
      into.set(doc, weighted)
      labels.set(doc, label)
    }
  }
}

/* ---------------------------------------------------------------------------------------------------------------
 * Query analysis
 * ------------------------------------------------------------------------------------------------------------ */

/* Cut the query into clauses: names of the catalog or glossary (longest first, spacing-insensitive, particles
 * allowed on every word) and single words; each clause lists the alternatives that may satisfy it. */
function analyse(query) {
  const words = tokens(query, index.particles)
  const stemmed = words.map(w => isHangul(w) ? (koreanStems(w, index.suffixes)[0] || w) : w)
  const englished = words.map(w => englishStem(w) || w)
  const clauses = []
  let i = 0
  while (i < words.length) {
    let match = null
    for (let j = Math.min(words.length, i + 6); j > i && !match; j--)
      for (const form of [words, stemmed, englished]) {
        const key = form.slice(i, j).join("")
        const found = index.groups.get(key)
        if (found) {
          match = { end: j, key, groups: found, words: form.slice(i, j) }
          break
        }
      }
    if (match) {
      /* this name as the catalog spells it (회로차단기 -> 회로 차단기: first, so that highlighting uses the page's
       * spelling on a tie), as typed, then the group's other names */
      const alternatives = []
      const others = []
      for (const g of match.groups)
        for (const phrase of index.phrases[g]) {
          const same = phrase.join("") === match.key
          if (phrase.join(" ") !== match.words.join(" "))
            (same ? alternatives : others).push({ words: phrase, weight: same ? 1 : 0.75, name: phrase.join("") })
        }
      alternatives.push({ words: match.words, weight: 1, name: match.key }, ...others)
      clauses.push({ label: words.slice(i, match.end).join(" "), alternatives })
      i = match.end
    } else {
      clauses.push({ label: words[i], alternatives: variants(words[i]), stop: STOP.has(words[i]) })
      i++
    }
  }
  const meaningful = clauses.filter(c => !c.stop)
  return meaningful.length ? meaningful : clauses
}

function search(query) {
  const clauses = analyse(query)
  if (!clauses.length)
    return { items: [] }

  const total = index.entries.length
  const perClause = clauses.map(clause => {
    const scores = new Map()
    const labels = new Map()
    for (const alternative of clause.alternatives) {
      const { words } = alternative
      const found = words.length > 1 ? scoreAll(words, alternative.exact) : scoreWord(words[0], alternative.exact)
      if (alternative.name)
        for (const doc of index.names.get(alternative.name) || [])
          found.set(doc, Math.max(found.get(doc) || 0, NAME * WHOLE_NAME))
      merge(scores, found, alternative.weight, alternative.words.join(" "), labels)
    }
    const rarity = Math.log(1 + total / Math.max(1, scores.size))
    return { clause, scores, labels, rarity }
  })

  /* Sum over clauses, weighted by rarity, scaled by the share of clauses a section satisfies */
  const totals = new Map()
  const matched = new Map()
  for (const { scores, rarity } of perClause)
    for (const [doc, value] of scores) {
      totals.set(doc, (totals.get(doc) || 0) + value * rarity)
      matched.set(doc, (matched.get(doc) || 0) + 1)
    }
  const ranked = [...totals.entries()].map(([doc, value]) => {
    const share = matched.get(doc) / perClause.length
    return { doc, score: value * share * share * index.entries[doc].weight }
  }).sort((a, b) => b.score - a.score)

  /* Group by page, best page first; every group starts from the page's own entry (Material expects it) */
  const groups = new Map()
  for (const hit of ranked) {
    const page = index.entries[hit.doc].page
    if (!groups.has(page)) {
      if (groups.size >= MAX_GROUPS)
        continue
      groups.set(page, [])
    }
    groups.get(page).push(hit)
  }
  const highlight = highlighter(perClause)
  const items = []
  for (const [page, hits] of groups) {
    const shown = hits.slice(0, MAX_SECTIONS)
    const group = shown.map(hit => item(hit.doc, hit.score, perClause, highlight))
    const own = index.pages.get(page)
    if (own !== undefined && !shown.some(hit => hit.doc === own))
      group.push({ ...item(own, 0, perClause, highlight), terms: {} })  /* as Material: no "missing" line */
    items.push(group)
  }
  return { items, suggest: suggest(query, ranked) }
}

/* One result as Material renders it: highlighted title and text, score, and the query terms it matched */
function item(doc, score, perClause, highlight) {
  const entry = index.entries[doc]
  const terms = {}
  for (const { clause, scores, labels } of perClause)
    if (scores.has(doc))
      terms[labels.get(doc)] = true
    else
      terms[clause.label] = false
  return {
    location: entry.location,
    title: highlight(entry.title),
    text: preview(entry, highlight),
    score,
    terms
  }
}

/* The section's own HTML when short; otherwise a plain-text excerpt that starts shortly before the first match */
function preview(entry, highlight) {
  if (entry.text.length <= PREVIEW)
    return highlight(entry.text)
  if (entry.plain === undefined)
    entry.plain = stripTags(entry.text).replace(/\s+/g, " ").trim()
  const text = highlight(escapeHtml(entry.plain))
  const first = text.indexOf("<mark>")
  let start = first < 0 ? 0 : Math.max(0, first - 80)
  if (start > 0) {
    const space = text.indexOf(" ", start)
    start = space >= 0 && space < first ? space + 1 : start
  }
  let end = Math.min(text.length, start + PREVIEW)
  const open = text.lastIndexOf("<", end)
  if (open > text.lastIndexOf(">", end))
    end = text.indexOf(">", end) + 1 || text.length
  const amp = text.lastIndexOf("&", end)
  if (amp > text.lastIndexOf(";", end - 1))
    end = text.indexOf(";", amp) + 1 || text.length
  let excerpt = text.slice(start, end)
  if ((excerpt.match(/<mark>/g) || []).length > (excerpt.match(/<\/mark>/g) || []).length)
    excerpt += "</mark>"
  return `<p>${start > 0 ? "… " : ""}${excerpt}${end < text.length ? " …" : ""}</p>`
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
}

/* Mark the words that begin with one of the matched forms (only the matching beginning: <mark>차단기</mark>는) */
function highlighter(perClause) {
  const forms = new Set()
  for (const { clause } of perClause)
    for (const alternative of clause.alternatives)
      for (const word of alternative.words)
        if (word.length >= 2 || /\d/.test(word))
          forms.add(word)
  const sorted = [...forms].sort((a, b) => b.length - a.length)
  const mark = text => text.replace(WORD, word => {
    const lower = word.normalize("NFKC").toLowerCase()
    if (lower.length !== word.length)
      return sorted.some(f => lower.startsWith(f)) ? `<mark>${word}</mark>` : word
    let out = ""
    let rest = word
    let restLower = lower
    /* a word may hold several script pieces (API게이트웨이): mark the beginning of each */
    for (const piece of restLower.match(SCRIPT) || []) {
      const original = rest.slice(0, piece.length)
      const folded = piece.replace(BRITISH, "iz$1")
      const form = sorted.find(f => folded.startsWith(f))
      out += form ? `<mark>${original.slice(0, Math.min(form.length, original.length))}</mark>${original.slice(form.length)}` : original
      rest = rest.slice(piece.length)
      restLower = restLower.slice(piece.length)
    }
    return out + rest
  })
  /* only text between tags, never inside a tag or an entity */
  return html => html.split(/(<[^>]*>|&[#\w]+;)/).map((part, i) => i % 2 ? part : mark(part)).join("")
}

/* Complete the last word typed from the titles of the best results, as Material's suggestion does */
function suggest(query, ranked) {
  if (!index.options.suggest)
    return undefined
  const last = query.split(/[\s-]+/).pop()
  if (!last)
    return []
  const lower = last.toLowerCase()
  for (const { doc } of ranked.slice(0, 5))
    for (const word of index.entries[doc].title.match(WORD) || [])
      if (word.length > last.length && word.toLowerCase().startsWith(lower))
        return [last + word.slice(last.length)]
  return []
}

/* ---------------------------------------------------------------------------------------------------------------
 * Protocol
 * ------------------------------------------------------------------------------------------------------------ */

if (typeof addEventListener === "function") addEventListener("message", ev => {
  const message = ev.data
  switch (message.type) {
    case SETUP:
      index = buildIndex(message.data)
      index.options = message.data.options || {}
      postMessage({ type: READY })
      break
    case QUERY:
      try {
        postMessage({ type: RESULT, data: search(message.data) })
      } catch (err) {
        console.warn(`Search failed for "${message.data}"`, err)
        postMessage({ type: RESULT, data: { items: [] } })
      }
      break
    default:
      throw new TypeError("Invalid message type")
  }
})

/* For tests outside a browser (node): the pure parts */
if (typeof module !== "undefined")
  module.exports = { tokens, koreanStems, englishStem, buildIndex, setIndex: value => { index = value }, search }
