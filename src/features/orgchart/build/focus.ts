/**
 * The explorer's drawings besides the network, as positions the browser moves the same boxes to: the overview (two
 * widths) and, per organisation, the focus view of its neighbourhood. A focus view is laid out by the subset layout
 * (subset-layout.ts, which the guided story's figures use too) for the organisation, everyone it has a relation with
 * today or in the proposal, and those relations: one drawing for every view, so switching between today, the
 * proposal and the difference keeps every box in its place and shows only what appears or goes. Node only.
 */
import type { Actor, Lang, Relation } from '../../../model/schemas.ts';
import { ACTOR_KINDS } from '../../../model/vocabulary.ts';
import { LARGE_CHART, type OrgChartLayout } from './layout.ts';
import { bandOf, type Band } from './bands.ts';
import { layoutOverview, overviewBoxFor, overviewMarks, OVERVIEW_VARIANTS, type OverviewLayout, type OverviewVariantName } from './overview.ts';
import { layoutSubset, SUBSET_VARIANTS, type SubsetLayout, type SubsetRelation, type SubsetVariant } from './subset-layout.ts';
import type { RowActor } from './rows.ts';

/** A drawing of some of the chart's boxes: top left corners by actor id, and edge paths by relation id. */
export interface PlacedDrawing {
  width: number;
  height: number;
  nodes: Record<string, [number, number]>;
  edges: Record<string, string>;
}

/** What the page hands to <org-chart> (a JSON script beside the chart). */
export interface ExplorerLayouts {
  /** The overview at each width, with its bands (the SVG draws them; the browser needs only the boxes). */
  overview: Record<OverviewVariantName, OverviewLayout>;
  /** Focus view of each organisation with relations; none for a chart of hundreds (then it is chosen in the network). */
  focus: Record<string, PlacedDrawing>;
  /** The same for a phone's width, with the phone's overview boxes: no sideways panning at 360 px. */
  focusNarrow: Record<string, PlacedDrawing>;
}

/**
 * The width of the frame beside the details panel at 1,280 px: the page's 72rem less the panel's 22rem, the gap
 * and the border; the height is what a 900 px window shows below the frame's top. Hubs with over a dozen partners
 * may need a little more height than that; none needs sideways scrolling.
 */
export const FOCUS_VARIANT: SubsetVariant = { ...SUBSET_VARIANTS.wide, maxWidth: 776, maxHeight: 680 };

/** A phone's focus view: as wide as the phone's overview (a 360 px window less the margins and the frame's border), with its boxes. */
export const FOCUS_NARROW_VARIANT: Omit<SubsetVariant, 'boxOf'> = {
  ...SUBSET_VARIANTS.narrow,
  maxWidth: OVERVIEW_VARIANTS.narrow.width,
  box: { ...SUBSET_VARIANTS.narrow.box, narrowWidth: OVERVIEW_VARIANTS.narrow.box.narrowWidth, wideWidth: OVERVIEW_VARIANTS.narrow.box.wideWidth },
};

export type ExplorerActor = RowActor & Pick<Actor, 'in_views' | 'role_proposed'>;
export type ExplorerRelation = SubsetRelation & Pick<Relation, 'state'>;

const placedDrawing = (layout: SubsetLayout): PlacedDrawing => ({
  width: layout.width,
  height: layout.height,
  nodes: Object.fromEntries(layout.nodes.map((n) => [n.id, [n.x, n.y]])),
  edges: Object.fromEntries(layout.edges.map((e) => [e.id, e.path])),
});

export async function explorerLayouts(
  actors: readonly ExplorerActor[],
  relations: readonly ExplorerRelation[],
  names: (id: string) => Record<Lang, string>,
  bandNames: (band: Band) => Record<Lang, string>,
): Promise<ExplorerLayouts> {
  // Within a band, like with like (the ministries together, then the programme and the platforms ...), by name; an
  // organisation of one view only comes last, so the other view has no hole where it is left out.
  const inOneView = (actor: ExplorerActor) => (actor.in_views.length < 2 ? 1 : 0);
  const byKind = [...actors].sort(
    (a, b) => inOneView(a) - inOneView(b) || ACTOR_KINDS.indexOf(a.kind) - ACTOR_KINDS.indexOf(b.kind) || names(a.id).nl.localeCompare(names(b.id).nl, 'nl'),
  );
  const marks = overviewMarks(actors, relations);
  const overviewBox = (id: string, variant: OverviewVariantName) => overviewBoxFor(names(id), OVERVIEW_VARIANTS[variant].box, marks.get(id)!);
  const overview = (variant: OverviewVariantName) =>
    layoutOverview(
      byKind.map((actor) => ({ id: actor.id, band: bandOf(actor), ...overviewBox(actor.id, variant) })),
      bandNames,
      OVERVIEW_VARIANTS[variant],
    );
  const focus: Record<string, PlacedDrawing> = {};
  const focusNarrow: Record<string, PlacedDrawing> = {};
  if (actors.length <= LARGE_CHART.actors) {
    const narrow: SubsetVariant = { ...FOCUS_NARROW_VARIANT, boxOf: (id) => overviewBox(id, 'narrow') };
    for (const actor of [...actors].sort((a, b) => a.id.localeCompare(b.id))) {
      const own = relations.filter((r) => (r.from === actor.id) !== (r.to === actor.id));
      if (!own.length) continue;
      const ids = [actor.id, ...new Set(own.flatMap((r) => [r.from, r.to]).filter((id) => id !== actor.id))];
      focus[actor.id] = placedDrawing(await layoutSubset(ids, own, names, FOCUS_VARIANT));
      focusNarrow[actor.id] = placedDrawing(await layoutSubset(ids, own, names, narrow));
    }
  }
  return { overview: { wide: overview('wide'), medium: overview('medium'), narrow: overview('narrow') }, focus, focusNarrow };
}

/** The positions the browser needs, without the bands' labels that the SVG already holds. */
export interface BrowserLayouts {
  overview: Record<OverviewVariantName, PlacedDrawing>;
  /** The boxes of the whole network (its edges' paths are in the SVG). */
  network: PlacedDrawing;
  focus: Record<string, PlacedDrawing>;
  focusNarrow: Record<string, PlacedDrawing>;
}

/** The positions the browser moves the boxes to; the bands and the network's paths are in the SVG already. */
export function layoutsForBrowser(layouts: ExplorerLayouts, network: OrgChartLayout): BrowserLayouts {
  const boxesOnly = ({ width, height, nodes }: OverviewLayout): PlacedDrawing => ({ width, height, nodes, edges: {} });
  return {
    overview: { wide: boxesOnly(layouts.overview.wide), medium: boxesOnly(layouts.overview.medium), narrow: boxesOnly(layouts.overview.narrow) },
    network: { width: network.width, height: network.height, nodes: Object.fromEntries(network.nodes.map((n) => [n.id, [n.x, n.y]])), edges: {} },
    focus: layouts.focus,
    focusNarrow: layouts.focusNarrow,
  };
}
