/**
 * "Wat is er veranderd": two versions of a page compared section by section (sections are matched by their
 * permanent id), then paragraph by paragraph, then sentence by sentence inside a changed paragraph. Computed at
 * build time with jsdiff (the `diff` package), so the result is plain HTML with <ins> and <del>.
 */
import { diffArrays } from 'diff';
import type { BodySection } from '../../explanation/build/page-sections.ts';
import { sentencePieces } from '../../../model/readability.ts';

export type Change = 'same' | 'added' | 'removed';

export interface Piece {
  change: Change;
  text: string;
}

/** A paragraph (or list item, heading, table cell): whole, or a mix of kept, added and removed sentences. */
export interface BlockDiff {
  change: Change | 'changed';
  pieces: Piece[];
}

export interface SectionDiff {
  id: string;
  title: string;
  /** The earlier title, when the section was renamed. */
  titleBefore?: string;
  change: Change | 'changed';
  blocks: BlockDiff[];
  /** Sentences added and removed in this section. */
  added: number;
  removed: number;
}

function sentenceDiff(before: string, after: string): Piece[] {
  return diffArrays(sentencePieces(before), sentencePieces(after)).flatMap((part) =>
    part.value.map((text) => ({ change: part.added ? 'added' : part.removed ? 'removed' : 'same', text }) satisfies Piece),
  );
}

function whole(change: Change, blocks: readonly string[]): BlockDiff[] {
  return blocks.map((text) => ({ change, pieces: sentencePieces(text).map((sentence) => ({ change, text: sentence })) }));
}

/** Paragraph-level diff; a run of removed paragraphs followed by added ones is compared sentence by sentence. */
export function blockDiff(before: readonly string[], after: readonly string[]): BlockDiff[] {
  const parts = diffArrays([...before], [...after]);
  const blocks: BlockDiff[] = [];
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    if (!part.added && !part.removed) {
      blocks.push(...part.value.map((text) => ({ change: 'same' as const, pieces: [{ change: 'same' as const, text }] })));
      continue;
    }
    const next = parts[index + 1];
    if (part.removed && next?.added) {
      const paired = Math.min(part.value.length, next.value.length);
      for (let pair = 0; pair < paired; pair += 1) blocks.push({ change: 'changed', pieces: sentenceDiff(part.value[pair], next.value[pair]) });
      blocks.push(...whole('removed', part.value.slice(paired)), ...whole('added', next.value.slice(paired)));
      index += 1;
      continue;
    }
    blocks.push(...whole(part.added ? 'added' : 'removed', part.value));
  }
  return blocks;
}

/** Neighbouring sentences with the same change become one piece, so a reader sees one label per run. */
export function mergePieces(pieces: readonly Piece[]): Piece[] {
  return pieces.reduce<Piece[]>((merged, piece) => {
    const last = merged.at(-1);
    if (last?.change === piece.change) merged[merged.length - 1] = { change: piece.change, text: `${last.text} ${piece.text}` };
    else merged.push({ ...piece });
    return merged;
  }, []);
}

/** Counts added and removed sentences, then merges each block's runs. */
function counted(section: Omit<SectionDiff, 'added' | 'removed'>): SectionDiff {
  const pieces = section.blocks.flatMap((block) => block.pieces);
  return {
    ...section,
    blocks: section.blocks.map((block) => ({ ...block, pieces: mergePieces(block.pieces) })),
    added: pieces.filter((piece) => piece.change === 'added').length,
    removed: pieces.filter((piece) => piece.change === 'removed').length,
  };
}

/** Compares two bodies cut into sections (page-sections.ts); the order is the later one's, removed sections in place. */
export function compareSections(before: readonly BodySection[], after: readonly BodySection[]): SectionDiff[] {
  const earlier = new Map(before.map((section) => [section.id, section]));
  const later = new Set(after.map((section) => section.id));
  const result: SectionDiff[] = [];
  const removedBefore = (id: string | undefined) => {
    // Sections that are gone are shown where they stood: before the first later section that still follows them.
    const start = id === undefined ? before.length : before.findIndex((section) => section.id === id);
    for (const section of before.slice(0, start)) {
      if (!later.has(section.id) && !result.some((done) => done.id === section.id)) {
        result.push(counted({ id: section.id, title: section.title, change: 'removed', blocks: whole('removed', section.blocks) }));
      }
    }
  };
  for (const section of after) {
    const old = earlier.get(section.id);
    if (old) removedBefore(section.id);
    if (!old) {
      result.push(counted({ id: section.id, title: section.title, change: 'added', blocks: whole('added', section.blocks) }));
      continue;
    }
    const blocks = blockDiff(old.blocks, section.blocks);
    const renamed = old.title !== section.title;
    const change = renamed || blocks.some((block) => block.change !== 'same') ? 'changed' : 'same';
    result.push(counted({ id: section.id, title: section.title, titleBefore: renamed ? old.title : undefined, change, blocks }));
  }
  removedBefore(undefined);
  return result;
}

export function hasChanges(sections: readonly SectionDiff[]): boolean {
  return sections.some((section) => section.change !== 'same');
}
