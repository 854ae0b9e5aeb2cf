/*
 * Text of the search: the same words as msa_guide.search.text.tokens, Korean particle stripping and a light
 * English stemmer. Pure functions.
 */

const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/
export const WORD = /[\p{L}\p{N}]+/gu
export const SCRIPT = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+|[^\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+/g
export const BRITISH = /is(e|es|ed|ing|ation|ations)$/

export function isHangul(text) {
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

export function normalize(text) {
  return text.normalize("NFKC").toLowerCase()
}

export function tokens(text, particles) {
  const out = []
  for (const word of normalize(text).match(WORD) || [])
    pieces(word, particles, out)
  return out
}

export function compact(text, particles) {
  return tokens(text, particles).join("")
}

/* Korean: strip up to two particles or endings, keeping a stem of two syllables or more */
export function koreanStems(word, suffixes) {
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
export function englishStem(word) {
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

export function stripTags(html) {
  return html.replace(/<[^>]*>/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"")
    .replace(/&#39;/g, "'").replace(/&amp;/g, "&")
}

export function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
}
