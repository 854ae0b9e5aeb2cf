/*
 * The search engine of the guide: an in-memory index of one language's sections and the query that ranks them.
 * Pure: no worker, no DOM (see worker.js for Material's protocol).
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
 * Forgiving the way readers type:
 * - a Korean word that matches nothing is compared at the jamo level with the known words (하이퍼바이져 ->
 *   하이퍼바이저), from three syllables on, ranked below exact matches;
 * - a query of initial consonants only (ㄷㅋ) matches the initials of titles and names;
 * - Latin words that match nothing but spell Hangul on the 2-set keyboard (ehzj -> 도커) are searched as that
 *   Hangul, and the result says so; a quoted query ("ehzj") is searched exactly as typed;
 * - question words and bare predicates are left out (트래픽이 몰릴 때 어떻게 하나요 -> 트래픽, 몰리다), and
 *   everyday words of the synonym table widen to the words the guide uses (몰리다 -> 부하, load).
 */

import { choseong, fromLayout, isChoseongQuery, isSyllable, jamo, jamoDistance, jamoLimit } from "./hangul.js"
import { ENGLISH_STOP, contentStem, findSynonyms, isKoreanStop, prepareSynonyms } from "./question.js"
import { BRITISH, SCRIPT, WORD, compact, englishStem, escapeHtml, isHangul, koreanStems, stripTags, tokens }
  from "./text.js"

/* Field weights: page title, section title, names/aliases, related names, text (saturating with repetitions) */
const TITLE = 10
const HEADING = 7
const NAME = 9
const RELATED = 4.5
const TEXT = 1.6
const WHOLE_NAME = 1.5        /* the query is exactly a title or a name of the section */
const PAGE = 1.1              /* a page's own entry over one of its sections */
const SYNONYM = 0.8           /* a word the synonym table widens to, against the word typed */
const FUZZY = 0.72            /* a jamo-level neighbour of a word that matched nothing, minus 0.1 per edit */
const MAX_GROUPS = 30         /* pages in a result list */
const MAX_SECTIONS = 6        /* sections shown under one page */
const PREVIEW = 480           /* a longer text is shown as an excerpt around its first match */
const MAX_FUZZY = 4           /* jamo-level neighbours tried per word */

const FIELD_TITLE = 0
const FIELD_NAME = 1
const FIELD_RELATED = 2
const FIELD_TEXT = 3

/* ---------------------------------------------------------------------------------------------------------------
 * Index
 * ------------------------------------------------------------------------------------------------------------ */

export function buildIndex({ config, docs }, options = {}) {
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
      length: words.length,
      initials: [choseong(doc.title)].concat((doc.a || []).map(choseong)).filter(key => key.length >= 2)
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
    synonyms: prepareSynonyms(msa.synonyms, particles),
    /* Hangul words of three syllables or more, in jamo, for jamo-level matching */
    neighbours: vocabulary.filter(t => t.length >= 3 && [...t].every(isSyllable)).map(term => ({ term, letters: jamo(term) })),
    options: { ...options }
  }
}

/* Position of the first vocabulary term not below `prefix` (binary search on the sorted vocabulary) */
function lowerBound(vocabulary, prefix) {
  let low = 0
  let high = vocabulary.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (vocabulary[mid] < prefix)
      low = mid + 1
    else
      high = mid
  }
  return low
}

/* Every vocabulary term that starts with `prefix` */
function expand(index, prefix) {
  const { vocabulary } = index
  const found = []
  for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i].startsWith(prefix); i++)
    found.push(vocabulary[i])
  return found
}

function startsAny(index, prefix) {
  const { vocabulary } = index
  const at = lowerBound(vocabulary, prefix)
  return at < vocabulary.length && vocabulary[at].startsWith(prefix)
}

/* Known Hangul words within the jamo distance a word's length allows, nearest first */
export function neighbours(index, word) {
  const limit = jamoLimit(word.length)
  if (!limit || ![...word].every(isSyllable))
    return []
  const letters = jamo(word)
  const found = []
  for (const { term, letters: other } of index.neighbours) {
    if (Math.abs(term.length - word.length) > 1)
      continue
    const distance = jamoDistance(letters, other, limit)
    if (distance <= limit && term !== word)
      found.push({ term, distance })
  }
  return found.sort((a, b) => a.distance - b.distance || a.term.length - b.term.length).slice(0, MAX_FUZZY)
}

/* ---------------------------------------------------------------------------------------------------------------
 * Scoring
 * ------------------------------------------------------------------------------------------------------------ */

