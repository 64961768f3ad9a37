/**
 * Page content streams written directly as PDF operator text. pdf-lib's drawText/drawRectangle
 * build an object per operator and format every number through validators; for a 30-page plan
 * that was most of the render time. Glyph ids come from the document's FontUse (font-embed.ts),
 * which also records the glyphs for subsetting, so user text never appears in the stream: only
 * escaped glyph-id bytes do.
 */
import { ByteSink } from './byte-sink.ts';
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

/** Writes a text string's glyph ids (see FontUse.encodeInto) into a content stream. */
export interface GlyphEncoder {
  encodeInto(text: string, out: ByteSink): void;
}

/**
 * Operator text for one page, written as bytes (operators one per line). Every byte here is
 * compressed, and compression is the largest single cost of a render, so the writer keeps
 * graphics and text state and writes only what changes:
 * fill and stroke colours and line width are set once until they change (a content stream starts
 * from the default state: solid lines, butt caps), the first text position in a text object is a short
 * `Td`, and a run of marked-content sequences that hold
 * only text shares one text object (BDC/EMC may sit inside BT/ET as long as each sequence begun
 * inside a text object also ends inside it, ISO 32000-1 §14.6).
 */
export class ContentWriter {
  private readonly out = new ByteSink();
  private inText = false;
  /** Whether the open marked-content sequence began inside the current text object. */
  private markedInText = false;
  private fill = '';
  private fillColor: Color | undefined;
  private stroke = '';
  private lineWidth = -1;
  private font = '';
  private fontName = '';
  private fontSize = Number.NaN;
  /** No text positioned yet in this text object (its line matrix is still the identity). */
  private freshText = false;

  /** Start the next operator line. */
  private next(): ByteSink {
    if (this.out.length > 0) this.out.byte(10);
    return this.out;
  }

  private push(s: string): void {
    this.next().ascii(s);
  }

  private endText(): void {
    if (this.inText) {
      this.push('ET');
      this.inText = false;
      // The font (Tf) is text state, kept across text objects: no need to set it again.
    }
  }

  private beginText(): void {
    if (!this.inText) {
      this.push('BT');
      this.inText = true;
      this.freshText = true;
    }
  }

  private setFill(c: Color): void {
    if (c === this.fillColor) return;
    this.fillColor = c;
    const op = colorOp(c, 'rg');
    if (op !== this.fill) {
      this.push(op);
      this.fill = op;
    }
  }

  /** Stroke colour and width, each written only when it changes. */
  private setStroke(c: Color, width: number): void {
    const op = colorOp(c, 'RG');
    if (op !== this.stroke) {
      this.push(op);
      this.stroke = op;
    }
    const w = Math.round(width * 100) / 100;
    if (w !== this.lineWidth) {
      const out = this.next();
      out.num(w);
      out.ascii(' w');
      this.lineWidth = w;
    }
  }

  /** The font, written only when its operator text changes. */
  private setFont(fontName: string, size: number): void {
    if (fontName === this.fontName && size === this.fontSize) return;
    this.fontName = fontName;
    this.fontSize = size;
    const tf = `/${fontName} ${num(size)} Tf`;
    if (tf !== this.font) {
      this.push(tf);
      this.font = tf;
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
    const out = this.next();
    out.ascii(tagAndProps);
    out.ascii(withProperties ? 'BDC' : ' BMC');
  }

  /** A structure element's marked content: `/Type<</MCID n>>BDC`. */
  beginMarkedContent(type: string, mcid: number, textOnly: boolean): void {
    if (textOnly) this.beginText();
    else this.endText();
    this.markedInText = textOnly;
    const out = this.next();
    out.byte(47);
    out.ascii(type);
    out.ascii('<</MCID ');
    out.num(mcid);
    out.ascii('>>BDC');
  }

  endMarked(): void {
    if (!this.markedInText) this.endText();
    this.push('EMC');
    this.markedInText = false;
  }

  /** Plain text: its glyph ids come from `font`, which also records them for the subset. */
  text(
    fontName: string,
    size: number,
    x: number,
    y: number,
    text: string,
    font: GlyphEncoder,
    color: Color,
  ): void {
    this.setFill(color);
    this.beginText();
    this.setFont(fontName, size);
    // The first position in a text object is a Td from the identity (the same numbers as a Tm,
    // 8 bytes shorter). Later ones stay absolute Tm: a relative Td would make the reader add two
    // rounded decimals, and that sum can differ from the absolute value in the last bit, which
    // moves a glyph's anti-aliasing (measured: pages no longer pixel-identical).
    const out = this.next();
    if (this.freshText) {
      out.num(x);
      out.byte(32);
      out.num(y);
      out.ascii(' Td');
      this.freshText = false;
    } else {
      out.ascii('1 0 0 1 ');
      out.num(x);
      out.byte(32);
      out.num(y);
      out.ascii(' Tm');
    }
    font.encodeInto(text, out);
    out.ascii('Tj');
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
    if (actual) this.push(`/Span<</ActualText ${actual}>>BDC`);
    this.setFill(color);
    this.push('BT');
    this.inText = true;
    this.push(`/${fontName} ${num(size)} Tf`);
    let pdfPen = Number.NaN;
    let run = '';
    const flush = () => {
      if (run) this.push(`(${run})Tj`);
      run = '';
    };
    for (const g of glyphs) {
      if (g.spanStart !== undefined) {
        flush();
        this.push(`/Span<</ActualText ${textString(g.spanStart)}>>BDC`);
      }
      if (g.dy !== 0 || !(Math.abs(g.x - pdfPen) <= 1e-3)) {
        flush();
        this.push(`1 0 0 1 ${num(x + g.x * size)} ${num(y + g.dy * size)} Tm`);
      }
      run += g.bytes;
      pdfPen = g.dy !== 0 ? Number.NaN : g.x + g.pdfAdvance;
      if (g.spanEnd) {
        flush();
        this.push('EMC');
      }
    }
    flush();
    this.push('ET');
    if (actual) this.push('EMC');
    this.inText = false;
    this.font = '';
    this.fontName = '';
    this.fontSize = Number.NaN;
  }

  rect(x: number, y: number, w: number, h: number, fill?: Color, stroke?: Color, lineWidth = 0.5): void {
    if (!fill && !stroke) return;
    this.endText();
    if (fill) this.setFill(fill);
    if (stroke) this.setStroke(stroke, lineWidth);
    const out = this.next();
    out.num(x);
    out.byte(32);
    out.num(y);
    out.byte(32);
    out.num(w);
    out.byte(32);
    out.num(h);
    out.ascii(fill && stroke ? ' re B' : fill ? ' re f' : ' re S');
  }

  line(x1: number, y1: number, x2: number, y2: number, width: number, color: Color, dots = false): void {
    this.endText();
    const path = `${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`;
    if (dots) {
      // Dotted leaders: zero-length dashes with round caps draw as dots. Inside q/Q, so the dash
      // and cap (and this colour and width) do not leak: solid lines rely on the default state.
      this.push(`q ${colorOp(color, 'RG')} ${num(width)} w 1 J [0 2.6] 0 d ${path} Q`);
      return;
    }
    this.setStroke(color, width);
    this.push(path);
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
    this.push(`${path} ${fill ? 'f' : 'S'}`);
  }

  /** The page's content stream. */
  finish(): Uint8Array {
    this.endText();
    return this.out.bytes();
  }
}
