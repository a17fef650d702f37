/**
 * Whole labels for the timeline, placed without overlap. A label is wrapped to at most two lines of balanced width
 * (never cut), then set beside its mark: after it, or before it where it would run past the right edge. Within a
 * lane, labels go into text lines ("slots") packed greedily from the top: each label takes the lowest run of free
 * slots over its whole extent, so a slot is reused along the axis wherever the labels before it have ended.
 * Pure and deterministic.
 */

/** Splits a label into one line, or two lines whose longer one is as short as possible. */
export function wrapLabel(text: string, measure: (text: string) => number, maxLineWidth: number): string[] {
  if (measure(text) <= maxLineWidth) return [text];
  const words = text.split(' ');
  let best: string[] = [text];
  let bestWidth = measure(text);
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const width = Math.max(...lines.map(measure));
    if (width < bestWidth) {
      best = lines;
      bestWidth = width;
    }
  }
  return best;
}

export interface LabelBox {
  /** Left end and width of the mark, in px. */
  x: number;
  markWidth: number;
  labelWidth: number;
  lines: number;
}

export interface LabelSpacing {
  /** Gap between a mark and its label. */
  markGap: number;
  /** Least gap between two labels (or marks) on one line. */
  labelGap: number;
  /** Where labels must end: the right edge of the drawing. */
  right: number;
  /** Where labels must start: the left edge of the drawing. */
  left: number;
}

export interface PlacedLabel {
  /** First slot (text line) of the label; the mark sits on it. */
  slot: number;
  /** True when the label sits before (left of) its mark. */
  before: boolean;
  /** Horizontal extent of mark and label together. */
  from: number;
  to: number;
}

/** The horizontal extents of a mark with its label after it and before it; null where the label leaves the drawing. */
export function labelExtents(box: LabelBox, spacing: LabelSpacing): { after: [number, number] | null; before: [number, number] | null } {
  const afterEnd = box.x + box.markWidth + spacing.markGap + box.labelWidth;
  const beforeStart = box.x - spacing.markGap - box.labelWidth;
  return {
    after: afterEnd <= spacing.right ? [box.x, afterEnd] : null,
    before: beforeStart >= spacing.left ? [beforeStart, box.x + box.markWidth] : null,
  };
}

/** Taken extents of one slot, sorted by their start and never overlapping. */
class SlotLine {
  private starts: number[] = [];
  private ends: number[] = [];

  /** True when [from, to] keeps `gap` from every extent on this line. */
  isFree(from: number, to: number, gap: number): boolean {
    // The first extent that ends after `from - gap` is the only one that can come too close on the left or overlap.
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.ends[middle] + gap <= from) low = middle + 1;
      else high = middle;
    }
    return low === this.starts.length || this.starts[low] >= to + gap;
  }

  take(from: number, to: number): void {
    let index = this.starts.length;
    while (index > 0 && this.starts[index - 1] > from) index--;
    this.starts.splice(index, 0, from);
    this.ends.splice(index, 0, to);
  }
}

/**
 * Places the labels of one lane, each on the lowest free slots: after its mark, or before it where after would
 * leave the drawing. Returns one placement per box and the number of slots used.
 */
export function packLabels(boxes: readonly LabelBox[], spacing: LabelSpacing): { placed: PlacedLabel[]; slots: number } {
  const lines: SlotLine[] = [];
  const line = (index: number) => (lines[index] ??= new SlotLine());
  const lowestSlot = (extent: [number, number], count: number) => {
    for (let slot = 0; ; slot++) {
      let free = true;
      for (let l = slot; l < slot + count && free; l++) free = line(l).isFree(extent[0], extent[1], spacing.labelGap);
      if (free) return slot;
    }
  };
  const extents = boxes.map((box) => {
    const { after, before } = labelExtents(box, spacing);
    const isBefore = !after && before !== null;
    // A label wider than the drawing on both sides still goes after its mark: it is never cut.
    return { before: isBefore, extent: isBefore ? before! : (after ?? [box.x, box.x + box.markWidth + spacing.markGap + box.labelWidth]) };
  });
  // Left to right by where each label starts: for one-line labels this first fit uses the fewest slots possible.
  const order = boxes.map((_, index) => index).sort((a, b) => extents[a].extent[0] - extents[b].extent[0] || a - b);
  const placed: PlacedLabel[] = new Array(boxes.length);
  for (const index of order) {
    const { before, extent } = extents[index];
    const slot = lowestSlot(extent, boxes[index].lines);
    for (let l = slot; l < slot + boxes[index].lines; l++) line(l).take(extent[0], extent[1]);
    placed[index] = { slot, before, from: extent[0], to: extent[1] };
  }
  return { placed, slots: Math.max(0, ...placed.map((p, index) => p.slot + boxes[index].lines)) };
}
