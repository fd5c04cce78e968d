/**
 * How the wallboard lays out an incident's flows in the space it has: the number of columns
 * that gives every card the most room at about the shape of a chart, and whether each card can
 * afford a chart at all. Pure, so the layout at every TV size is tested without a browser.
 */
export interface FlowGrid {
  readonly columns: number;
  readonly rows: number;
  /** The chart's height in px in each card, or 0 when cards show their gauge only. */
  readonly chartHeight: number;
}

/** Width-to-height ratio a card's chart reads best at. */
const CARD_ASPECT = 2.4;

/**
 * @param count flows to show (≥ 1)
 * @param width the area's width, px
 * @param height the area's height, px
 * @param gap the gap between cards, px
 * @param headHeight a card's height without its chart (gauge, padding, borders), px
 * @param minChart the shortest chart worth drawing, px
 */
export function flowGrid(
  count: number,
  width: number,
  height: number,
  gap: number,
  headHeight: number,
  minChart: number,
): FlowGrid {
  const n = Math.max(1, count);
  let best: FlowGrid = { columns: n, rows: 1, chartHeight: 0 };
  let bestScore = -Infinity;
  for (let columns = 1; columns <= n; columns++) {
    const rows = Math.ceil(n / columns);
    if (rows > 1 && (rows - 1) * columns >= n) continue; // an empty last row
    const cardWidth = (width - gap * (columns - 1)) / columns;
    const cardHeight = (height - gap * (rows - 1)) / rows;
    const chart = Math.floor(cardHeight - headHeight);
    const fits = cardHeight >= headHeight;
    // The chart's usable area at the chart's own shape; gauge-only layouts rank below any chart.
    const score = !fits
      ? -Infinity
      : chart >= minChart
        ? Math.min(cardWidth / CARD_ASPECT, chart)
        : -1 / cardHeight;
    if (score > bestScore) {
      bestScore = score;
      best = { columns, rows, chartHeight: chart >= minChart ? chart : 0 };
    }
  }
  return best;
}
