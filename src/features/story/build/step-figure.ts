/**
 * What a story step's figure shows, worked out at build time from the chart's own records and layout code: the two
 * drawings (wide and narrow, from the subset layout), the relations as sentences for the text equivalent, the kinds
 * of line it uses for its legend, and the address of the explorer in the same state. Node only.
 */
import type { Actor, Lang, Relation, StoryStep } from '../../../model/schemas.ts';
import { RELATION_TYPES } from '../../../model/vocabulary.ts';
import { layoutSubset, type SubsetLayout } from '../../orgchart/build/subset-layout.ts';
import { relationDifference } from '../../orgchart/views.ts';
import { orgChartSearch } from '../../orgchart/state.ts';
import { sectionUrl } from '../../../routes/routes.ts';

export interface StepFigure {
  wide: SubsetLayout;
  narrow: SubsetLayout;
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
  const [wide, narrow] = await Promise.all([layoutSubset(step.actors, shownRelations, names, 'wide'), layoutSubset(step.actors, shownRelations, names, 'narrow')]);
  return {
    wide,
    narrow,
    actors: shownActors,
    relations: shownRelations,
    types: RELATION_TYPES.filter((type) => shownRelations.some((relation) => relation.type === type)),
    hasNew: step.view === 'voorgesteld' && (shownRelations.some((r) => relationDifference(r.state) === 'toegevoegd') || shownActors.some((a) => !a.in_views.includes('huidig'))),
    emphasis: new Set(step.emphasis),
  };
}

/**
 * The explorer "Wie doet wat" in exactly the step's state: its view, a focus on the step's organisations (the focus
 * view draws only them and the relations among them), the kinds of relation the step draws when it draws fewer than
 * all (so relations among the same organisations that the step leaves out stay hidden), and, when the step
 * emphasises an organisation, that one chosen.
 */
export function explorerUrl(step: StoryStep, lang: Lang, relations: ReadonlyMap<string, Pick<Relation, 'type'>>): string {
  const actor = step.emphasis.find((id) => step.actors.includes(id));
  const drawn = new Set(step.relations.map((id) => relations.get(id)!.type));
  const types = RELATION_TYPES.filter((type) => drawn.has(type));
  return `${sectionUrl(lang, 'orgChart')}${orgChartSearch({ view: step.view, actor, types: [...types], focus: [...step.actors] })}`;
}
