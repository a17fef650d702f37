import { describe, expect, it } from 'vitest';
import { compareSections, mergePieces } from './version-diff.ts';

describe('comparing two versions', () => {
  const before = [
    { id: 'a', title: 'A', blocks: ['De eerste zin blijft. Deze zin gaat weg.', 'Een alinea die blijft.'] },
    { id: 'weg', title: 'Weg', blocks: ['Oud deel.'] },
    { id: 'b', title: 'B', blocks: ['Niets veranderd.'] },
  ];
  const after = [
    { id: 'a', title: 'A', blocks: ['De eerste zin blijft. Deze zin is nieuw.', 'Een alinea die blijft.'] },
    { id: 'b', title: 'B', blocks: ['Niets veranderd.'] },
    { id: 'nieuw', title: 'Nieuw', blocks: ['Nieuw deel.'] },
  ];
  const sections = compareSections(before, after);

  it('marks a removed and an added sentence inside a changed paragraph, and keeps the rest', () => {
    const a = sections.find((section) => section.id === 'a')!;
    expect(a.change).toBe('changed');
    expect(a.blocks[0].pieces).toEqual([
      { change: 'same', text: 'De eerste zin blijft.' },
      { change: 'removed', text: 'Deze zin gaat weg.' },
      { change: 'added', text: 'Deze zin is nieuw.' },
    ]);
    expect(a.blocks[1].change).toBe('same');
    expect([a.added, a.removed]).toEqual([1, 1]);
  });

  it('keeps unchanged sections as unchanged, and shows removed sections where they stood', () => {
    expect(sections.map((section) => `${section.id}:${section.change}`)).toEqual(['a:changed', 'weg:removed', 'b:same', 'nieuw:added']);
  });

  it('loses no text of a changed paragraph: "nr. 257." stays whole, and so does a cell with only a number', () => {
    const words = (texts: readonly string[]) => texts.join(' ').split(/\s+/).filter(Boolean);
    const cases: [string, string][] = [
      ['Dat staat in Kamerstuk 28 638, nr. 257. Daarna kwam er een brief.', 'Dat staat in Kamerstuk 28 638, nr. 257. Daarna kwam er een nieuwe brief.'],
      ['Eerst een zin. Dat is Kamerstuk 28 638, nr. 257.', 'Eerst een andere zin. Dat is Kamerstuk 28 638, nr. 257.'],
      ['De brief (nr. 257 van 2025) kwam in juli. Toen volgde overleg.', 'De brief (nr. 259 van 2025) kwam in juli. Toen volgde overleg.'],
      ['1. Eerste punt. 2. Tweede punt.', '1. Eerste punt. 2. Ander punt.'],
      ['71', '80'],
    ];
    for (const [old, now] of cases) {
      const [section] = compareSections([{ id: 'a', title: 'A', blocks: [old] }], [{ id: 'a', title: 'A', blocks: [now] }]);
      const pieces = section.blocks.flatMap((block) => block.pieces);
      const text = (...kinds: string[]) => pieces.filter((piece) => kinds.includes(piece.change)).map((piece) => piece.text);
      expect(words(text('same', 'removed')), old).toEqual(words([old]));
      expect(words(text('same', 'added')), now).toEqual(words([now]));
    }
    const [section] = compareSections([{ id: 'a', title: 'A', blocks: [cases[0][0]] }], [{ id: 'a', title: 'A', blocks: [cases[0][1]] }]);
    expect(section.blocks[0].pieces).toEqual([
      { change: 'same', text: 'Dat staat in Kamerstuk 28 638, nr. 257.' },
      { change: 'removed', text: 'Daarna kwam er een brief.' },
      { change: 'added', text: 'Daarna kwam er een nieuwe brief.' },
    ]);
    expect([section.added, section.removed]).toEqual([1, 1]);
  });

  it('merges neighbouring sentences of one kind under one label', () => {
    expect(mergePieces([{ change: 'added', text: 'Een.' }, { change: 'added', text: 'Twee.' }, { change: 'same', text: 'Drie.' }])).toEqual([
      { change: 'added', text: 'Een. Twee.' },
      { change: 'same', text: 'Drie.' },
    ]);
  });
});
