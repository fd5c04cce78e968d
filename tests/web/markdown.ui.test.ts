// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../web/src/ui/Markdown';

/** Renders into a detached element, as React would, to inspect the resulting DOM. */
function render(source: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = renderMarkdown(source);
  return el;
}

describe('renderMarkdown', () => {
  it('should render the post-mortem markdown', () => {
    const el = render(
      '## Timeline\n\n- **15:02** alarms\n- [status page](https://status.example.com)',
    );
    expect(el.querySelector('h2')?.textContent).toBe('Timeline');
    expect(el.querySelector('li strong')?.textContent).toBe('15:02');
    expect(el.querySelector('a')?.getAttribute('href')).toBe('https://status.example.com');
  });

  it.each([
    { name: 'script tags', source: 'hi <script>alert(1)</script>', selector: 'script' },
    { name: 'event handlers', source: '<img src=x onerror="alert(1)">', selector: '[onerror]' },
    {
      name: 'javascript: links',
      source: '[click](javascript:alert(1))',
      selector: 'a[href^="javascript"]',
    },
    { name: 'iframes', source: '<iframe src="https://evil.example"></iframe>', selector: 'iframe' },
    {
      name: 'inline styles and forms',
      source: '<form action="/x"><input></form>',
      selector: 'form, input',
    },
  ])('should never produce $name', ({ source, selector }) => {
    const el = render(source);
    expect(el.querySelector(selector)).toBeNull();
  });

  it('should show raw HTML as the text it is', () => {
    expect(render('<b>bold?</b>').textContent).toContain('<b>bold?</b>');
  });
});
