// A notice template nobody registered is never rendered, and a registered notice with no template
// fails only when a build reaches it: both fail here instead (ARCHITECTURE.md, "A new notice").
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICE_TEMPLATES } from './generated/notice-templates.ts';
import { NOTICES } from './notices.ts';
import { TEMPLATES_DIR } from './precompile-templates.ts';

const templateFiles = readdirSync(join(TEMPLATES_DIR, 'notices')).sort();
const registered = NOTICES.map((n) => `${n.id}.${n.format}.hbs`).sort();

describe('notice registry (notices.ts)', () => {
  it('registers every template in templates/notices/', () => {
    expect(templateFiles.filter((f) => !registered.includes(f))).toEqual([]);
  });
  it('has a template for every registered notice, in its format', () => {
    expect(registered.filter((f) => !templateFiles.includes(f))).toEqual([]);
  });
  it('has each id once, and the precompiled templates are exactly the registered ones', () => {
    expect(new Set(NOTICES.map((n) => n.id)).size).toBe(NOTICES.length);
    expect(Object.keys(NOTICE_TEMPLATES).sort()).toEqual(
      NOTICES.map((n) => `notices/${n.id}.${n.format}`).sort(),
    );
  });
});
