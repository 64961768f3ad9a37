/**
 * Test helper: reads a PDF's structure with `qpdf --json` and checks what PDF/UA-1 asks of tagged
 * content that can be checked without veraPDF (not packaged for Debian or npm): every text and
 * path operator is inside marked content that is either an Artifact or has an MCID; every MCID of
 * every page is referenced from exactly one structure element (parent tree agrees); link
 * annotations are OBJR kids of Link elements; the catalog and pages carry the required entries.
 */
import { run } from './test-support.ts';

type Json = Record<string, unknown>;

export interface TagReport {
  /** Structure types in reading order (pre-order walk). */
  types: string[];
  /** Problems found; empty when the checks pass. */
  issues: string[];
  catalog: Json;
  pages: Json[];
  /** Per element: type and attributes dictionary (for TH /Scope). */
  elements: { type: string; attrs?: Json; kids: number }[];
  /** Marked content sequences per page: MCIDs in content order. */
  mcids: number[][];
}

/** Operators of a content stream, each with the operands before it (strings kept opaque). */
function operators(src: string): { op: string; args: string[] }[] {
  const out: { op: string; args: string[] }[] = [];
  let args: string[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(') {
      let depth = 0;
      const start = i;
      for (; i < src.length; i++) {
        const ch = src[i];
        if (ch === '\\') i++;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      i++;
      args.push(src.slice(start, i));
    } else if (c === '<' && src[i + 1] === '<') {
      args.push('<<');
      i += 2;
    } else if (c === '>' && src[i + 1] === '>') {
      args.push('>>');
      i += 2;
    } else if (c === '<') {
      const end = src.indexOf('>', i);
      args.push(src.slice(i, end + 1));
      i = end + 1;
    } else if (c === '[' || c === ']') {
      args.push(c);
      i++;
    } else {
      let j = i;
      while (j < src.length && !/[\s()<>[\]/]/.test(src[j] as string)) j++;
      if (j === i) j++; // a lone '/'
      if (c === '/') {
        let k = i + 1;
        while (k < src.length && !/[\s()<>[\]/]/.test(src[k] as string)) k++;
        j = k;
      }
      const tok = src.slice(i, j);
      i = j;
      if (/^[A-Za-z'"*]+\*?$/.test(tok) && !tok.startsWith('/') && tok !== 'true' && tok !== 'false') {
        out.push({ op: tok, args });
        args = [];
      } else args.push(tok);
    }
  }
  return out;
}

const PAINT = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*']);

export function checkTagged(file: string): TagReport {
  const json = JSON.parse(
    run('qpdf', ['--json', '--json-stream-data=inline', '--decode-level=generalized', file]),
  ) as { qpdf: [unknown, Record<string, { value?: Json; stream?: { dict: Json; data?: string } }>] };
  const objs = json.qpdf[1];
  const get = (r: unknown): Json => {
    const o = objs[`obj:${r}`];
    return (o?.value ?? o?.stream?.dict ?? {}) as Json;
  };
  const issues: string[] = [];
  const trailer = objs.trailer?.value as Json;
  const catalog = get(trailer['/Root']);
  const pageRefs = ((get(catalog['/Pages'])['/Kids'] as string[]) ?? []).slice();
  const pages = pageRefs.map(get);

  // Marked content per page.
  const mcids: number[][] = [];
  pageRefs.forEach((pr, pi) => {
    const page = get(pr);
    const c = objs[`obj:${page['/Contents']}`];
    const src = Buffer.from(c?.stream?.data ?? '', 'base64').toString('latin1');
    const stack: { tag: string; mcid?: number }[] = [];
    const seen: number[] = [];
    for (const { op, args } of operators(src)) {
      if (op === 'BDC' || op === 'BMC') {
        const m = args.indexOf('/MCID');
        const mcid = m >= 0 ? Number(args[m + 1]) : undefined;
        stack.push({ tag: args[0] as string, mcid });
        if (mcid !== undefined) seen.push(mcid);
      } else if (op === 'EMC') {
        if (!stack.pop()) issues.push(`page ${pi + 1}: EMC without BDC`);
      } else if (PAINT.has(op)) {
        const owner = stack.find((s) => s.tag === '/Artifact' || s.mcid !== undefined);
        if (!owner) issues.push(`page ${pi + 1}: ${op} outside tagged content or artifact`);
      }
    }
    if (stack.length) issues.push(`page ${pi + 1}: ${stack.length} marked-content sequences left open`);
    mcids.push(seen);
  });

  // Walk the structure tree.
  const types: string[] = [];
  const elements: TagReport['elements'] = [];
  const referenced = new Map<string, number>();
  const treeRoot = get(catalog['/StructTreeRoot']);
  const walk = (r: string): void => {
    const el = get(r);
    const type = String(el['/S']).slice(1);
    types.push(type);
    const kids = Array.isArray(el['/K']) ? (el['/K'] as unknown[]) : [el['/K']];
    elements.push({ type, attrs: el['/A'] as Json | undefined, kids: kids.length });
    for (const k of kids) {
      if (typeof k === 'number') {
        if (el['/Pg'] === undefined) issues.push(`${type}: bare MCID ${k} without /Pg`);
        const key = `${el['/Pg']}#${k}`;
        referenced.set(key, (referenced.get(key) ?? 0) + 1);
      } else if (typeof k === 'string') walk(k);
      else if (k && typeof k === 'object') {
        const d = k as Json;
        if (d['/Type'] === '/MCR') {
          const key = `${d['/Pg']}#${d['/MCID']}`;
          referenced.set(key, (referenced.get(key) ?? 0) + 1);
        } else if (d['/Type'] === '/OBJR') {
          const annot = get(d['/Obj']);
          if (type !== 'Link') issues.push(`OBJR inside ${type}, not Link`);
          if (annot['/StructParent'] === undefined) issues.push('link annotation without /StructParent');
          if (!annot['/Contents']) issues.push('link annotation without /Contents');
        }
      }
    }
  };
  walk(treeRoot['/K'] as string);
  pageRefs.forEach((pr, pi) => {
    for (const m of mcids[pi] ?? []) {
      const n = referenced.get(`${pr}#${m}`) ?? 0;
      if (n !== 1) issues.push(`page ${pi + 1}: MCID ${m} referenced by ${n} structure elements`);
    }
  });
  for (const key of referenced.keys()) {
    const [pr, m] = key.split('#');
    const pi = pageRefs.indexOf(pr as string);
    if (!mcids[pi]?.includes(Number(m))) issues.push(`structure refers to missing MCID ${key}`);
  }
  // Every annotation on a page is a tagged link.
  pages.forEach((p, pi) => {
    for (const a of (p['/Annots'] as string[] | undefined) ?? []) {
      if (get(a)['/StructParent'] === undefined)
        issues.push(`page ${pi + 1}: annotation ${a} not in the structure`);
    }
  });
  return { types, issues, catalog, pages, elements, mcids };
}

/** The XMP packet of the catalog's /Metadata stream. */
export function xmpOf(file: string): string {
  const json = JSON.parse(
    run('qpdf', ['--json', '--json-stream-data=inline', '--decode-level=generalized', file]),
  ) as {
    qpdf: [unknown, Record<string, { value?: Json; stream?: { data?: string } }>];
  };
  const objs = json.qpdf[1];
  const trailer = (objs.trailer?.value ?? {}) as Json;
  const root = (objs[`obj:${trailer['/Root']}`]?.value ?? {}) as Json;
  return Buffer.from(objs[`obj:${root['/Metadata']}`]?.stream?.data ?? '', 'base64').toString('utf8');
}
