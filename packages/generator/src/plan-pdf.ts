// The PDF document description of the plan: title block, running header and footer, contents,
// and the plan's Markdown tokens as blocks, one top-level section per page.
import { RULES_VERSION } from '@ndb-kit/engine';
import { type Block, codePointLabel, type FontSet, type PdfInput, unrenderableChars } from '@ndb-kit/pdf';
import type { PolicyWarning, PracticePolicy } from '@ndb-kit/policy';
import type Token from 'markdown-it/lib/token.mjs';
import { markdownTokensToBlocks } from './markdown-to-pdf.ts';
import type { ViewModel } from './view-model/index.ts';

/** A page break before each top-level section, so each (above all "Start here") begins on a new page. */
function withSectionBreaks(blocks: Block[]): Block[] {
  return blocks.flatMap((b) =>
    b.type === 'heading' && b.level === 1 ? [{ type: 'pageBreak' } as Block, b] : [b],
  );
}

/**
 * `banners`: the plan opens with the staleness callout (templates/plan/00-cover.md.hbs); in the
 * PDF it moves onto the title page, above the contents, so it is the first thing a reader sees.
 */
export function planPdfInput(
  model: Pick<ViewModel, 'practice' | 'plan'>,
  tokens: Token[],
  date: string,
  banners = false,
  /** The CONFIDENTIAL (and DRAFT) mark that opens the running header and footer of every page (approval.ts). */
  mark = 'CONFIDENTIAL',
): PdfInput {
  const org = model.practice;
  const blocks = markdownTokensToBlocks(tokens, { topLevel: 2 });
  const first = blocks[0];
  if (banners && first?.type !== 'callout')
    throw new Error(
      'the plan has banners but does not open with their callout (templates/plan/00-cover.md.hbs)',
    );
  const preface = banners ? blocks.slice(0, 1) : [];
  const body = banners ? blocks.slice(1) : blocks;
  return {
    title: `${org.tradingName}: data breach response plan`,
    subject: `Version ${model.plan.version}. Decision support, not legal advice.`,
    author: org.legalName,
    keywords: ['data breach response plan', 'Notifiable Data Breaches', 'Privacy Act 1988 Part IIIC'],
    language: 'en-AU',
    // The header is on every page but the first, the footer on every page: both carry the mark,
    // the footer in its short form so the rest still fits.
    header: `${mark} · ${org.tradingName} · Data breach response plan v${model.plan.version}`,
    footer: `${mark.replace(/ — .*/, '')} · Decision support, not legal advice · Built ${date} · Rules ${RULES_VERSION}`,
    date: new Date(`${date}T00:00:00Z`),
    toc: true,
    preface,
    // The Markdown's "#" title is the PDF title block, so "##" sections become level 1.
    blocks: withSectionBreaks(body),
  };
}

/**
 * One warning per policy text with characters no PDF font can draw (they would print as U+FFFD),
 * naming the field by its JSON Pointer, e.g. "/staff/2/name contains U+12A0 (አ) that the PDF
 * cannot show". Only non-ASCII strings are checked (the fonts cover all of ASCII).
 */
export async function pdfCharacterWarnings(policy: PracticePolicy, fonts: FontSet): Promise<PolicyWarning[]> {
  const out: PolicyWarning[] = [];
  const visit = async (value: unknown, pointer: string): Promise<void> => {
    if (typeof value === 'string') {
      if (!/[^\x20-\x7E]/.test(value)) return; // printable ASCII: every font has it
      const bad = await unrenderableChars(value, fonts);
      if (bad.length)
        out.push({
          kind: 'pdf_unrenderable',
          pointer,
          message: `the text contains ${bad.map((c) => `${codePointLabel(c)} (${c})`).join(', ')} that the PDF plan cannot show`,
          action:
            'write the name as well in a script the PDF supports (docs/pdf.md lists them), e.g. in brackets',
        });
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) await visit(value[i], `${pointer}/${i}`);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value))
        await visit(v, `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`);
    }
  };
  await visit(policy, '');
  return out;
}
