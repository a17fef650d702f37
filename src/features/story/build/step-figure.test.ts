// The story's figures on the real data, by the chart's rules (src/features/orgchart/build/subset-layout.ts), and the
// explorer's address of a step.
import { describe, expect, it } from 'vitest';
import { layoutSubset, SUBSET_VARIANTS } from '../../orgchart/build/subset-layout.ts';
import { crossingPairs, edgesThroughBoxes, smallestParallelGap } from '../../orgchart/build/geometry.ts';
import { readContent } from '../../../model/read-content.ts';
import { explorerUrl, stepFigure } from './step-figure.ts';
import { parseOrgChartState } from '../../orgchart/state.ts';
import { RELATION_TYPES } from '../../../model/vocabulary.ts';

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

  it('picks for phones the shortest clean drawing, names at least 12 px, never taller than the layout\u2019s own narrow one', async () => {
    for (const step of steps) {
      const figure = await stepFigure(step, actors, byId);
      const own = await layoutSubset(step.actors, step.relations.map((id) => byId.get(id)!), (id) => actors.get(id)!.name, 'narrow');
      expect(edgesThroughBoxes(figure.narrow.edges, figure.narrow.nodes), step.id).toEqual([]);
      expect(crossingPairs(figure.narrow.edges), step.id).toEqual([]);
      expect(smallestParallelGap(figure.narrow.edges).gap, step.id).toBeGreaterThanOrEqual(10);
      expect(figure.narrow.width, step.id).toBeLessThanOrEqual(328);
      expect(figure.narrowBox.fontSize, step.id).toBeGreaterThanOrEqual(12);
      expect(figure.narrow.height, step.id).toBeLessThanOrEqual(own.height);
    }
  });
});

describe('explorerUrl', () => {
  const types = new Map([
    ['a-b', { type: 'coordineert' as const }],
    ['b-c', { type: 'werkt-samen-met' as const }],
  ]);
  const step = { id: 'x', title: 'X', view: 'voorgesteld' as const, actors: ['a', 'b', 'c'], relations: ['a-b', 'b-c'], emphasis: ['a-b', 'b'] };
  it('opens Wie doet wat in the step\u2019s view, focused on its organisations, with its kinds of line and its first emphasised organisation chosen', () => {
    expect(explorerUrl(step, 'nl', types)).toBe('/wie-doet-wat/?view=voorgesteld&types=coordineert,werkt-samen-met&focus=a,b,c');
    expect(explorerUrl({ ...step, view: 'huidig', emphasis: [], relations: ['a-b'] }, 'en', types)).toBe('/en/who-does-what/?types=coordineert&focus=a,b,c');
  });

  describe('on the real story: the address parses back to the step\u2019s state', () => {
    const content = readContent('content', '.');
    const actorIds = new Set(content.data.actors.map((a) => a.id));
    const relations = new Map(content.data.relations.map((r) => [r.id, r]));
    for (const lang of ['nl', 'en'] as const) {
      const steps = content.pages.find((page) => page.key === 'in-stappen' && page.lang === lang)?.steps ?? [];
      it.each(steps.map((step) => [step.id, step] as const))(`${lang} %s`, (_, step) => {
        const url = new URL(explorerUrl(step, lang, relations), 'https://example.org');
        expect(url.pathname).toBe(lang === 'nl' ? '/wie-doet-wat/' : '/en/who-does-what/');
        const state = parseOrgChartState(url.search, actorIds);
        expect(state.view).toBe(step.view);
        expect(new Set(state.focus)).toEqual(new Set(step.actors));
        expect(state.focus).toHaveLength(step.actors.length);
        const drawnTypes = new Set(step.relations.map((id) => relations.get(id)!.type));
        // Every relation the step draws is of a kind the explorer shows; no kind is shown that the step does not draw.
        expect(new Set(state.types.length ? state.types : RELATION_TYPES)).toEqual(drawnTypes);
        // No organisation chosen, or the explorer would show that one's neighbourhood instead of the step's set.
        expect(state.actor).toBeUndefined();
      });
    }
  });
});
