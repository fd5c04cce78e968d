import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { useMemo } from 'react';

const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/))/i;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Markdown without raw HTML: HTML written in the source is shown as text, and links or images
 * to anything but http(s), mailto or this site lose their target.
 */
const markdown = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
  walkTokens: (token) => {
    if (token.type !== 'link' && token.type !== 'image') return;
    const href: unknown = token.href;
    if (typeof href !== 'string' || !SAFE_URL.test(href.trim())) token.href = '#';
  },
});

/**
 * Markdown rendered to HTML by marked, then sanitised by DOMPurify (defence in depth): no script,
 * event handler or `javascript:` URL reaches the page.
 */
export function renderMarkdown(source: string): string {
  const html = markdown.parse(source, { async: false });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

/** A block of user-written Markdown, rendered safely. */
export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
