/** Drawing operations produced by layout and consumed by the painter (PDF points, y up). */
import type { FontBook, Role } from './fonts.ts';
import type { Color } from './theme.ts';

/**
 * A structure element of the tagged PDF (Document, H1…H6, P, L/LI/Lbl/LBody, Table/TR/TH/TD,
 * Link, TOC/TOCI, Div). Kids are child elements, groups of drawing ops (one marked-content
 * sequence per page each) and link annotations, in reading order.
 */
export interface StructNode {
  type: string;
  kids: StructKid[];
  /** Extra dictionary entries, e.g. the attribute object of a header cell. */
  attrs?: string;
  /** Link target, to reuse one Link element for a link that wraps onto the next line. */
  href?: string;
  dest?: number;
}

export type StructKid = StructNode | { kind: 'mc'; ops: Op[] } | { kind: 'annot'; link: Link };

/** What a drawing op belongs to: a structure element, or (none) an artifact. */
export interface Tagged {
  tag?: StructNode;
  /** Running header/footer artifacts get their pagination subtype. */
  pagination?: 'Header' | 'Footer';
  /** Set when painted (tagged ops): page index and MCID of the marked content holding it. */
  mcPage?: number;
  mcid?: number;
}

export function newNode(type: string, parent?: StructNode, attrs?: string): StructNode {
  const node: StructNode = { type, kids: [] };
  if (attrs) node.attrs = attrs;
  parent?.kids.push(node);
  return node;
}

/** Record `op` as content of `node` (extending its last group of ops when that is the last kid). */
export function markOp<T extends Op>(node: StructNode | undefined, op: T): T {
  if (!node) return op;
  op.tag = node;
  const last = node.kids[node.kids.length - 1];
  if (last && 'kind' in last && last.kind === 'mc') last.ops.push(op);
  else node.kids.push({ kind: 'mc', ops: [op] });
  return op;
}

export type Op = Tagged &
  (
    | { kind: 'text'; x: number; y: number; text: string; role: Role; size: number; color: Color }
    | {
        kind: 'rect';
        x: number;
        y: number;
        w: number;
        h: number;
        fill?: Color;
        stroke?: Color;
        lineWidth?: number;
      }
    | {
        kind: 'line';
        x1: number;
        y1: number;
        x2: number;
        y2: number;
        width: number;
        color: Color;
        dots?: boolean;
      }
    | { kind: 'circle'; x: number; y: number; r: number; fill?: Color; stroke?: Color }
    /** Page number of a heading, filled in at paint time (contents page). */
    | { kind: 'pageref'; key: number; xRight: number; y: number; bold: boolean; size: number; color: Color }
    /** Background box that may continue over several pages (callouts, code); bottom set on close. */
    | BoxOp
  );

export interface BoxOp extends Tagged {
  kind: 'box';
  x: number;
  w: number;
  top: number;
  bottom: number;
  fill: Color;
  bar?: Color;
  stroke?: Color;
}

export interface Link {
  x: number;
  y: number;
  w: number;
  h: number;
  uri?: string;
  /** Heading key for an internal (GoTo) link. */
  dest?: number;
  /** The Link structure element (the annotation is its OBJR kid). */
  tag?: StructNode;
  /** Text of the link, the annotation's /Contents (its alternate description). */
  label?: string;
}

export interface Page {
  /** Drawn first: fills behind text (boxes, table shading, inline code). */
  bg: Op[];
  fg: Op[];
  links: Link[];
}

export interface Anchor {
  key: number;
  level: 1 | 2 | 3 | 4;
  title: string;
  page: number;
  /** Top of the heading, for the GoTo destination. */
  y: number;
}

export interface Layout {
  pages: Page[];
  anchors: Anchor[];
  /** The Document structure element. */
  root: StructNode;
}

/** Text ops for a single-style string, split per font; returns the ops and total width. */
export function plainText(
  book: FontBook,
  text: string,
  x: number,
  y: number,
  size: number,
  color: Color,
  bold = false,
): { ops: Op[]; width: number } {
  const ops: Op[] = [];
  let cx = x;
  for (const run of book.runs(text, bold, false)) {
    ops.push({ kind: 'text', x: cx, y, text: run.text, role: run.role, size, color });
    cx += run.em !== undefined ? run.em * size : book.width(run.text, run.role, size);
  }
  return { ops, width: cx - x };
}

/** Shorten text with an ellipsis so it fits `max` points. */
export function truncate(book: FontBook, text: string, bold: boolean, size: number, max: number): string {
  const width = (t: string) =>
    book.runs(t, bold, false).reduce((s, r) => s + book.width(r.text, r.role, size), 0);
  if (width(text) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (width(`${chars.slice(0, mid).join('').trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}
