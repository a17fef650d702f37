// The story's figures on the real data, by the chart's rules (src/features/orgchart/build/subset-layout.ts), and the
// explorer's address of a step.
import { describe, expect, it } from 'vitest';
import { layoutSubset, SUBSET_VARIANTS } from '../../orgchart/build/subset-layout.ts';
import { crossingPairs, edgesThroughBoxes, smallestParallelGap } from '../../orgchart/build/geometry.ts';
import { readContent } from '../../../model/read-content.ts';
import { explorerUrl } from './step-figure.ts';

describe('the story\u2019s figures on the real data', () => {
  const content = readContent('content', '.');
  const actors = new Map(content.data.actors.map((a) => [a.id, a]));
  const byId = new Map(content.data.relations.map((r) => [r.id, r]));
  const steps = content.pages.find((page) => page.key === 'in-stappen' && page.lang === 'nl')?.steps ?? [];

  it('has 6 to 10 steps of 3 to 12 organisations', () => {
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(steps.length).toBeLessThanOrEqual(10);
    for (const step of steps) expect(step.actors.length, step.id).toBeGreaterThanOrEqual(3);
    for (const step of steps) expect(step.actors.length, step.id).toBeLessThanOrEqual(12);
  });

  it.each(['wide', 'narrow'] as const)('draws every step (%s) with no edge through a box, no crossing, within its width', async (variant) => {
    for (const step of steps) {
      const layout = await layoutSubset(step.actors, step.relations.map((id) => byId.get(id)!), (id) => actors.get(id)!.name, variant);
      expect(edgesThroughBoxes(layout.edges, layout.nodes), step.id).toEqual([]);
      expect(crossingPairs(layout.edges), step.id).toEqual([]);
      expect(smallestParallelGap(layout.edges).gap, step.id).toBeGreaterThanOrEqual(10);
      expect(layout.width, step.id).toBeLessThanOrEqual(SUBSET_VARIANTS[variant].maxWidth);
      // One screen at 1280 × 900 holds the wide figure.
      if (variant === 'wide') expect(layout.height, step.id).toBeLessThanOrEqual(600);
    }
  });
});

describe('explorerUrl', () => {
  const step = { id: 'x', title: 'X', view: 'voorgesteld' as const, actors: ['a', 'b'], relations: ['a-b'], emphasis: ['a-b', 'b'] };
  it('opens Wie doet wat in the step\u2019s view with its first emphasised organisation chosen', () => {
    expect(explorerUrl(step, 'nl')).toBe('/wie-doet-wat/?view=voorgesteld&actor=b');
    expect(explorerUrl({ ...step, view: 'huidig', emphasis: [] }, 'en')).toBe('/en/who-does-what/');
  });
});
