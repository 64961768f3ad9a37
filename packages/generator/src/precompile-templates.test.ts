import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { TemplateFormat } from './helpers.ts';
import { compileTemplate, generateModules, lintTemplate, readTemplates } from './precompile-templates.ts';
import { templateFromSpec } from './render-template.ts';

/** Compile a fixture template exactly like the real ones and render it with the runtime. */
function renderFixture(source: string, context: unknown, format: TemplateFormat = 'md'): string {
  const spec = new Function(`return ${compileTemplate({ name: 'fixture.md', format, source })}`)();
  return templateFromSpec(format, spec)(context);
}

describe('precompiled templates', () => {
  it('the generated modules are up to date with templates/ (run `pnpm --filter @ndb-kit/generator precompile`)', async () => {
    for (const [file, expected] of generateModules(await readTemplates())) {
      expect(await readFile(file, 'utf8'), file).toBe(expected);
    }
  });

  it('every template passes the lint', async () => {
    for (const t of await readTemplates()) expect(lintTemplate(t), t.name).toEqual([]);
  });
});

describe('template safety', () => {
  it('strict mode: a missing field fails instead of printing nothing', () => {
    expect(() => renderFixture('Hello {{practice.nmae}}', { practice: { name: 'x' } }, 'txt')).toThrow(
      /nmae/,
    );
    expect(() => renderFixture('Hello {{md practice.nmae}}', { practice: { name: 'x' } })).toThrow(/nmae/);
    expect(() => renderFixture('{{#if practice.websit}}x{{/if}}', { practice: { website: null } })).toThrow(
      /websit/,
    );
    expect(() => renderFixture('{{#each peple}}x{{/each}}', { people: [] })).toThrow(/peple/);
  });

  it('present-but-null fields are fine for #if', () => {
    expect(
      renderFixture('{{#if practice.website}}web{{else}}none{{/if}}', { practice: { website: null } }),
    ).toBe('none');
  });

  it('knownHelpersOnly: an unknown helper does not compile', () => {
    expect(() => compileTemplate({ name: 'x.md', format: 'md', source: '{{shout name}}' })).toThrow(
      /knownHelpersOnly|unknown helper/i,
    );
    // md is a Markdown helper; plain-text templates cannot call it
    expect(() => compileTemplate({ name: 'x.txt', format: 'txt', source: '{{md name}}' })).toThrow();
  });

  it('lint: bare values in Markdown and triple-stash anywhere are rejected', () => {
    expect(lintTemplate({ name: 'x.md', format: 'md', source: 'Hi {{name}}' })[0]).toMatch(
      /through a helper/,
    );
    expect(lintTemplate({ name: 'x.txt', format: 'txt', source: 'Hi {{{name}}}' })[0]).toMatch(
      /triple-stash/,
    );
    expect(lintTemplate({ name: 'x.txt', format: 'txt', source: 'Hi {{name}}' })).toEqual([]);
  });

  it('values are never re-evaluated as templates or markup', () => {
    const name = 'Smith & Jones <Physio> *Clinic* {{x}} {{{x}}}';
    expect(renderFixture('{{md name}}', { name, x: 'EVIL' })).toBe(
      'Smith \\& Jones \\<Physio\\> \\*Clinic\\* \\{\\{x\\}\\} \\{\\{\\{x\\}\\}\\}',
    );
    expect(renderFixture('{{name}}', { name, x: 'EVIL' }, 'txt')).toBe(name);
  });

  it('helpers: phone links, citations, dates', () => {
    expect(renderFixture('{{phone p}}', { p: '02 9876 5432' })).toBe('[02 9876 5432](tel:+61298765432)');
    expect(renderFixture('{{phone p}}', { p: '1300 363 992' })).toBe('[1300 363 992](tel:1300363992)');
    expect(renderFixture('{{cite "s26WK(3)"}}', {}, 'txt')).toBe('Privacy Act 1988 (Cth) s 26WK(3)');
    expect(() => renderFixture('{{cite "s99"}}', {})).toThrow(/unknown citation/);
    expect(renderFixture('{{date d}}', { d: '2026-12-20' }, 'txt')).toBe('20 Dec 2026');
    expect(renderFixture('{{day d}}', { d: '2026-12-20' }, 'txt')).toBe('Sun 20 Dec 2026');
    expect(renderFixture('{{url u}}', { u: 'javascript:alert(1)' })).toBe('javascript:alert(1)');
  });
});
