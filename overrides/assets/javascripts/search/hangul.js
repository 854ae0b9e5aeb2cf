/*
 * Hangul at the jamo level: decomposition of syllables, initial consonants (초성), the 2-set keyboard (두벌식)
 * and a bounded edit distance on jamo. Pure functions, no index and no DOM.
 */

const BASE = 0xac00
const LAST = 0xd7a3
const MEDIALS = 21
const FINALS = 28

/* Compatibility jamo (the letters a keyboard types) in Unicode's syllable order */
const INITIAL = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
const MEDIAL = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
const FINAL = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ",
  "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

/* Compound vowels and final clusters, as two keystrokes */
const VOWEL_PAIRS = { "ㅗㅏ": "ㅘ", "ㅗㅐ": "ㅙ", "ㅗㅣ": "ㅚ", "ㅜㅓ": "ㅝ", "ㅜㅔ": "ㅞ", "ㅜㅣ": "ㅟ", "ㅡㅣ": "ㅢ" }
const FINAL_PAIRS = { "ㄱㅅ": "ㄳ", "ㄴㅈ": "ㄵ", "ㄴㅎ": "ㄶ", "ㄹㄱ": "ㄺ", "ㄹㅁ": "ㄻ", "ㄹㅂ": "ㄼ", "ㄹㅅ": "ㄽ",
  "ㄹㅌ": "ㄾ", "ㄹㅍ": "ㄿ", "ㄹㅎ": "ㅀ", "ㅂㅅ": "ㅄ" }
const SPLIT = Object.fromEntries(Object.entries({ ...VOWEL_PAIRS, ...FINAL_PAIRS }).map(([pair, one]) => [one, pair]))

/* The standard 2-set layout: Latin key -> jamo (capitals give the tense consonants and ㅒ, ㅖ) */
const KEYS = {
  q: "ㅂ", w: "ㅈ", e: "ㄷ", r: "ㄱ", t: "ㅅ", y: "ㅛ", u: "ㅕ", i: "ㅑ", o: "ㅐ", p: "ㅔ",
  a: "ㅁ", s: "ㄴ", d: "ㅇ", f: "ㄹ", g: "ㅎ", h: "ㅗ", j: "ㅓ", k: "ㅏ", l: "ㅣ",
  z: "ㅋ", x: "ㅌ", c: "ㅊ", v: "ㅍ", b: "ㅠ", n: "ㅜ", m: "ㅡ",
  Q: "ㅃ", W: "ㅉ", E: "ㄸ", R: "ㄲ", T: "ㅆ", O: "ㅒ", P: "ㅖ"
}

export function isSyllable(char) {
  const code = char.charCodeAt(0)
  return code >= BASE && code <= LAST
}

function isVowel(jamo) {
  return MEDIAL.includes(jamo)
}

/* The initial consonant of a syllable; any other character is returned as it is */
export function initialOf(char) {
  return isSyllable(char) ? INITIAL[Math.floor((char.charCodeAt(0) - BASE) / (MEDIALS * FINALS))] : char
}

/* True for a run of compatibility consonants only (ㄷㅋ, ㅎㅇㅍㅂㅇㅈ): an initial-consonant query */
export function isChoseongQuery(text) {
  return /^[ㄱ-ㅎ]{2,}$/.test(text)
}

/* The initial consonants of the Hangul syllables of a phrase, other characters dropped (API 게이트웨이 -> ㄱㅇㅌㅇㅇ) */
export function choseong(text) {
  let out = ""
  for (const char of text)
    if (isSyllable(char))
      out += initialOf(char)
  return out
}

/* A string as single keystroke jamo: syllables are split, compound vowels and clusters too (괜 -> ㄱㅗㅐㄴ) */
export function jamo(text) {
  let out = ""
  for (const char of text) {
    if (!isSyllable(char)) {
      out += SPLIT[char] || char
      continue
    }
    const code = char.charCodeAt(0) - BASE
    const medial = MEDIAL[Math.floor(code / FINALS) % MEDIALS]
    const final = FINAL[code % FINALS]
    out += INITIAL[Math.floor(code / (MEDIALS * FINALS))] + (SPLIT[medial] || medial) + (SPLIT[final] || final)
  }
  return out
}

function syllable(initial, medial, final) {
  return String.fromCharCode(BASE + (INITIAL.indexOf(initial) * MEDIALS + MEDIAL.indexOf(medial)) * FINALS
    + FINAL.indexOf(final))
}

/*
 * Compose keystroke jamo into syllables the way a 2-set input method does (ㄷㅗㅋㅓ -> 도커; a final consonant
 * moves to the next syllable when a vowel follows). Returns null when the keys do not spell whole syllables:
 * a vowel without a consonant before it, or a consonant left alone.
 */
export function compose(keys) {
  let out = ""
  let i = 0
  while (i < keys.length) {
    const initial = keys[i]
    if (!INITIAL.includes(initial) || i + 1 >= keys.length || !isVowel(keys[i + 1]))
      return null
    let medial = keys[i + 1]
    i += 2
    if (i < keys.length && VOWEL_PAIRS[medial + keys[i]]) {
      medial = VOWEL_PAIRS[medial + keys[i]]
      i++
    }
    /* a final consonant (or cluster) stays only when no vowel follows it */
    let final = ""
    const next = keys[i]
    if (next !== undefined && FINAL.includes(next) && !(i + 1 < keys.length && isVowel(keys[i + 1]))) {
      final = next
      i++
      const pair = FINAL_PAIRS[final + keys[i]]
      if (pair && !(i + 1 < keys.length && isVowel(keys[i + 1]))) {
        final = pair
        i++
      }
    }
    out += syllable(initial, medial, final)
  }
  return out
}

/* A Latin word typed with the keyboard in English mode, as the Hangul it spells (ehzj -> 도커), or null */
export function fromLayout(word) {
  if (!/^[a-zA-Z]+$/.test(word))
    return null
  let keys = ""
  for (const letter of word) {
    const key = KEYS[letter] || KEYS[letter.toLowerCase()]
    keys += key
  }
  return compose(keys)
}

/*
 * Edit distance between two jamo strings, or `limit + 1` as soon as it must exceed `limit` (banded Levenshtein,
 * with a swap of two neighbours counting as one edit).
 */
export function jamoDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit)
    return limit + 1
  const width = b.length + 1
  let previous2 = new Int32Array(width)
  let previous = new Int32Array(width)
  let current = new Int32Array(width)
  for (let j = 0; j < width; j++)
    previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current.fill(limit + 1)
    current[0] = i
    let best = i
    const from = Math.max(1, i - limit)
    const to = Math.min(b.length, i + limit)
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previous2[j - 2] + 1)
      current[j] = value
      if (value < best)
        best = value
    }
    if (best > limit)
      return limit + 1
    const spare = previous2
    previous2 = previous
    previous = current
    current = spare
  }
  return Math.min(previous[b.length], limit + 1)
}

/* How many jamo edits a Hangul word of `syllables` syllables may be away from a match: none below three */
export function jamoLimit(syllables) {
  return syllables >= 5 ? 2 : syllables >= 3 ? 1 : 0
}
