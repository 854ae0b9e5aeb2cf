/*
 * Questions typed instead of keywords: the words that carry no subject (question words, stop words, bare
 * 하다/되다/없다 forms, -ㄹ 때, -려면) and the everyday words of the synonym table (catalog/search-synonyms.yml,
 * carried by the index as config.msa.synonyms). Pure functions.
 */

import { jamo } from "./hangul.js"
import { englishStem, isHangul, tokens } from "./text.js"

export const ENGLISH_STOP = new Set(["a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "is",
  "are", "was", "be", "been", "it", "its", "this", "that", "how", "what", "when", "where", "which", "who", "why",
  "do", "does", "did", "done", "doing", "i", "me", "my", "we", "our", "you", "your", "should", "can", "could",
  "would", "will", "shall", "may", "might", "there", "if", "about", "into", "from", "at", "as", "so", "some",
  "any", "get", "gets", "use", "using", "way", "ways", "need", "want"])

/* Words of a Korean question that name nothing: question words, 때/경우/방법, and bare predicates */
const KOREAN_STOP = new Set(["어떻게", "어떤", "무엇", "무엇을", "무엇이", "뭐", "뭘", "뭔가요", "무엇인가요", "왜", "언제",
  "어디", "어디서", "어디에", "때", "때는", "때에", "경우", "경우에", "경우에는", "방법", "방법은", "방법이", "수", "좋은",
  "좋을까요", "좋나요", "좋아요", "건가요", "거죠", "것", "것은", "무슨", "혹은", "그리고", "또는"])

/* Endings of a predicate, longest first: what is cut from a word to reach its stem */
const ENDINGS = ["해야하나요", "해야합니다", "하려면", "되려면", "으려면", "하나요", "되나요", "합니까", "됩니까", "할까요",
  "될까요", "을까요", "습니다", "는데요", "려면", "나요", "까요", "해야", "해요", "돼요", "어요", "아요", "는데", "으면",
  "하면", "되면", "하고", "되고", "해서", "돼서", "했을", "됐을", "할", "될", "면", "요"]

/* What is left of a word that was only a predicate (할, 해야, 없나요, 있을까요) */
const BARE = new Set(["", "하", "되", "돼", "해", "했", "됐", "없", "있", "없을", "있을", "없는", "있는", "없이", "있게",
  "않", "않는", "않을", "안", "못"])

/* A Korean word that carries no subject of its own */
export function isKoreanStop(word) {
  if (KOREAN_STOP.has(word))
    return true
  return BARE.has(stripEnding(word)) && /^(하|할|한|합|되|될|된|됩|돼|해|했|됐|없|있|않|안|못)/.test(word)
}

/* The word without one predicate ending (배포하려면 -> 배포, 몰리나요 -> 몰리); the word itself when none applies */
export function stripEnding(word) {
  for (const ending of ENDINGS)
    if (word.endsWith(ending))
      return word.slice(0, -ending.length)
  return word
}

/* A Korean word's stem without the predicate ending and the verb's own 하/되 (배포하려면 -> 배포) */
export function contentStem(word) {
  const stem = stripEnding(word)
  const bare = stem.replace(/(하|되|시키)$/, "")
  return bare.length >= 2 ? bare : stem
}

/* ------------------------------------------------------------------------------------------------------------ */

/* Jamo stems of a verb in its dictionary form, plain and contracted (몰리다 -> 몰리, 몰려; 느려지다 -> 느려지, 느려져) */
function verbStems(verb) {
  const base = jamo(verb.slice(0, -1))
  const stems = [base]
  if (base.endsWith("ㅗㅣ"))
    stems.push(base.slice(0, -1) + "ㅐ")         /* 되 -> 돼 */
  else if (base.endsWith("ㅣ"))
    stems.push(base.slice(0, -1) + "ㅕ")         /* 지 -> 져 */
  else if (base.endsWith("ㅡ"))
    stems.push(base.slice(0, -1) + "ㅓ")         /* 느 -> 너 */
  else if (base.endsWith("ㅏ") && verb.slice(-2, -1) === "하")
    stems.push(base.slice(0, -1) + "ㅐ")         /* 하 -> 해 */
  else if (base.endsWith("ㅗ"))
    stems.push(base + "ㅏ")
  else if (base.endsWith("ㅜ"))
    stems.push(base + "ㅓ")
  return stems
}

/*
 * The synonym table, ready for queries: each saying as a list of word matchers, and the words each entry means,
 * each as a word list. A Korean word in its dictionary form (몰리다) is a verb, matched at the jamo level as a
 * prefix so that every ending fits (몰릴, 몰리면, 몰려서); another Korean word matches with or without particles;
 * an English word matches its stem (requests = request).
 */
export function prepareSynonyms(table, particles) {
  return (table || []).map(entry => ({
    sayings: entry.says.map(saying => saying.split(/\s+/).map(word => {
      if (isHangul(word) && word.endsWith("다") && word.length >= 2)
        return { verbs: verbStems(word) }
      const folded = tokens(word, particles).join("")
      return { forms: [folded, englishStem(folded) || folded] }
    })).filter(parts => parts.length),
    means: entry.means.map(m => tokens(m, particles)),
    label: entry.says[0]
  }))
}

/* Does word i of a query (its forms: as typed, stems; its jamo) fit one word of a saying? */
function fits(part, forms, letters) {
  return part.verbs ? part.verbs.some(v => letters.startsWith(v)) : part.forms.some(f => forms.includes(f))
}

/*
 * Find the sayings of the synonym table in a query's words. Returns [{start, end, entry}] without overlaps,
 * longest saying first; `stems[i]` are the Korean stems of word i (particles stripped).
 */
export function findSynonyms(words, stems, synonyms) {
  const forms = words.map((word, i) => [word, englishStem(word) || word, ...stems[i]])
  const letters = words.map(word => isHangul(word) ? jamo(word) : "")
  const sayings = []
  for (const entry of synonyms)
    for (const parts of entry.sayings)
      sayings.push({ parts, entry })
  sayings.sort((a, b) => b.parts.length - a.parts.length)
  const found = []
  const taken = new Array(words.length).fill(false)
  for (const { parts, entry } of sayings)
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (taken.slice(i, i + parts.length).some(Boolean))
        continue
      if (parts.every((part, k) => fits(part, forms[i + k], letters[i + k]))) {
        found.push({ start: i, end: i + parts.length, entry })
        taken.fill(true, i, i + parts.length)
      }
    }
  return found.sort((a, b) => a.start - b.start)
}
