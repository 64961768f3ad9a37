// The bench's Typst converter: Markdown syntax and hostile text come out as the words, never as
// Typst syntax, and the plan compiles with the Noto fonts (checked through Typst itself).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { describe, expect, it } from 'vitest';
import type { PdfInput } from '../../packages/pdf/src/index.ts';
import { escapeMarkup, pdfInputToTypst, typstFontFiles } from './markdown-to-typst.ts';

const HOSTILE = '#set page(width: 1pt) *bold* _em_ `raw` $x$ <label> @ref [a] \\ = - + // /* 王小明 "q" \'s';

const input: PdfInput = {
  title: 'Plan #1 [x]',
  subject: 'Version 1.2',
  author: 'Clinic & Co',
  header: 'Header = here',
  footer: 'Footer // not a comment',
  date: new Date('2026-11-20T00:00:00Z'),
  toc: true,
  blocks: [
    { type: 'heading', level: 1, text: 'One' },
    { type: 'paragraph', inlines: [{ text: HOSTILE }, { text: ' bold', bold: true }] },
    {
      type: 'list',
      ordered: false,
      items: [
        [{ type: 'paragraph', inlines: [{ text: 'item - one' }] }],
        [
          { type: 'paragraph', inlines: [{ text: 'item two' }] },
          { type: 'list', ordered: true, items: [[{ type: 'paragraph', inlines: [{ text: 'nested' }] }]] },
        ],
      ],
    },
    {
      type: 'table',
      header: [[{ text: 'Role' }], [{ text: 'Phone' }]],
      rows: [[[{ text: 'Privacy officer' }], [{ text: '02 5550 4100', href: 'tel:+61255504100' }]]],
    },
    { type: 'callout', tone: 'warning', blocks: [{ type: 'paragraph', inlines: [{ text: 'Careful.' }] }] },
    { type: 'code', text: 'a "quoted" \\ line' },
  ],
};

describe('markdown-to-typst (bench only)', () => {
  it('escapes every ASCII symbol, so text is never markup', () => {
    expect(escapeMarkup('#a *b* [c] $d$ // e')).toBe('\\#a \\*b\\* \\[c\\] \\$d\\$ \\/\\/ e');
    expect(escapeMarkup('line\nbreak')).toBe('line break');
  });

  it('compiles with the Noto fonts and prints the hostile text as words', () => {
    const compiler = NodeCompiler.create({
      fontArgs: [{ fontBlobs: typstFontFiles().map((f) => readFileSync(f)) }],
    });
    const result = compiler.compile({ mainFileContent: pdfInputToTypst(input) });
    expect(result.hasError()).toBe(false);
    const doc = result.result;
    if (!doc) throw new Error('no document');
    const file = join(mkdtempSync(join(tmpdir(), 'ndb-typst-test-')), 't.pdf');
    writeFileSync(file, compiler.pdf(doc));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain(
      '#set page(width: 1pt) *bold* _em_ `raw` $x$ <label> @ref [a] \\ = - + // /* 王小明',
    );
    expect(text).toContain('Footer // not a comment');
    expect(text).toContain('nested');
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/NotoSansSC-Regular/);
  });
});
