/**
 * Page content streams written directly as PDF operator text. pdf-lib's drawText/drawRectangle
 * build an object per operator and format every number through validators; for a 30-page plan
 * that was most of the render time. Glyph ids come from the document's FontUse (font-embed.ts),
 * which also records the glyphs for subsetting, so user text never appears in the stream: only
 * escaped glyph-id bytes do.
 */
import { textString } from './pdf-file.ts';
import type { Color } from './theme.ts';

const DIGITS2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/**
 * Compact, locale-free number formatting (2 decimals is well below print resolution). The same
 * text as `String(Math.round(n * 100) / 100)` (the shortest round-trip form of a hundredth is
 * that hundredth's decimals), built from the integer number of hundredths: String() of a
 * fraction runs the shortest-digits search, and this is on every coordinate of every page.
 */
export function num(n: number): string {
  const h = Math.round(n * 100);
  if (!(Math.abs(h) < 1e15)) return Number.isFinite(h) ? String(h / 100) : '0';
  if (h === 0) return '0';
  const a = h < 0 ? -h : h;
  const int = Math.floor(a / 100);
  const frac = a - int * 100;
  const sign = h < 0 ? '-' : '';
  if (frac === 0) return `${sign}${int}`;
  return frac % 10 === 0 ? `${sign}${int}.${frac / 10}` : `${sign}${int}.${DIGITS2[frac]}`;
}

// Colours are shared constants (theme.ts), so each one's operator text is formatted once, not per op.
const fillOps = new WeakMap<Color, string>();
const strokeOps = new WeakMap<Color, string>();
function colorOp(c: Color, op: 'rg' | 'RG'): string {
  const cache = op === 'rg' ? fillOps : strokeOps;
  let s = cache.get(c);
  if (s === undefined) {
    s = `${num(c[0])} ${num(c[1])} ${num(c[2])} ${op}`;
    cache.set(c, s);
  }
  return s;
}

const KAPPA = 0.5522847498;

/**
 * Operator text for one page. Every byte here is compressed, and compression is the largest single
 * cost of a render, so the writer keeps graphics and text state and writes only what changes:
 * fill and stroke colours and line width are set once until they change (a content stream starts
 * from the default state: solid lines, butt caps), the first text position in a text object is a short
 * `Td`, and a run of marked-content sequences that hold
 * only text shares one text object (BDC/EMC may sit inside BT/ET as long as each sequence begun
 * inside a text object also ends inside it, ISO 32000-1 §14.6).
 */
export class ContentWriter {
  private readonly out: string[] = [];
  private inText = false;
  /** Whether the open marked-content sequence began inside the current text object. */
  private markedInText = false;
  private fill = '';
  private fillColor: Color | undefined;
  private stroke = '';
  private lineWidth = -1;
  private font = '';
  /** No text positioned yet in this text object (its line matrix is still the identity). */
  private freshText = false;

  private endText(): void {
    if (this.inText) {
      this.out.push('ET');
      this.inText = false;
      // The font (Tf) is text state, kept across text objects: no need to set it again.
    }
  }

  private beginText(): void {
    if (!this.inText) {
      this.out.push('BT');
      this.inText = true;
      this.freshText = true;
    }
  }

  private setFill(c: Color): void {
    if (c === this.fillColor) return;
    this.fillColor = c;
    const op = colorOp(c, 'rg');
    if (op !== this.fill) {
      this.out.push(op);
      this.fill = op;
    }
  }

  /** Stroke colour and width, each written only when it changes. */
  private setStroke(c: Color, width: number): void {
    const op = colorOp(c, 'RG');
    if (op !== this.stroke) {
      this.out.push(op);
      this.stroke = op;
    }
    const w = Math.round(width * 100) / 100;
    if (w !== this.lineWidth) {
      this.out.push(`${num(w)} w`);
      this.lineWidth = w;
    }
  }

  /**
   * Start a marked-content sequence: `/P<</MCID 3>>` (BDC) or a bare `/Artifact` (BMC).
   * `textOnly`: the sequence holds only plain text ops, so it may open inside a text object.
   */
  beginMarked(tagAndProps: string, withProperties = true, textOnly = false): void {
    if (textOnly) this.beginText();
    else this.endText();
    this.markedInText = textOnly;
    this.out.push(`${tagAndProps}${withProperties ? 'BDC' : ' BMC'}`);
  }

  endMarked(): void {
    if (!this.markedInText) this.endText();
    this.out.push('EMC');
    this.markedInText = false;
  }

