/**
 * Arrow-key movement between items laid out in two dimensions. Left and right follow reading order (along the row,
 * then on to the next or previous row); up and down go to the nearest item straight above or below.
 */
export interface NavItem {
  id: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

export function readingOrder(items: readonly NavItem[]): NavItem[] {
  return [...items].sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
}

export function nearestInDirection(items: readonly NavItem[], currentId: string, direction: Direction): string | undefined {
  const current = items.find((item) => item.id === currentId);
  if (!current) return items[0]?.id;
  if (direction === 'left' || direction === 'right') {
    const ordered = readingOrder(items);
    const index = ordered.indexOf(current);
    return ordered[index + (direction === 'right' ? 1 : -1)]?.id;
  }
  let best: { id: string; score: number } | undefined;
  for (const item of items) {
    if (item.id === currentId) continue;
    const along = direction === 'up' ? current.y - item.y : item.y - current.y;
    if (along <= 0) continue;
    // Prefer items straight above or below: distance sideways counts three times as much.
    const score = along + 3 * Math.abs(item.x - current.x);
    if (!best || score < best.score || (score === best.score && item.id < best.id)) best = { id: item.id, score };
  }
  return best?.id;
}
