// The subset layout: boxes apart, edges from border to border and around every other box, whole names at the chart's
// size, within the variant's width, the same result every time. The story's figures on the real data are tested in
// src/features/story/build/step-figure.test.ts.
import { describe, expect, it } from 'vitest';
import { layoutSubset, SUBSET_VARIANTS, type SubsetLayout } from './subset-layout.ts';
import { edgesThroughBoxes, onBorder, smallestParallelGap } from './geometry.ts';
import { textWidth } from '../../diagram/build/font-metrics.ts';

const NAMES: Record<string, string> = {
  ministerie: 'Ministerie van Justitie en Veiligheid',
  programma: 'Programma Samen tegen mensenhandel',
  regiegroep: 'Regiegroep Samen tegen mensenhandel',
  kamer: 'Tweede Kamer der Staten-Generaal',
  rapporteur: 'Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen',
  szw: 'Ministerie van Sociale Zaken en Werkgelegenheid',
  vws: 'Ministerie van Volksgezondheid, Welzijn en Sport',
  overleg: 'Landelijk zorgcoördinatorenoverleg',
  politie: 'Politie',
};
const names = (id: string) => ({ nl: NAMES[id], en: `${NAMES[id]} (en)` });
const rel = (from: string, to: string) => ({ id: `${from}-${to}`, from, to });
const ids = Object.keys(NAMES);
const relations = [
  rel('ministerie', 'programma'),
  rel('szw', 'programma'),
  rel('vws', 'programma'),
  rel('regiegroep', 'programma'),
  rel('ministerie', 'regiegroep'),
  rel('ministerie', 'kamer'),
  rel('rapporteur', 'ministerie'),
  rel('rapporteur', 'programma'),
  rel('overleg', 'programma'),
  rel('programma', 'politie'),
  // Both ends must be in the set; this one is left out.
  rel('politie', 'buiten-beeld'),
];

function expectReadable(layout: SubsetLayout, maxWidth: number) {
  expect(edgesThroughBoxes(layout.edges, layout.nodes)).toEqual([]);
  expect(smallestParallelGap(layout.edges).gap).toBeGreaterThanOrEqual(10);
  expect(layout.width).toBeLessThanOrEqual(maxWidth);
  for (const [i, a] of layout.nodes.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
    expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    for (const b of layout.nodes.slice(i + 1)) {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
  }
  const box = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const edge of layout.edges) {
    expect(onBorder(edge.points[0], box.get(edge.from)!), `${edge.id} starts on its own box`).toBe(true);
    expect(onBorder(edge.points.at(-1)!, box.get(edge.to)!), `${edge.id} ends on the other box`).toBe(true);
  }
}

describe('layoutSubset', () => {
  it.each(['wide', 'narrow'] as const)('draws the %s variant readably, within its width', async (variant) => {
    const layout = await layoutSubset(ids, relations, names, variant);
    expect(layout.nodes.map((n) => n.id)).toEqual([...ids].sort());
    expect(layout.edges.map((e) => e.id)).not.toContain('politie-buiten-beeld');
    expect(layout.edges).toHaveLength(relations.length - 1);
    expectReadable(layout, SUBSET_VARIANTS[variant].maxWidth);
  });

  it('keeps every name whole, at 13 px, inside its box, in both languages', async () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const { box } = SUBSET_VARIANTS[variant];
      const layout = await layoutSubset(ids, relations, names, variant);
      for (const node of layout.nodes) {
        for (const lang of ['nl', 'en'] as const) {
          expect(node.lines[lang].join(' ')).toBe(names(node.id)[lang]);
          for (const line of node.lines[lang]) expect(textWidth(line, box.fontSize)).toBeLessThanOrEqual(node.width - 2 * box.paddingX + 0.5);
        }
      }
    }
  });

  it('gives the same drawing for the same input in any order', async () => {
    const a = await layoutSubset(ids, relations, names, 'wide');
    const b = await layoutSubset([...ids].reverse(), [...relations].reverse(), names, { ...SUBSET_VARIANTS.wide });
    expect(b).toEqual(a);
  });

  it('points each edge from its relation\u2019s from to its to, also when drawn upwards', async () => {
    const layout = await layoutSubset(['a', 'b'], [rel('a', 'b'), rel('b', 'a')], (id) => ({ nl: id, en: id }), 'wide');
    const box = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const edge of layout.edges) expect(onBorder(edge.points.at(-1)!, box.get(edge.to)!)).toBe(true);
  });
});
