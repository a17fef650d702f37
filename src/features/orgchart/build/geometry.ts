/**
 * Measures of how readable a drawn graph is: pairs of edges that cross, edges that pass through a box that is not
 * their end, the smallest gap between parallel edges. The tests hold the layouts to these, the bench prints them and
 * the offline row search minimises them. Edges are polylines; boxes are axis-aligned rectangles. Pure.
 */
export type Point = [number, number];

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Polyline {
  id: string;
  from: string;
  to: string;
  points: Point[];
}

const EPSILON = 0.5;

function segmentsOf(points: readonly Point[]): [Point, Point][] {
  const result: [Point, Point][] = [];
  for (let i = 1; i < points.length; i++) result.push([points[i - 1], points[i]]);
  return result;
}

const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** True when the two segments cross at a point inside both (touching at an end does not count). */
export function segmentsCross(a: [Point, Point], b: [Point, Point]): boolean {
  const d1 = cross(b[0], b[1], a[0]);
  const d2 = cross(b[0], b[1], a[1]);
  const d3 = cross(a[0], a[1], b[0]);
  const d4 = cross(a[0], a[1], b[1]);
  const lengthA = Math.hypot(a[1][0] - a[0][0], a[1][1] - a[0][1]) || 1;
  const lengthB = Math.hypot(b[1][0] - b[0][0], b[1][1] - b[0][1]) || 1;
  // Signed distances of each end from the other segment's line, in px.
  const strictly = (p: number, q: number, length: number) => (p / length > EPSILON && q / length < -EPSILON) || (p / length < -EPSILON && q / length > EPSILON);
  return strictly(d1, d2, lengthB) && strictly(d3, d4, lengthA);
}

/** Pairs of edges that cross at least once. */
export function crossingPairs(edges: readonly Polyline[]): [string, string][] {
  const pairs: [string, string][] = [];
  const segments = edges.map((edge) => segmentsOf(edge.points));
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      if (segments[i].some((a) => segments[j].some((b) => segmentsCross(a, b)))) pairs.push([edges[i].id, edges[j].id]);
    }
  }
  return pairs;
}

/** True when the segment enters the inside of the box (running along its border does not count). */
export function segmentEntersBox([p, q]: [Point, Point], box: Omit<Box, 'id'>): boolean {
  // Liang-Barsky clipping against the box shrunk by EPSILON.
  const [x0, y0] = p;
  const dx = q[0] - x0;
  const dy = q[1] - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0 - (box.x + EPSILON)],
    [dx, box.x + box.width - EPSILON - x0],
    [-dy, y0 - (box.y + EPSILON)],
    [dy, box.y + box.height - EPSILON - y0],
  ];
  for (const [pk, qk] of edges) {
    if (pk === 0) {
      if (qk < 0) return false;
    } else {
      const t = qk / pk;
      if (pk < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return t1 - t0 > 1e-9;
}

/** Each edge with the boxes it passes through that are not its ends (boxes such as band labels have no edges). */
export function edgesThroughBoxes(edges: readonly Polyline[], boxes: readonly Box[]): { edge: string; box: string }[] {
  const hits: { edge: string; box: string }[] = [];
  for (const edge of edges) {
    for (const box of boxes) {
      if (box.id === edge.from || box.id === edge.to) continue;
      if (segmentsOf(edge.points).some((segment) => segmentEntersBox(segment, box))) hits.push({ edge: edge.id, box: box.id });
    }
  }
  return hits;
}

/** True when the point lies on the border of the box (within a pixel). */
export function onBorder([x, y]: Point, box: Omit<Box, 'id'>, tolerance = 1): boolean {
  const insideX = x >= box.x - tolerance && x <= box.x + box.width + tolerance;
  const insideY = y >= box.y - tolerance && y <= box.y + box.height + tolerance;
  const nearX = Math.abs(x - box.x) <= tolerance || Math.abs(x - box.x - box.width) <= tolerance;
  const nearY = Math.abs(y - box.y) <= tolerance || Math.abs(y - box.y - box.height) <= tolerance;
  return (insideX && nearY) || (insideY && nearX);
}

/**
 * The smallest distance between two parallel, overlapping straight stretches of different edges (horizontal with
 * horizontal, vertical with vertical); Infinity when no two run side by side. Zero means two edges share a stretch.
 */
export function smallestParallelGap(edges: readonly Polyline[]): { gap: number; edges?: [string, string] } {
  type Run = { edge: string; at: number; from: number; to: number };
  const horizontal: Run[] = [];
  const vertical: Run[] = [];
  for (const edge of edges) {
    for (const [p, q] of segmentsOf(edge.points)) {
      if (Math.abs(p[1] - q[1]) < 1e-6 && Math.abs(p[0] - q[0]) > EPSILON) horizontal.push({ edge: edge.id, at: p[1], from: Math.min(p[0], q[0]), to: Math.max(p[0], q[0]) });
      else if (Math.abs(p[0] - q[0]) < 1e-6 && Math.abs(p[1] - q[1]) > EPSILON) vertical.push({ edge: edge.id, at: p[0], from: Math.min(p[1], q[1]), to: Math.max(p[1], q[1]) });
    }
  }
  let best: { gap: number; edges?: [string, string] } = { gap: Infinity };
  for (const runs of [horizontal, vertical]) {
    runs.sort((a, b) => a.at - b.at);
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length && runs[j].at - runs[i].at < best.gap; j++) {
        const a = runs[i];
        const b = runs[j];
        if (a.edge === b.edge) continue;
        const overlap = Math.min(a.to, b.to) - Math.max(a.from, b.from);
        if (overlap > EPSILON) best = { gap: b.at - a.at, edges: [a.edge, b.edge] };
      }
    }
  }
  return best;
}
