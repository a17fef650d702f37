/** Half the width of a year label on the timeline's axis; the label is centred on its tick. */
export const YEAR_LABEL_HALF_WIDTH = 16;

/** True when a year tick at `x` shows its whole label in a timeline `width` wide (no year cut off by an edge). */
export function tickLabelFits(x: number, width: number): boolean {
  return x >= YEAR_LABEL_HALF_WIDTH && x <= width - YEAR_LABEL_HALF_WIDTH;
}