/* Score of one query word (as a prefix, or exactly) in every section it occurs in: doc -> best field score */
function scoreWord(index, word, exactOnly) {
  const scores = new Map()
  const terms = exactOnly ? (index.known.has(word) ? [word] : []) : expand(index, word)
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

/* The variants of one query word: itself, its Korean stems, its English stem, its split into known words, and
 * (when nothing else is known) its jamo-level neighbours */
function variants(index, word, forgiving) {
  const found = [{ words: [word], weight: 1 }]
  const stems = isHangul(word) ? koreanStems(word, index.suffixes) : []
  const predicate = isHangul(word) ? contentStem(word) : word
  if (predicate !== word && predicate.length >= 2 && !stems.includes(predicate))
    stems.push(predicate)
  for (const stem of stems)
    found.push({ words: [stem], weight: 0.97 })
  const english = englishStem(word)
  if (english)
    found.push({ words: [english], weight: 0.95 })
  let split = false
  for (const candidate of [word, ...stems]) {
    if (index.known.has(candidate) || candidate.length < 4)
      continue
    const parts = segment(index, candidate)
    if (parts) {
      found.push({ words: parts, weight: 0.85, exact: true })
      split = true
    }
  }
  if (forgiving && isHangul(word) && !split && ![word, ...stems].some(w => startsAny(index, w)))
    for (const candidate of [word, ...stems])
      for (const { term, distance } of neighbours(index, candidate))
        found.push({ words: [term], weight: FUZZY - 0.1 * (distance - 1), exact: true, fuzzy: true })
  return found
}

/* Split a word into two or three known words of two letters or more, with as few pieces as possible */
function segment(index, word) {
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
function scoreAll(index, words, exact) {
  let result = null
  for (const word of words) {
    const scores = scoreWord(index, word, exact)
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

/* The alternatives of a name of the catalog or glossary: as the catalog spells it, as typed, then the group's
 * other names */
function nameAlternatives(index, match) {
  const alternatives = []
  const others = []
  for (const g of match.groups)
    for (const phrase of index.phrases[g]) {
      const same = phrase.join("") === match.key
      if (phrase.join(" ") !== match.words.join(" "))
        (same ? alternatives : others).push({ words: phrase, weight: same ? 1 : 0.75, name: phrase.join("") })
    }
  alternatives.push({ words: match.words, weight: 1, name: match.key }, ...others)
  const seen = new Set()
  return alternatives.filter(a => {
    const key = a.words.join(" ")
    return !seen.has(key) && seen.add(key)
  })
}

/* Cut the query into clauses: names of the catalog or glossary (longest first, spacing-insensitive, particles
 * allowed on every word), sayings of the synonym table and single words; each clause lists the alternatives that
 * may satisfy it. */
export function analyse(index, query, forgiving = true) {
  const words = tokens(query, index.particles)
  const allStems = words.map(w => isHangul(w) ? koreanStems(w, index.suffixes) : [])
  const stemmed = words.map((w, i) => allStems[i][0] || w)
  const englished = words.map(w => englishStem(w) || w)
  const synonyms = new Map(findSynonyms(words, allStems, index.synonyms).map(s => [s.start, s]))
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
    const synonym = synonyms.get(i)
    if (match && !(synonym && synonym.end > match.end)) {
      clauses.push({ label: words.slice(i, match.end).join(" "), alternatives: nameAlternatives(index, match) })
      i = match.end
    } else if (synonym) {
      const typed = words.slice(i, synonym.end)
      const alternatives = typed.length === 1 ? variants(index, typed[0], false) : [{ words: typed, weight: 1 }]
      for (const meant of synonym.entry.means)
        alternatives.push({ words: meant, weight: SYNONYM, name: meant.join("") })
      clauses.push({ label: typed.join(" "), alternatives })
      i = synonym.end
    } else {
      const word = words[i]
      const stop = isHangul(word) ? isKoreanStop(word) : ENGLISH_STOP.has(word)
      clauses.push({ label: word, alternatives: stop ? [{ words: [word], weight: 1 }] : variants(index, word, forgiving),
        stop })
      i++
    }
  }
  const meaningful = clauses.filter(c => !c.stop)
  return meaningful.length ? meaningful : clauses
}

/* ---------------------------------------------------------------------------------------------------------------
 * Search
 * ------------------------------------------------------------------------------------------------------------ */

/*
 * Answer a query as Material's worker does ({items, suggest}), plus `converted` ({from, to}) when the query was
 * read as Hangul typed on the English layout. A query in double quotes is searched exactly as typed.
 */
export function search(index, raw) {
  const text = raw.trim()
  const quoted = /^"[^"]+"$/.test(text)
  const query = quoted ? text.slice(1, -1) : text
  if (isChoseongQuery(query.replace(/\s+/g, "")))
    return searchInitials(index, query.replace(/\s+/g, ""), raw)
  if (!quoted) {
    const converted = convertLayout(index, query)
    if (converted) {
      const result = rank(index, converted, raw, true)
      if (result.items.length)
        return { ...result, converted: { from: query, to: converted } }
    }
  }
  return rank(index, query, raw, !quoted)
}

/*
 * The query with each Latin word that no known word starts with replaced by the Hangul it spells on the 2-set
 * keyboard; null when there is no such word or one of them spells no whole syllables, or only one.
 */
export function convertLayout(index, query) {
  const parts = query.split(/(\s+)/)
  let changed = false
  for (let k = 0; k < parts.length; k += 2) {
    const word = parts[k]
    if (!/^[a-zA-Z]+$/.test(word))
      continue
    const lower = word.toLowerCase()
    if (startsAny(index, lower) || index.groups.has(lower) || (englishStem(lower) && startsAny(index, englishStem(lower))))
      continue
    const hangul = fromLayout(word)
    if (hangul === null || hangul.length < 2)   /* one syllable (dk = 아) would find everything: not a word */
      return null
    parts[k] = hangul
    changed = true
  }
  return changed ? parts.join("") : null
}

function rank(index, query, raw, forgiving) {
  const clauses = analyse(index, query, forgiving)
  if (!clauses.length)
    return { items: [] }

  const total = index.entries.length
  const perClause = clauses.map(clause => {
    const scores = new Map()
    const labels = new Map()
    for (const alternative of clause.alternatives) {
      const { words } = alternative
      const found = words.length > 1
        ? scoreAll(index, words, alternative.exact)
        : scoreWord(index, words[0], alternative.exact)
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
  return present(index, ranked, perClause, raw)
}

/* Initial consonants, in tiers: the whole title, a title it begins, the whole name, a name it begins, then a title
 * or a name that contains it; a page over one of its sections, a shorter title first */
const INITIAL_TIERS = { title: [6, 5, 2], name: [4, 3, 1] }

function searchInitials(index, query, raw) {
  const ranked = []
  index.entries.forEach((entry, doc) => {
    let best = 0
    entry.initials.forEach((key, k) => {
      const [whole, start, inside] = INITIAL_TIERS[k === 0 ? "title" : "name"]
      const tier = key === query ? whole : key.startsWith(query) ? start : key.includes(query) ? inside : 0
      best = Math.max(best, tier)
    })
    if (best)
      ranked.push({ doc, score: best * (entry.section ? 0.7 : 1) })
  })
  ranked.sort((a, b) => b.score - a.score || index.entries[a.doc].title.length - index.entries[b.doc].title.length)
  const clause = { label: query, alternatives: [] }
  const scores = new Map(ranked.map(hit => [hit.doc, hit.score]))
  const labels = new Map(ranked.map(hit => [hit.doc, query]))
  return present(index, ranked, [{ clause, scores, labels }], raw, initialsHighlighter(query))
}

/* Group by page, best page first; every group starts from the page's own entry (Material expects it) */
function present(index, ranked, perClause, raw, highlight = highlighter(perClause)) {
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
  const items = []
  for (const [page, hits] of groups) {
    const shown = hits.slice(0, MAX_SECTIONS)
    const group = shown.map(hit => item(index, hit.doc, hit.score, perClause, highlight))
    const own = index.pages.get(page)
    if (own !== undefined && !shown.some(hit => hit.doc === own))
      group.push({ ...item(index, own, 0, perClause, highlight), terms: {} })  /* as Material: no "missing" line */
    items.push(group)
  }
  return { items, suggest: suggest(index, raw, ranked) }
}

/* One result as Material renders it: highlighted title and text, score, and the query terms it matched */
function item(index, doc, score, perClause, highlight) {
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

/* The section's own HTML when short; otherwise a plain-text excerpt that starts shortly before the first match
 * (only the excerpt is highlighted: long sections are many, and marking all of their text is what costs) */
function preview(entry, highlight) {
  if (entry.text.length <= PREVIEW)
    return highlight(entry.text)
  if (entry.plain === undefined)
    entry.plain = stripTags(entry.text).replace(/\s+/g, " ").trim()
  const plain = entry.plain
  const first = highlight.first(plain)
  let start = first < 0 ? 0 : Math.max(0, first - 80)
  if (start > 0) {
    const space = plain.indexOf(" ", start)
    start = space >= 0 && space < first ? space + 1 : start
  }
  let end = Math.min(plain.length, start + PREVIEW)
  if (end < plain.length) {
    const space = plain.lastIndexOf(" ", end)
    end = space > start ? space : end
  }
  const excerpt = highlight(escapeHtml(plain.slice(start, end)))
  return `<p>${start > 0 ? "… " : ""}${excerpt}${end < plain.length ? " …" : ""}</p>`
}

const LETTER = /[\p{L}\p{N}]/u

/* A highlighter: marks text between tags, never inside a tag or an entity; `first(text)` is where the first
 * word it would mark starts in a plain text (-1 if none); `forms`, when given, are lower-case strings one of which
 * every marked word contains */
function betweenTags(mark, marks, forms = null) {
  const highlight = html => html.split(/(<[^>]*>|&[#\w]+;)/).map((part, i) => i % 2 ? part : mark(part)).join("")
  highlight.first = text => {
    const words = new RegExp(WORD.source, "gu")
    /* a word can only match from the first place a form occurs at all: start there (found natively), at the
     * beginning of its word */
    if (forms && text.normalize("NFKC") === text) {
      const lower = text.toLowerCase()
      let at = -1
      for (const f of forms) {
        const found = lower.indexOf(f)
        if (found >= 0 && (at < 0 || found < at))
          at = found
      }
      if (at < 0)
        return -1
      while (at > 0 && LETTER.test(text[at - 1]))
        at--
      words.lastIndex = at
    }
    for (let found = words.exec(text); found; found = words.exec(text))
      if (marks(found[0]))
        return found.index
    return -1
  }
  return highlight
}

const HANGUL_IN = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/

function isHangulIn(word) {
  return HANGUL_IN.test(word)
}

/* Mark the words that begin with one of the matched forms (only the matching beginning: <mark>차단기</mark>는) */
function highlighter(perClause) {
  const forms = new Set()
  for (const { clause } of perClause)
    for (const alternative of clause.alternatives)
      for (const word of alternative.words)
        if (word.length >= 2 || /\d/.test(word))
          forms.add(word)
  /* the forms by their first letter, longest first */
  const byLetter = new Map()
  for (const f of [...forms].sort((a, b) => b.length - a.length)) {
    if (!byLetter.has(f[0]))
      byLetter.set(f[0], [])
    byLetter.get(f[0]).push(f)
  }
  const form = piece => (byLetter.get(piece[0]) || []).find(f => piece.startsWith(f))
  /* most words start with a letter no form starts with, and hold one script only: skip them at once */
  const hopeless = word => !byLetter.has(word[0].toLowerCase()) && !byLetter.has(word[0].normalize("NFKC").toLowerCase())
    && (isHangul(word) ? !/[^\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/.test(word) : !isHangulIn(word))
  const marks = word => {
    if (hopeless(word))
      return false
    const lower = word.normalize("NFKC").toLowerCase()
    if (lower.length !== word.length)
      return Boolean(form(lower))
    return (lower.match(SCRIPT) || []).some(piece => form(piece.replace(BRITISH, "iz$1")))
  }
  return betweenTags(text => text.replace(WORD, word => {
    if (hopeless(word))
      return word
    const lower = word.normalize("NFKC").toLowerCase()
    if (lower.length !== word.length)
      return form(lower) ? `<mark>${word}</mark>` : word
    let out = ""
    let rest = word
    /* a word may hold several script pieces (API게이트웨이): mark the beginning of each */
    for (const piece of lower.match(SCRIPT) || []) {
      const original = rest.slice(0, piece.length)
      const found = form(piece.replace(BRITISH, "iz$1"))
      out += found
        ? `<mark>${original.slice(0, Math.min(found.length, original.length))}</mark>${original.slice(found.length)}`
        : original
      rest = rest.slice(piece.length)
    }
    return out + rest
  }), marks, [...forms].map(f => f.includes("iz") ? f.slice(0, f.indexOf("iz")) : f))  /* -ise text, -ize form */
}

/* Mark the run of words whose initials spell the query (ㄷㅋ -> <mark>도커</mark> 스웜) */
function initialsHighlighter(query) {
  return betweenTags(text => text.replace(/[\uac00-\ud7a3]+/g, word => {
    const at = choseong(word).indexOf(query)
    return at < 0 ? word
      : `${word.slice(0, at)}<mark>${word.slice(at, at + query.length)}</mark>${word.slice(at + query.length)}`
  }), word => choseong(word).includes(query))
}

/* Complete the last word typed from the titles of the best results, as Material's suggestion does */
function suggest(index, query, ranked) {
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
