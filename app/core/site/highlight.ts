/**
 * Code highlighted at build time (highlight.js), so pages need no script to show it: docs' code
 * blocks and the definitions of gRPC and tRPC APIs, as Backstage shows those. A language it does
 * not know, or code past HIGHLIGHT_LIMIT, is shown plain.
 */
import hljs from 'highlight.js/lib/common';
import graphql from 'highlight.js/lib/languages/graphql';
import protobuf from 'highlight.js/lib/languages/protobuf';
import { escapeHtml } from './html.ts';

hljs.registerLanguage('graphql', graphql);
hljs.registerLanguage('protobuf', protobuf);
hljs.registerAliases(['proto'], { languageName: 'protobuf' });

/** Past this many characters, code is shown plain: highlighting is for reading, not for megabytes. */
export const HIGHLIGHT_LIMIT = 200_000;

/** The code's HTML (spans with hljs classes), for inside `<pre><code>`. */
export function highlight(code: string, language: string | undefined): string {
  const lang = language?.toLowerCase();
  if (!lang || code.length > HIGHLIGHT_LIMIT || !hljs.getLanguage(lang)) return escapeHtml(code);
  return hljs.highlight(code, { language: lang, ignoreIllegals: true }).value;
}

/** A whole `<pre>` block. */
export const codeBlock = (code: string, language: string | undefined): string =>
  `<pre class="code"><code class="hljs${language ? ` language-${escapeHtml(language)}` : ''}">${highlight(code, language)}</code></pre>`;
