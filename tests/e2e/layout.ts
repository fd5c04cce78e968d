import type { Page } from 'playwright-core';

/**
 * What is wrong with the wallboard's layout, in words (empty when nothing): the page scrolls;
 * a block leaves the screen; a flow card overlaps another, runs under the component grid, or
 * clips its gauge or chart; a title or figure is cut off. The wallboard clips rather than
 * scrolls, so every clip is checked here rather than trusted to a scrollbar.
 */
export async function wallboardLayoutProblems(page: Page): Promise<string[]> {
  const problems: unknown = await page.evaluate(`(() => {
    const problems = [];
    const root = document.documentElement;
    const W = root.clientWidth, H = root.clientHeight;
    if (root.scrollHeight > H || root.scrollWidth > W) problems.push('the page scrolls');
    const name = (el) => el.className.toString().split(' ')[0] || el.tagName;
    const box = (el) => el.getBoundingClientRect();
    const inside = (a, b) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    const screen = { left: 0, top: 0, right: W, bottom: H };
    const blocks = ['.wb-header', '.wb-title', '.wb-latest', '.wb-recovery', '.flow', '.gauge', '.wb-main canvas', '.wb-components', '.wb-elapsed'];
    for (const selector of blocks)
      for (const el of document.querySelectorAll(selector))
        if (!inside(box(el), screen)) problems.push(selector + ' leaves the screen');
    const flows = [...document.querySelectorAll('.wb-recovery .flow')];
    const grid = document.querySelector('.wb-components');
    flows.forEach((flow, i) => {
      const f = box(flow);
      if (grid && f.bottom > box(grid).top + 1) problems.push('flow ' + i + ' runs under the component grid');
      for (const part of flow.querySelectorAll('.gauge, .gauge-flow, .gauge-value, canvas'))
        if (!inside(box(part), f)) problems.push('flow ' + i + ' clips its ' + name(part));
      flows.slice(i + 1).forEach((other, j) => {
        const o = box(other);
        if (f.left < o.right - 1 && o.left < f.right - 1 && f.top < o.bottom - 1 && o.top < f.bottom - 1)
          problems.push('flow ' + i + ' overlaps flow ' + (i + j + 1));
      });
    });
    const order = ['.wb-title', '.wb-latest', '.wb-recovery', '.wb-components'].map((s) => document.querySelector(s)).filter(Boolean);
    for (let i = 1; i < order.length; i++)
      if (box(order[i]).top < box(order[i - 1]).bottom - 1) problems.push(name(order[i]) + ' overlaps ' + name(order[i - 1]));
    for (const el of document.querySelectorAll('.wb-title, .gauge-value, .gauge-flow, .wb-elapsed, .wb-clock, .connection, .wb-components'))
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) problems.push(name(el) + ' is cut off');
    return problems;
  })()`);
  if (!Array.isArray(problems) || !problems.every((p) => typeof p === 'string')) {
    throw new Error(`unexpected layout report: ${JSON.stringify(problems)}`);
  }
  return problems;
}

/**
 * Text of the wallboard's flow rows (each card's name, kind, figure and unit) that runs onto a
 * second line: each text node must lie on one line, and a figure with its unit too (two pieces
 * of text are on different lines when one starts below where the other ends).
 */
export async function wrappedFlowText(page: Page): Promise<string[]> {
  const wrapped: unknown = await page.evaluate(`(() => {
    const wrapped = [];
    const rectsOf = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    };
    const oneLine = (rects) => rects.every((a) => rects.every((b) => a.top < b.bottom - 1 && b.top < a.bottom - 1));
    document.querySelectorAll('.wb-recovery .flow').forEach((flow, i) => {
      const name = flow.getAttribute('data-flow');
      const walker = document.createTreeWalker(flow.querySelector('.gauge-head') ?? flow, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim()) continue;
        if (!oneLine(rectsOf(node))) wrapped.push('flow ' + i + ' (' + name + '): "' + node.textContent.trim() + '" wraps');
      }
      const value = flow.querySelector('.gauge-value');
      if (value && !oneLine(rectsOf(value))) wrapped.push('flow ' + i + ' (' + name + '): the figure and its unit "' + value.textContent.trim() + '" are on two lines');
    });
    return wrapped;
  })()`);
  if (!Array.isArray(wrapped) || !wrapped.every((p) => typeof p === 'string')) {
    throw new Error(`unexpected wrap report: ${JSON.stringify(wrapped)}`);
  }
  return wrapped;
}

/**
 * Waits until every chart on the page has drawn its canvas and the layout has settled: the
 * wallboard sizes its charts from the space it measures, so a check made mid-resize would judge
 * a layout nobody sees.
 */
export async function chartsDrawn(page: Page): Promise<void> {
  // Polled from here, not with waitForFunction: the page's CSP forbids what it evaluates.
  let previous: unknown = null;
  for (let waited = 0; ; waited += 250) {
    const shape: unknown = await page.evaluate(`(() => {
      const charts = [...document.querySelectorAll('.chart')];
      if (!charts.every((c) => c.querySelector('canvas'))) return null;
      return JSON.stringify(
        [...document.querySelectorAll('.flow, .chart canvas')].map((e) => {
          const b = e.getBoundingClientRect();
          return [b.top, b.bottom, b.left, b.right].map(Math.round);
        }),
      );
    })()`);
    if (typeof shape === 'string' && shape === previous) return;
    previous = shape;
    if (waited >= 10_000) throw new Error('the charts never settled within 10 s');
    await page.waitForTimeout(250);
  }
}
