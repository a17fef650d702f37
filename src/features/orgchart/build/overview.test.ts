import { describe, expect, it } from 'vitest';
import { balancedRows, COUNT_MARK, countMarkWidth, layoutOverview, overviewBoxFor, OVERVIEW_VARIANTS } from './overview.ts';
import { firstBaseline } from './layout.ts';
import { textWidth } from '../../diagram/build/font-metrics.ts';
import { OVERVIEW_BANDS, type Band } from './bands.ts';

const names = (band: Band) => ({ nl: band, en: band });
const box = (id: string, band: Band, width = 149, height = 40) => ({ id, band, width, height });

describe('balancedRows', () => {
  it('uses the fewest rows and spreads the boxes evenly over them', () => {
    const boxes = Array.from({ length: 14 }, (_, i) => ({ width: 100, i }));
    const rows = balancedRows(boxes, 650, 10);
    expect(rows.map((r) => r.length)).toEqual([5, 5, 4]);
    expect(rows.flat().map((b) => b.i)).toEqual(boxes.map((b) => b.i));
  });

  it('moves one of the next boxes up beside a box when the box after it is too wide for the room left', () => {
    const rows = balancedRows([{ width: 140, i: 0 }, { width: 190, i: 1 }, { width: 140, i: 2 }, { width: 140, i: 3 }], 300, 8);
    expect(rows.map((r) => r.map((b) => b.i))).toEqual([[0, 2], [1], [3]]);
  });

  it('gives a box wider than the width a row of its own', () => {
    expect(balancedRows([{ width: 500 }, { width: 50 }], 300, 10).map((r) => r.length)).toEqual([1, 1]);
  });
});

describe('overviewBoxFor', () => {
  it("keeps the name's last line clear of the count mark and the badge at the bottom right", () => {
    const box = OVERVIEW_VARIANTS.narrow.box;
    const names = { nl: 'Ministerie van Justitie en Veiligheid', en: 'Ministry of Justice and Security of the Netherlands' };
    for (const badged of [false, true]) {
      const placed = overviewBoxFor(names, box, { badged, counts: [12, 12, 12] });
      const markLeft = placed.width - COUNT_MARK.right - countMarkWidth([12]) - (badged ? 17 : 0);
      for (const lines of Object.values(placed.lines)) {
        const right = placed.width / 2 + textWidth(lines.at(-1)!, box.fontSize) / 2;
        const bottom = firstBaseline(placed.textHeight, lines.length, box) + (lines.length - 1) * box.lineHeight + 0.25 * box.fontSize;
        expect(right <= markLeft - 2 || bottom <= placed.height - COUNT_MARK.inside - 1).toBe(true);
      }
    }
  });
});

describe('layoutOverview', () => {
  const boxes = [
    ...Array.from({ length: 14 }, (_, i) => box(`rijk-${i}`, 'rijk')),
    ...Array.from({ length: 5 }, (_, i) => box(`int-${i}`, 'internationaal', 149, 70)),
    box('gemeenten', 'regionaal-en-lokaal'),
  ];

  it('puts the bands in the overview order, each box inside its band and within the width', () => {
    for (const variant of Object.values(OVERVIEW_VARIANTS)) {
      const layout = layoutOverview(boxes, names, variant);
      expect(layout.width).toBe(variant.width);
      expect(layout.bands.map((b) => b.band)).toEqual(OVERVIEW_BANDS.filter((band) => boxes.some((b) => b.band === band)));
      for (const b of boxes) {
        const [x, y] = layout.nodes[b.id];
        const band = layout.bands.find((placed) => placed.band === b.band)!;
        expect(x + b.width).toBeLessThanOrEqual(variant.width);
        expect(y).toBeGreaterThan(band.y + band.label.y - band.y);
        expect(y + b.height).toBeLessThanOrEqual(band.y + band.height);
      }
      for (let i = 1; i < layout.bands.length; i++) expect(layout.bands[i].y).toBeGreaterThanOrEqual(layout.bands[i - 1].y + layout.bands[i - 1].height);
      expect(layout.height).toBeGreaterThanOrEqual(layout.bands.at(-1)!.y + layout.bands.at(-1)!.height);
    }
  });

  it('never overlaps two boxes', () => {
    const layout = layoutOverview(boxes, names, OVERVIEW_VARIANTS.narrow);
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const [ax, ay] = layout.nodes[a.id];
        const [bx, by] = layout.nodes[b.id];
        expect(ax + a.width <= bx || bx + b.width <= ax || ay + a.height <= by || by + b.height <= ay).toBe(true);
      }
  });

  it('fits two boxes side by side on a phone', () => {
    const layout = layoutOverview(boxes, names, OVERVIEW_VARIANTS.narrow);
    expect(layout.nodes['rijk-1'][1]).toBe(layout.nodes['rijk-0'][1]);
    expect(layout.nodes['rijk-2'][1]).toBeGreaterThan(layout.nodes['rijk-0'][1]);
  });
});
