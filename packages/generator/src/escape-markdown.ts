// Escaping of user-supplied text for the Markdown source. Everything a practice types (names,
// addresses, vendor names) goes through `escapeMarkdown` so it renders literally in plan.md,
// plan.html and plan.pdf: no emphasis, links (autolinks included), raw HTML, entities, table cells
// or block syntax.

// ASCII punctuation with a meaning somewhere in CommonMark + GFM tables/strikethrough. Escaping a
// punctuation character that has no meaning is harmless (CommonMark allows `\` before any of them).
const INLINE = /[\\`*_[\]<>&|~!{}#]/g;
// Block syntax that only matters at the start of a line: list bullets, thematic breaks and setext
// underlines (- + =), ordered list markers ("1. " "1)"; not "1.2"); `#`, `>` are escaped above.
const LINE_START = /^([-+=]|\d{1,9}(?=[.)](?:[ \t]|$)))/;

// Autolinks: GitHub-style renderers (GFM autolink literals, markdown-it's linkify) turn bare
// https://…, www.… and name@host.tld into live links, which a practice never meant to publish
// from, say, a vendor's name. A backslash before the ":" of "scheme:", the "." of "name.tld" and
// every "@" splits each pattern in the source while rendering the same visible text.
const AUTOLINK = /(?<=[A-Za-z])(:)(?=\/\/)|(?<=\b(?:mailto|xmpp))(:)|(?<=[A-Za-z0-9])(\.)(?=[A-Za-z])|(@)/gi;

/**
 * One line of literal text as Markdown. Line breaks (only possible in free-text notes) become spaces
 * because a template places the value inside a line; surrounding whitespace is dropped because
 * leading spaces would start an indented code block and trailing ones a hard break.
 */
export function escapeMarkdown(value: string): string {
  const line = String(value)
    .replace(/\r\n?|\n|[\u2028\u2029\u0085]/g, ' ')
    .replace(/^[ \t]+|[ \t]+$/g, '');
  const escaped = line.replace(INLINE, '\\$&').replace(AUTOLINK, '\\$&');
  return escaped.replace(LINE_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** Percent-encode the characters that could end or break a Markdown link destination. */
export function escapeLinkDestination(url: string): string {
  return url.replace(
    /[\s<>()\\[\]`"'*_|{}]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
