// The wizard's first chunk inlined into wizard.html: on slow 4G every request after the HTML costs
// a round trip (400 ms, bench/wizard-speed.ts), so the code that makes Next work arrives with the
// page. The lazy chunks (result screen, PDF, incident files) still import preact, the questions
// and the rest from the first chunk's URL; an inline module has no URL, so:
// - the inline code ends by putting its exports on a global (FIRST_CHUNK_GLOBAL) instead of
//   `export { … }`, and resolves its dynamic imports and Vite's preload dependencies against the
//   first chunk's URL (`chunkUrl`, set by the page) instead of import.meta.url (the page's URL);
// - the first chunk's file becomes a shim that re-exports those values under the same names, so
//   the lazy chunks get the one instance of every module (one preact: hooks work across chunks).
// The shim is evaluated only by a lazy chunk's import, after the inline module has run; its
// exports are copies, so every exported binding must keep its first value (checked here).

/** The global the inline first chunk puts its exports on (read by the shim). */
export const FIRST_CHUNK_GLOBAL = '__ndbWizardFirst';
/** The variable the page sets before the inline code: the first chunk's absolute URL. */
export const CHUNK_URL_VARIABLE = '__ndbFirstChunkUrl';

export interface InlinedChunk {
  /** The module's code for an inline `<script type="module">`, after the page's URL prefix. */
  inline: string;
  /** What the chunk's file holds from now on: the shim the lazy chunks import. */
  shim: string;
}

const EXPORTS = /export\s*\{([^}]*)\};?\s*$/;
const DYNAMIC_IMPORT = /\bimport\((`|")\.\/([^`"]+\.js)\1\)/g;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Splits a built first chunk into its inline form and its shim; throws if the code is not of the expected shape. */
export function inlineFirstChunk(code: string, fileName: string): InlinedChunk {
  const exports = EXPORTS.exec(code);
  if (!exports) throw new Error(`inline first chunk: ${fileName} does not end with one export list`);
  const pairs = (exports[1] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => {
      const [local = '', exported = local] = p.split(/\s+as\s+/);
      if (!IDENTIFIER.test(local) || !IDENTIFIER.test(exported))
        throw new Error(`inline first chunk: ${fileName} exports "${p}", not a plain name`);
      return [local, exported] as const;
    });
  let body = code.slice(0, exports.index);
  for (const [local] of pairs) checkNeverReassigned(body, local, fileName);
  if (/<!--|<\/script/i.test(body))
    throw new Error(
      `inline first chunk: ${fileName} holds "<!--" or "</script", which an inline script cannot`,
    );
  body = body
    .replaceAll('import.meta.resolve', '(void 0)')
    .replaceAll('import.meta.url', CHUNK_URL_VARIABLE)
    .replace(
      DYNAMIC_IMPORT,
      (_, _q, file: string) => `import(new URL(${JSON.stringify(`./${file}`)},${CHUNK_URL_VARIABLE}).href)`,
    );
  if (/\bimport\s*\.\s*meta\b|\bimport\s*\(\s*[^n]/.test(body) || /(^|[;}])\s*import\s*[{"'`\w*]/.test(body))
    throw new Error(
      `inline first chunk: ${fileName} has an import or import.meta this rewrite does not handle`,
    );
  const table = pairs.map(([local, exported]) => `${exported}:${local}`).join(',');
  const inline = `${body}globalThis.${FIRST_CHUNK_GLOBAL}={${table}};`;
  // Exported names are the minifier's (a, B, _ …): the shim's own variable is one they cannot be.
  const shim = `const ${FIRST_CHUNK_GLOBAL}$=globalThis.${FIRST_CHUNK_GLOBAL};export const ${pairs.map(([, e]) => `${e}=${FIRST_CHUNK_GLOBAL}$.${e}`).join(',')};\n`;
  return { inline, shim };
}

/** The shim copies each export once: an export assigned again after its declaration would go stale. */
function checkNeverReassigned(body: string, local: string, fileName: string): void {
  const name = local.replace(/\$/g, '\\$');
  // An assignment: the name not after `.`, `let`/`const`/`var`/`,` of a declaration list is allowed
  // once (its declaration); any other `name =`, `name +=`, `name ??=` … or `name++` is a reassignment.
  const assignments = [
    ...body.matchAll(
      new RegExp(`(^|[^\\w$.])${name}\\s*(?:[-+*/%&|^]|\\*\\*|<<|>>>?|\\?\\?|&&|\\|\\|)?=(?!=)`, 'g'),
    ),
  ];
  const updates = new RegExp(`(^|[^\\w$.])${name}\\s*(\\+\\+|--)|(\\+\\+|--)\\s*${name}(?![\\w$])`).test(
    body,
  );
  const declaredWithValue = new RegExp(`(?:\\b(?:let|const|var)\\s+|,)${name}\\s*=(?!=)`).test(body);
  if (updates || assignments.length > (declaredWithValue ? 1 : 0))
    throw new Error(
      `inline first chunk: ${fileName} exports ${local}, which is assigned after its declaration`,
    );
}
