/**
 * Readability figures for plain-language (B1) checks: sentences, words per sentence, share of long words and the
 * Flesch-Douma score (the Dutch adaptation of Flesch Reading Ease). Syllables are estimated as groups of vowels,
 * which is close for Dutch and English; the figures guide editors, they are not a verdict.
 */
export interface Readability {
  sentences: number;
  words: number;
  wordsPerSentence: number;
  /** Share of words with four or more syllables. */
  longWordShare: number;
  fleschDouma: number;
}

const VOWEL_GROUP = /[aeiouyàáâäèéêëìíîïòóôöùúûü]+/gi;

export function syllables(word: string): number {
  return Math.max(1, (word.toLowerCase().match(VOWEL_GROUP) ?? []).length);
}

/** Abbreviations that stand before a number ("nr. 257", "art. 19", "blz. 4"): their full stop ends no sentence. */
const BEFORE_NUMBER = /(?:^|[\s(])(?:nr|nrs|art|blz|p|pp|no|vol|hfst|par)\.$/i;

const hasLetter = (text: string) => /\p{L}/u.test(text);

/**
 * One block cut into sentences without losing any text: joined by single spaces the pieces give the block back.
 * It cuts at . ! ? followed by a space and a capital, digit or opening quote or bracket, but not after "nr." and
 * the like before a number; a piece without a letter ("257.", "1.") stays with the sentence it belongs to.
 */
export function sentencePieces(block: string): string[] {
  const pieces: string[] = [];
  for (const part of block.split(/(?<=[.!?])\s+(?=[A-Z0-9À-Ý"'‘“(])/u)) {
    const text = part.trim();
    if (!text) continue;
    const last = pieces.at(-1);
    const belongsToLast = last !== undefined && (!hasLetter(text) || !hasLetter(last) || (BEFORE_NUMBER.test(last) && /^\d/.test(text)));
    if (belongsToLast) pieces[pieces.length - 1] = `${last} ${text}`;
    else pieces.push(text);
  }
  return pieces;
}

/** Splits blocks of text into sentences (see sentencePieces); a block without a letter ("71") is no sentence. */
export function sentencesOf(blocks: readonly string[]): string[] {
  return blocks.flatMap(sentencePieces).filter(hasLetter);
}

export function wordsOf(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

export function readability(blocks: readonly string[]): Readability {
  const sentences = sentencesOf(blocks);
  const words = sentences.flatMap(wordsOf);
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  const wordsPerSentence = sentences.length ? words.length / sentences.length : 0;
  const syllablesPerWord = words.length ? syllableCount / words.length : 0;
  return {
    sentences: sentences.length,
    words: words.length,
    wordsPerSentence: Math.round(wordsPerSentence * 10) / 10,
    longWordShare: words.length ? Math.round((words.filter((w) => syllables(w) >= 4).length / words.length) * 1000) / 1000 : 0,
    fleschDouma: Math.round((206.84 - 0.93 * wordsPerSentence - 77 * syllablesPerWord) * 10) / 10,
  };
}

/**
 * The text blocks (paragraphs, list items, headings, table cells) of an HTML fragment, without drawings (svg: their
 * names and titles are labels, said again in words beside them), citations, hidden
 * labels and the definitions a glossary term shows on request.
 */
export function textBlocks(html: string): string[] {
  return html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<sup class="citation"[\s\S]*?<\/sup>/g, '')
    .replace(/<span class="section-link"[\s\S]*?<\/button>\s*<\/span>/g, '')
    .replace(/<button\b[^>]*\bclass="term-info"[\s\S]*?<\/button>/g, '')
    .replace(/<span\b[^>]*\bclass="term-popover"[\s\S]*?<\/span>/g, '')
    .replace(/<span class="visually-hidden"[\s\S]*?<\/span>/g, '')
    .replace(/<span class="marked__label"[^>]*>[\s\S]*?<\/span>/g, '')
    .split(/<\/?(?:p|li|h[1-6]|td|th|dt|dd|caption|figcaption)\b[^>]*>/)
    .map((block) =>
      block
        .replace(/<[^>]+>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&#39;|&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/\s+/g, ' ')
        // A tag that ends before a full stop or comma leaves no space there: "Bron</cite>." reads "Bron.".
        .replace(/ ([.,;:!?)])/g, '$1')
        .replace(/\( /g, '(')
        .trim(),
    )
    .filter(Boolean);
}
