import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown, stripTags } from './markdown';

describe('article Markdown', () => {
  it('renders the subset help articles use', () => {
    const html = renderMarkdown(
      '# Title\n\nA *short* paragraph\nwrapped, with **bold** and `code`.\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n```\nPOST /v1\n{"a": 1}\n```\n\n| Port | Use |\n|---|---|\n| 993 | IMAP |\n\n---',
    );
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<p>A <em>short</em> paragraph wrapped, with <strong>bold</strong> and <code>code</code>.</p>');
    expect(html).toContain('<ul><li>one</li><li>two</li></ul>');
    expect(html).toContain('<ol><li>first</li><li>second</li></ol>');
    expect(html).toContain('<blockquote><p>quoted</p></blockquote>');
    expect(html).toContain('<pre><code>POST /v1\n{&#34;a&#34;: 1}</code></pre>'.replace(/&#34;/g, '"'));
    expect(html).toContain('<table><thead><tr><th>Port</th><th>Use</th></tr></thead><tbody><tr><td>993</td><td>IMAP</td></tr></tbody></table>');
    expect(html).toContain('<hr />');
  });

  it('keeps variables like {{1}} and snake_case words as they are', () => {
    expect(renderMarkdown('Use `{{1}}` in the_template_name')).toBe('<p>Use <code>{{1}}</code> in the_template_name</p>');
  });

  it('never lets markup or script URLs through', () => {
    const vectors = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click](javascript:alert(1))',
      '![x](javascript:alert(1))',
      '[x](https://ok.example "title" onclick="alert(1)")',
      '<a href="javascript:alert(1)">x</a>',
      '`</code><script>alert(1)</script>`',
    ];
    for (const v of vectors) {
      const html = renderMarkdown(v);
      expect(html, v).not.toMatch(/<script/i);
      expect(html, v).not.toMatch(/<[^>]*(onerror|onclick|javascript:)/i);
    }
    expect(renderMarkdown('[site](https://example.com)')).toBe('<p><a href="https://example.com" rel="nofollow noopener noreferrer">site</a></p>');
  });

  it('gives search the words without syntax or link targets', () => {
    const text = markdownToText('## Set **up**\n\n- Open [the panel](https://x.example/secret-path)\n- `D360-API-KEY`\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(text).toContain('Set up');
    expect(text).toContain('Open the panel');
    expect(text).toContain('D360-API-KEY');
    expect(text).not.toContain('secret-path');
    expect(text).not.toMatch(/[#*|`]/);
  });

  it('strips tags from plain text a person typed, keeping the characters', () => {
    expect(stripTags('<b>Hi</b> a < b & "c" <script>x()</script>')).toBe('Hi a < b & "c" ');
  });
});