  /** `glyphs` is an already-encoded, escaped PDF string of glyph ids (see render.ts encode()). */
  text(fontName: string, size: number, x: number, y: number, glyphs: string, color: Color): void {
    this.setFill(color);
    this.beginText();
    const tf = `/${fontName} ${num(size)} Tf`;
    if (tf !== this.font) {
      this.out.push(tf);
      this.font = tf;
    }
    // The first position in a text object is a Td from the identity (the same numbers as a Tm,
    // 8 bytes shorter). Later ones stay absolute Tm: a relative Td would make the reader add two
    // rounded decimals, and that sum can differ from the absolute value in the last bit, which
    // moves a glyph's anti-aliasing (measured: pages no longer pixel-identical).
    if (this.freshText) {
      this.out.push(`${num(x)} ${num(y)} Td${glyphs}Tj`);
      this.freshText = false;
    } else this.out.push(`1 0 0 1 ${num(x)} ${num(y)} Tm${glyphs}Tj`);
  }

  /**
   * Shaped glyphs: runs of glyphs that sit where the font's own advances put them go in one Tj;
   * a glyph moved by the shaper (a mark offset, a kerned or zero advance) starts a new Tm.
   * `actual` is the logical text, as ActualText, so extraction and copy give the words, not
   * the glyphs' visual order.
   */
  shapedText(
    fontName: string,
    size: number,
    x: number,
    y: number,
    glyphs: {
      bytes: string;
      /** Glyph origin from the run's start, in ems (advance and shaper offset applied). */
      x: number;
      dy: number;
      pdfAdvance: number;
      /** Logical text of a cluster that starts here (its glyphs get their own ActualText span). */
      spanStart?: string;
      spanEnd?: boolean;
    }[],
    color: Color,
    actual: string | null,
  ): void {
    this.endText();
    if (actual) this.out.push(`/Span<</ActualText ${actual}>>BDC`);
    this.setFill(color);
    this.out.push('BT');
    this.inText = true;
    this.out.push(`/${fontName} ${num(size)} Tf`);
    let pdfPen = Number.NaN;
    let run = '';
    const flush = () => {
      if (run) this.out.push(`(${run})Tj`);
      run = '';
    };
    for (const g of glyphs) {
      if (g.spanStart !== undefined) {
        flush();
        this.out.push(`/Span<</ActualText ${textString(g.spanStart)}>>BDC`);
      }
      if (g.dy !== 0 || !(Math.abs(g.x - pdfPen) <= 1e-3)) {
        flush();
        this.out.push(`1 0 0 1 ${num(x + g.x * size)} ${num(y + g.dy * size)} Tm`);
      }
      run += g.bytes;
      pdfPen = g.dy !== 0 ? Number.NaN : g.x + g.pdfAdvance;
      if (g.spanEnd) {
        flush();
        this.out.push('EMC');
      }
    }
    flush();
    this.out.push('ET');
    if (actual) this.out.push('EMC');
    this.inText = false;
    this.font = '';
  }

  rect(x: number, y: number, w: number, h: number, fill?: Color, stroke?: Color, lineWidth = 0.5): void {
    if (!fill && !stroke) return;
    this.endText();
    if (fill) this.setFill(fill);
    if (stroke) this.setStroke(stroke, lineWidth);
    this.out.push(`${num(x)} ${num(y)} ${num(w)} ${num(h)} re ${fill && stroke ? 'B' : fill ? 'f' : 'S'}`);
  }

  line(x1: number, y1: number, x2: number, y2: number, width: number, color: Color, dots = false): void {
    this.endText();
    const path = `${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`;
    if (dots) {
      // Dotted leaders: zero-length dashes with round caps draw as dots. Inside q/Q, so the dash
      // and cap (and this colour and width) do not leak: solid lines rely on the default state.
      this.out.push(`q ${colorOp(color, 'RG')} ${num(width)} w 1 J [0 2.6] 0 d ${path} Q`);
      return;
    }
    this.setStroke(color, width);
    this.out.push(path);
  }

  circle(cx: number, cy: number, r: number, fill?: Color, stroke?: Color): void {
    this.endText();
    const k = r * KAPPA;
    const p = (x: number, y: number) => `${num(x)} ${num(y)}`;
    const path = [
      `${p(cx + r, cy)} m`,
      `${p(cx + r, cy + k)} ${p(cx + k, cy + r)} ${p(cx, cy + r)} c`,
      `${p(cx - k, cy + r)} ${p(cx - r, cy + k)} ${p(cx - r, cy)} c`,
      `${p(cx - r, cy - k)} ${p(cx - k, cy - r)} ${p(cx, cy - r)} c`,
      `${p(cx + k, cy - r)} ${p(cx + r, cy - k)} ${p(cx + r, cy)} c`,
    ].join(' ');
    if (fill) this.setFill(fill);
    if (stroke) this.setStroke(stroke, 0.7);
    this.out.push(`${path} ${fill ? 'f' : 'S'}`);
  }

  finish(): string {
    this.endText();
    return this.out.join('\n');
  }
}
