/**
 * Build-time layout of an actor's neighbourhood, by the org chart's rules (ELK layered, orthogonal edges, whole
 * names at 13 px, no edge through a box): the organisations whose relation points at the actor on the left, the
 * actor in the middle, the organisations it points at on the right; partners in cooperation ("werkt samen met", no
 * direction) go to the shorter side. Deterministic; Node only.
 */
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { Lang, Relation } from '../../../model/schemas.ts';
import { RELATION_TYPES } from '../../../model/vocabulary.ts';
import { boxFor, round, routedLine } from '../../orgchart/build/layout.ts';
import type { Point } from '../../orgchart/build/geometry.ts';

export interface NeighbourNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: Record<Lang, string[]>;
  main: boolean;
}

export interface NeighbourEdge {
  id: string;
  from: string;
  to: string;
  type: Relation['type'];
  state: Relation['state'];
  points: Point[];
  path: string;
}

export interface NeighbourhoodLayout {
  width: number;
  height: number;
  center: NeighbourNode;
  nodes: NeighbourNode[];
  edges: NeighbourEdge[];
}

type NeighbourRelation = Pick<Relation, 'id' | 'from' | 'to' | 'type' | 'state'>;

const done = new Map<string, Promise<NeighbourhoodLayout>>();

/** Lays out an actor's neighbourhood once for both languages (the pages share one shape); `names` as for the chart. */
export function layoutNeighbourhood(actorId: string, relations: readonly NeighbourRelation[], names: (id: string) => Record<Lang, string>): Promise<NeighbourhoodLayout> {
  const own = relations.filter((r) => (r.from === actorId) !== (r.to === actorId));
  const key = JSON.stringify([actorId, own.map((r) => [r.id, r.from, r.to, r.type, names(r.from), names(r.to)]), names(actorId)]);
  if (!done.has(key)) done.set(key, computeNeighbourhood(actorId, own, names));
  return done.get(key)!;
}

async function computeNeighbourhood(actorId: string, relations: readonly NeighbourRelation[], names: (id: string) => Record<Lang, string>): Promise<NeighbourhoodLayout> {
  const own = [...relations]
    .filter((r) => (r.from === actorId) !== (r.to === actorId))
    .sort((a, b) => RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type) || a.id.localeCompare(b.id));
  const other = (r: NeighbourRelation) => (r.from === actorId ? r.to : r.from);
  // Left (0) points at the actor, right (2) is pointed at; a neighbour with both goes right, the edge back to it left.
  const side = new Map<string, 0 | 2>();
  for (const r of own) if (r.type !== 'werkt-samen-met' && r.from === actorId) side.set(r.to, 2);
  for (const r of own) if (r.type !== 'werkt-samen-met' && r.to === actorId && !side.has(r.from)) side.set(r.from, 0);
  for (const r of own) {
    if (side.has(other(r))) continue;
    const left = [...side.values()].filter((s) => s === 0).length;
    const right = side.size - left;
    side.set(other(r), left < right ? 0 : 2);
  }
  // ELK spreads the lines over the side of a box: the actor's box is tall enough for them to stay 12 px apart.
  const perSide = [0, 2].map((s) => own.filter((r) => side.get(other(r)) === s).length);
  const heightOf = (id: string) => (id === actorId ? Math.max(boxFor(names(id)).height, 12 * (Math.max(...perSide) + 1)) : boxFor(names(id)).height);
  const children: ElkNode[] = [actorId, ...side.keys()].map((id) => ({
    id,
    width: boxFor(names(id)).width,
    height: heightOf(id),
    layoutOptions: { 'elk.partitioning.partition': String(id === actorId ? 1 : side.get(id)) },
  }));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.partitioning.activate': 'true',
      'elk.randomSeed': '1',
      'elk.padding': '[top=8,left=8,bottom=8,right=8]',
      'elk.spacing.nodeNode': '14',
      'elk.spacing.edgeEdge': '10',
      'elk.spacing.edgeNode': '12',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
      'elk.layered.spacing.edgeNodeBetweenLayers': '14',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.mergeEdges': 'false',
    },
    children,
    edges: own.map((r) => ({ id: r.id, sources: [r.from], targets: [r.to] })),
  };
  const result = await new ELK().layout(graph);
  const placed = new Map((result.children ?? []).map((n) => [n.id, n]));
  const node = (id: string): NeighbourNode => {
    const n = placed.get(id)!;
    return { id, x: round(n.x!), y: round(n.y!), width: n.width!, height: n.height!, lines: boxFor(names(id)).lines, main: id === actorId };
  };
  const routed = new Map((result.edges ?? []).map((e) => [e.id, e]));
  const edges = own.map((r) => ({ id: r.id, from: r.from, to: r.to, type: r.type, state: r.state, ...routedLine(routed.get(r.id)!, r.to) }));
  return {
    width: Math.ceil(result.width!),
    height: Math.ceil(result.height!),
    center: node(actorId),
    nodes: [...side.keys()].map(node),
    edges,
  };
}

