/**
 * The marks in a box's top right corner in the difference view: a plus in a square for an actor that exists only in
 * the proposal, a diamond for one whose role changes. The chart and its legend draw them from here, so they match.
 */
export type Badge = 'new' | 'changed';

/** The SVG path of a badge in a box whose right edge is at `right`. */
export function badgePath(badge: Badge, right: number): string {
  return badge === 'new'
    ? `M${right - 16},4h12v12h-12z M${right - 10},6v8 M${right - 14},10h8`
    : `M${right - 10},3l7,7l-7,7l-7,-7z`;
}
