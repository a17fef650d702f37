/**
 * Build-time layout of an actor's neighbourhood: the actor in the middle, the organisations it has a relation with
 * on a circle around it, in a stable order (by relation type, then id). Pure and deterministic.
 */
import type { Relation } from './schemas.ts';
import { RELATION_TYPES } from './vocabulary.ts';

export interface NeighbourNode {
  id: string;
  x: number;
  y: number;
}

export interface NeighbourEdge {
  id: string;
  type: Relation['type'];
  state: Relation['state'];
  /** Drawn from the arrow's start to its end, so markers point the right way. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface NeighbourhoodLayout {
  size: number;
  center: NeighbourNode;
  nodes: NeighbourNode[];
  edges: NeighbourEdge[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Neighbour boxes are this wide; the circle grows until two neighbouring boxes no longer touch. */
export const NEIGHBOUR_BOX = { width: 118, height: 48 };

export function layoutNeighbourhood(actorId: string, relations: readonly Pick<Relation, 'id' | 'from' | 'to' | 'type' | 'state'>[]): NeighbourhoodLayout {
  const own = [...relations]
    .filter((r) => r.from === actorId || r.to === actorId)
    .sort((a, b) => RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type) || a.id.localeCompare(b.id));
  const neighbours = [...new Set(own.map((r) => (r.from === actorId ? r.to : r.from)))];
  const radius = Math.max(140, neighbours.length > 1 ? (NEIGHBOUR_BOX.width + 14) / (2 * Math.sin(Math.PI / neighbours.length)) : 0);
  const size = Math.ceil(2 * radius + NEIGHBOUR_BOX.width + 20);
  const c = size / 2;
  const nodes = neighbours.map((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(neighbours.length, 1);
    return { id, x: round(c + radius * Math.cos(angle)), y: round(c + radius * Math.sin(angle)) };
  });
  const position = new Map(nodes.map((n) => [n.id, n]));
  const center = { id: actorId, x: c, y: c };
  // Edges stop short of the boxes so arrowheads stay visible.
  const inset = (from: NeighbourNode, to: NeighbourNode, gap: number) => {
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    return { x: round(to.x - (dx / length) * gap), y: round(to.y - (dy / length) * gap) };
  };
  const edges = own.map((r) => {
    const from = r.from === actorId ? center : position.get(r.from)!;
    const to = r.to === actorId ? center : position.get(r.to)!;
    const start = inset(to, from, 30);
    const end = inset(from, to, 30);
    return { id: r.id, type: r.type, state: r.state, x1: start.x, y1: start.y, x2: end.x, y2: end.y };
  });
  return { size, center, nodes, edges };
}
