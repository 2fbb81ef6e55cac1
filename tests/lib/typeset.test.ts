import { describe, expect, it } from 'vitest';
import { typesetHtml, typesetJsonText } from '../../src/lib/typeset';

describe('typesetHtml', () => {
  it('typesets the text of a page, across its inline elements', () => {
    expect(typesetHtml(`<p>How the dollar became the world&#39;s reserve</p>`)).toBe(
      '<p>How the dollar became the world’s reserve</p>',
    );
    expect(typesetHtml(`<li>ch. 2 "<a href="/x">The post-war system</a>", and <em>'bank money'</em></li>`)).toBe(
      '<li>ch. 2 “<a href="/x">The post-war system</a>”, and <em>‘bank money’</em></li>',
    );
    // A new block starts a new sentence: its first quote opens.
    expect(typesetHtml(`<p>end.</p><p>"Start"</p>`)).toBe('<p>end.</p><p>“Start”</p>');
  });

  it('typesets the attributes a reader reads or hears, and no other', () => {
    const page =
      `<meta name="description" content="the world's money"><meta name="x" content="it's">` +
      `<svg aria-label="The issuer's share"><title>The issuer's share</title></svg>` +
      `<img alt="a &quot;pattern&quot;" src="/a's.png"><a href="/x?q='a'" title="Bank of England's rate" data-notes="it's" data-cite-title="it's">x</a>`;
    expect(typesetHtml(page)).toBe(
      `<meta name="description" content="the world’s money"><meta name="x" content="it's">` +
        `<svg aria-label="The issuer’s share"><title>The issuer’s share</title></svg>` +
        `<img alt="a “pattern”" src="/a's.png"><a href="/x?q='a'" title="Bank of England’s rate" data-notes="it’s" data-cite-title="it's">x</a>`,
    );
  });

  it('leaves scripts, styles, code, preformatted text and comments exactly as written', () => {
    const page =
      `<script>const a = 'b';</script><style>@media (width<600px){a::before{content:"'"}}</style>` +
      `<pre>@misc{it's}</pre><!-- don't --><p>the <code>source</code>'s column</p><textarea>it's</textarea>`;
    expect(typesetHtml(page)).toBe(
      `<script>const a = 'b';</script><style>@media (width<600px){a::before{content:"'"}}</style>` +
        `<pre>@misc{it's}</pre><!-- don't --><p>the <code>source</code>’s column</p><textarea>it's</textarea>`,
    );
  });

  it("typesets the prose of the JSON a page's scripts show, and not its ids, addresses or queries", () => {
    expect(
      typesetJsonText(
        JSON.stringify({
          id: "a'b",
          url: "https://x.org/People's_Bank",
          query: "?q='x'",
          notes: "the world's",
          list: ["'a'"],
        }),
      ),
    ).toBe(
      JSON.stringify({
        id: "a'b",
        url: "https://x.org/People's_Bank",
        query: "?q='x'",
        notes: 'the world’s',
        list: ['‘a’'],
      }),
    );
    const inline = `<script type="application/json" data-chart-view>{"title":"The issuer's share","x":"</b>"}</script>`;
    expect(typesetHtml(inline)).toBe(
      `<script type="application/json" data-chart-view>{"title":"The issuer’s share","x":"\\u003c/b>"}</script>`,
    );
    const attr = `<p data-deck="{&quot;notes&quot;:&quot;a reserve currency's era&quot;,&quot;q&quot;:&quot;a&amp;b&quot;}">x</p>`;
    expect(typesetHtml(attr)).toBe(
      `<p data-deck="{&quot;notes&quot;:&quot;a reserve currency’s era&quot;,&quot;q&quot;:&quot;a&amp;b&quot;}">x</p>`,
    );
    expect(typesetJsonText("not json, isn't it")).toBe("not json, isn't it");
  });

  it('keeps a number and its percent or estimate sign on one line, in text, read attributes and JSON prose', () => {
    expect(typesetHtml('<p>from 8.9 % in 1870 to 18.9\n% in 1913</p><td>20.3 †</td>')).toBe(
      '<p>from 8.9\u00a0% in 1870 to 18.9\u00a0% in 1913</p><td>20.3\u00a0†</td>',
    );
    expect(typesetHtml('<svg aria-label="peaks at 19.1 %" data-x="5 %"></svg>')).toBe(
      '<svg aria-label="peaks at 19.1\u00a0%" data-x="5 %"></svg>',
    );
    expect(typesetJsonText(JSON.stringify({ summary: 'rates at 20 %', id: '5 %' }))).toBe(
      JSON.stringify({ summary: 'rates at 20\u00a0%', id: '5 %' }),
    );
    // Only after a digit: a sign standing for itself, and code, as written.
    const page = '<p>a % sign</p><code>x = 5 %</code>';
    expect(typesetHtml(page)).toBe(page);
  });

  it('returns a page without typewriter quotes or numbered signs unchanged', () => {
    const page = '<p>No quotes here — “already” typeset, 5\u00a0% already joined.</p>';
    expect(typesetHtml(page)).toBe(page);
  });
});
