/**
 * What a story step's figure shows, worked out at build time from the chart's own records and layout code: the two
 * drawings (wide and narrow, from the subset layout), the relations as sentences for the text equivalent, the kinds
 * of line it uses for its legend, and the address of the explorer in the same state. Node only.
 */
import type { Actor, Lang, Relation, StoryStep } from '../../../model/schemas.ts';
import { RELATION_TYPES } from '../../../model/vocabulary.ts';
import { layoutSubset, SUBSET_VARIANTS, type SubsetLayout, type SubsetVariant } from '../../orgchart/build/subset-layout.ts';
import { crossingPairs, edgesThroughBoxes, smallestParallelGap } from '../../orgchart/build/geometry.ts';
import { relationDifference } from '../../orgchart/views.ts';
import { orgChartSearch } from '../../orgchart/state.ts';
import { sectionUrl } from '../../../routes/routes.ts';

/**
 * Phone drawings to choose from, per step the shortest that is clean: the subset layout's own narrow variant and
 * three with smaller boxes (names at 12 px, the least the figures allow, so three boxes fit a layer of 328 px).
 * ELK's results jump with small changes of size, so no one variant is the shortest for every step.
 */
const NARROW_BOX_12 = { ...SUBSET_VARIANTS.narrow.box, fontSize: 12, lineHeight: 15, paddingX: 6, paddingY: 6 };
export const NARROW_CANDIDATES: readonly SubsetVariant[] = [
  SUBSET_VARIANTS.narrow,
  { maxWidth: 328, box: { ...NARROW_BOX_12, narrowWidth: 100, wideWidth: 124, maxNarrowLines: 4 }, spacing: 10, layerSpacing: 28 },
  { maxWidth: 328, box: { ...NARROW_BOX_12, narrowWidth: 96, wideWidth: 150, maxNarrowLines: 5, paddingX: 5 }, spacing: 8, layerSpacing: 26 },
  { maxWidth: 328, box: { ...NARROW_BOX_12, narrowWidth: 96, wideWidth: 150, maxNarrowLines: 6, paddingX: 5, paddingY: 5 }, spacing: 8, layerSpacing: 20 },
];

/** A drawing with no edge through a box, no crossing and parallel edges at least 10 px apart. */
function isClean(layout: SubsetLayout): boolean {
  return edgesThroughBoxes(layout.edges, layout.nodes).length === 0 && crossingPairs(layout.edges).length === 0 && smallestParallelGap(layout.edges).gap >= 10;
}

export interface StepFigure {
  wide: SubsetLayout;
  narrow: SubsetLayout;
  /** The box sizes the narrow drawing was made with (its names' font size and line height). */
  narrowBox: SubsetVariant['box'];
  actors: Actor[];
  relations: Relation[];
  /** The kinds of relation drawn, in the vocabulary's order (the legend's order). */
  types: Relation['type'][];
  /** Whether a relation or organisation exists only in the proposal (drawn as new). */
  hasNew: boolean;
  emphasis: Set<string>;
}

export async function stepFigure(step: StoryStep, actors: ReadonlyMap<string, Actor>, relations: ReadonlyMap<string, Relation>): Promise<StepFigure> {
  const shownRelations = step.relations.map((id) => relations.get(id)!);
  const shownActors = step.actors.map((id) => actors.get(id)!);
  const names = (id: string) => actors.get(id)!.name;
  const wide = await layoutSubset(step.actors, shownRelations, names, 'wide');
  const candidates = await Promise.all(NARROW_CANDIDATES.map(async (variant) => ({ variant, layout: await layoutSubset(step.actors, shownRelations, names, variant) })));
  const clean = candidates.filter(({ layout }) => isClean(layout) && layout.width <= SUBSET_VARIANTS.narrow.maxWidth);
  const narrow = (clean.length ? clean : candidates.slice(0, 1)).reduce((best, candidate) => (candidate.layout.height < best.layout.height ? candidate : best));
  return {
    wide,
    narrow: narrow.layout,
    narrowBox: narrow.variant.box,
    actors: shownActors,
    relations: shownRelations,
    types: RELATION_TYPES.filter((type) => shownRelations.some((relation) => relation.type === type)),
    hasNew: step.view === 'voorgesteld' && (shownRelations.some((r) => relationDifference(r.state) === 'toegevoegd') || shownActors.some((a) => !a.in_views.includes('huidig'))),
    emphasis: new Set(step.emphasis),
  };
}

/**
 * The explorer "Wie doet wat" in exactly the step's state: its view, a focus on the step's organisations (the
 * explorer draws the whole network with only them and the relations among them at full strength, centred on them),
 * and the kinds of relation the step draws when it draws fewer than all (so relations among the same organisations
 * that the step leaves out stay hidden). No organisation is chosen: the explorer would then show that one's
 * neighbourhood instead of the step's set.
 */
export function explorerUrl(step: StoryStep, lang: Lang, relations: ReadonlyMap<string, Pick<Relation, 'type'>>): string {
  const drawn = new Set(step.relations.map((id) => relations.get(id)!.type));
  const types = RELATION_TYPES.filter((type) => drawn.has(type));
  return `${sectionUrl(lang, 'orgChart')}${orgChartSearch({ view: step.view, types: [...types], focus: [...step.actors] })}`;
}
