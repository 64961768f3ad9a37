// The notice templates rendered for one incident (the wizard's drafts) and blank (ndb build):
// one set of templates, facts filled where known, blanks kept where not, every user-typed value
// escaped for its format, strict mode intact, and an entry point the browser can load.
import { readFileSync } from 'node:fs';
import { assess, type Incident } from '@ndb-kit/engine';
import { describe, expect, it } from 'vitest';
import { buildPractice } from './build.ts';
import { renderHtmlFragment } from './markdown.ts';
import {
  NO_INCIDENT,
  type NoticeDraft,
  type NoticePractice,
  noticeIncident,
  noticePractice,
  renderNoticeDrafts,
} from './notice-drafts.ts';
import { BUILD_DATE, EXAMPLES, loadExample, markdownText, norm } from './test/support.ts';
import { buildViewModel } from './view-model/index.ts';

const S01 = JSON.parse(
  readFileSync(new URL('../../../fixtures/scenarios/S01.json', import.meta.url), 'utf8'),
) as { incident: Incident; now: string };
const practiceOf = (name: string) => noticePractice(buildViewModel(loadExample(name), BUILD_DATE));
const HARBOURSIDE = practiceOf('harbourside-family-medical');

function drafts(
  incident: Incident | null,
  practice: NoticePractice = HARBOURSIDE,
): Record<string, NoticeDraft> {
  const decision = incident ? assess(incident, { now: S01.now }) : null;
  return Object.fromEntries(renderNoticeDrafts({ practice, incident, decision }).map((d) => [d.id, d]));
}
const content = (d: Record<string, NoticeDraft>, id: string) => (d[id] as NoticeDraft).content;

/** S01 with every incident fact unknown except the awareness date. */
function unknownIncident(): Incident {
  const i = structuredClone(S01.incident);
  i.breach.kind = 'unknown';
  i.breach.cause = 'unknown';
  delete i.breach.description;
  delete i.breach.occurredOn;
  delete i.breach.awareAt;
  i.information = { kinds: ['unknown'], individualsAffected: 'unknown', vulnerableIndividuals: 'unknown' };
  i.remediation = { status: 'unknown', actions: [] };
  return i;
}

describe('blank notices (ndb build)', () => {
  it.each(EXAMPLES)('%s: the build prints exactly the drafts rendered with no incident', async (name) => {
    const a = await buildPractice(loadExample(name), { date: BUILD_DATE });
    const blank = renderNoticeDrafts({ practice: practiceOf(name), incident: null });
    expect(blank.map((d) => [d.id, d.content])).toEqual(a.notices.map((n) => [n.id, n.content]));
    const oaic = content(drafts(null, practiceOf(name)), 'oaic-statement');
    expect(oaic).toContain('**[[DESCRIBE WHAT HAPPENED: what, when it happened, when we found out,');
    expect(oaic).toContain('**[[LIST THE KINDS OF INFORMATION');
    expect(oaic).not.toContain("wizard's assessment");
  });
});

describe('drafts for an incident (the wizard)', () => {
  const d = drafts(S01.incident);

  it('fills the known facts: what happened, when, kinds in plain words, how many, steps, actions', () => {
    const oaic = content(d, 'oaic-statement');
    expect(oaic).toContain('# Statement about an eligible data breach: Harbourside Family Medical');
    expect(oaic).toContain("Receptionist emailed patient A's GP note");
    expect(oaic).toContain(
      '**What happened:** Personal information was sent, shown or given to someone who should not have it (cause: human error)',
    );
    expect(oaic).toContain('**When it happened:** 2 Jun 2025');
    expect(oaic).toContain('**When we found out:** 2 Jun 2025');
    expect(oaic).toContain('**How many people are affected:** 1 person');
    expect(oaic).toContain('Health information; government identifiers (Medicare, IHI, licence, passport)');
    expect(oaic).toContain('- Ask Services Australia about replacing your Medicare card');
    expect(oaic).toContain(
      '**How the breach was contained and what we did:** Asked the recipient to delete it.',
    );
    expect(oaic).toContain("The wizard's assessment: Assess:");
    for (const blank of ['[[DESCRIBE WHAT HAPPENED', '[[LIST THE KINDS', '[[ADD STEPS', '[[DATE OR PERIOD]]'])
      expect(oaic).not.toContain(blank);

    const letter = content(d, 'individuals-letter');
    expect(letter).toContain(
      '**What happened.** On 2 Jun 2025 we became aware that personal information was sent',
    );
    expect(letter).toContain('**What information was involved.** Health information; government identifiers');
    expect(letter).not.toContain('[[OTHER STEPS THAT FIT');
    const email = content(d, 'individuals-email');
    expect(email).toContain('WHAT HAPPENED\nOn 2 Jun 2025 we became aware that');
    expect(email).toContain("Receptionist emailed patient A's GP note");
    const report = content(d, 'incident-report');
    expect(report).toContain('| Date and time we became aware | 2 Jun 2025, 11:00 |');
    expect(report).toContain('| Suspected or believed? | Suspected (still assessing) |');
    expect(report).toContain(
      '| Assessment due (awareness date + 30 days, Privacy Act 1988 (Cth) s 26WH(2)) | Wed 2 Jul 2025 |',
    );
    expect(report).toContain('1 person; none known to be children or vulnerable');
  });

  it('keeps the blanks for what the incident cannot know', () => {
    const letter = content(d, 'individuals-letter');
    expect(letter).toContain('Dear **[[NAME]]**,');
    expect(letter).toContain('**[[NAME AND POSITION OF THE SIGNATORY]]**');
    expect(letter).toContain('**[[WHAT WE ARE DOING TO STOP IT HAPPENING AGAIN]]**');
    expect(content(d, 'oaic-statement')).toContain('**[[NAME AND CONTACT DETAILS OF ANY OTHER ENTITY');
  });

  it('an incident with every fact unknown keeps every fact blank, the awareness date aside', () => {
    const u = drafts(unknownIncident());
    const oaic = content(u, 'oaic-statement');
    expect(oaic).toContain('**[[DESCRIBE WHAT HAPPENED: what, when it happened, how it was discovered]]**');
    expect(oaic).toContain('**What happened:** **[[WHAT HAPPENED]]**');
    expect(oaic).toContain('**When it happened:** **[[DATE OR PERIOD]]**');
    expect(oaic).toContain('**When we found out:** 2 Jun 2025');
    expect(oaic).toContain('**How many people are affected:** **[[NUMBER]]**');
    expect(oaic).toContain('**[[LIST THE KINDS OF INFORMATION');
    expect(oaic).toContain('- **[[ADD STEPS THAT FIT THE INFORMATION');
    expect(oaic).toContain('**[[CONTAINMENT AND RESPONSE]]**');
    expect(content(u, 'individuals-email')).toContain('- [[OTHER STEPS THAT FIT THE INFORMATION INVOLVED]]');
    expect(content(u, 'incident-report')).toContain(
      '| Date and time we became aware | 2 Jun 2025, **[[TIME]]** |',
    );
    for (const draft of Object.values(u))
      expect(draft.content).not.toMatch(/\bundefined\b|\bnull\b|\[object /);
  });

  it('"there may be more" kinds keep a blank for the others; a ransom payment is not put in a notice', () => {
    const i = structuredClone(S01.incident);
    i.information.kinds = ['contact', 'unknown'];
    i.remediation.actions = ['ransom_paid_for_deletion', 'access_revoked'];
    const m = drafts(i);
    expect(content(m, 'oaic-statement')).toContain(
      'Contact details; **[[ANY OTHER KINDS: there may be more]]**',
    );
    expect(content(m, 'oaic-statement')).toContain('- **[[ADD STEPS THAT FIT THE INFORMATION');
    expect(content(m, 'individuals-letter')).toContain('**What we have done.** Access revoked');
    for (const draft of Object.values(m)) expect(draft.content).not.toMatch(/ransom was paid/i);
  });
});

describe('hostile strings', () => {
  const HOSTILE = [
    'Smith & Jones <Physio> *Clinic* {{x}}',
    '[[x]] [link](javascript:alert(1)) <img src=x onerror=alert(1)> `c` | ~~s~~ _i_',
    '# 1. - > + {{{x}}} {{> partial}} &amp; \\*',
  ];

  it.each(HOSTILE)('%s: literal in every draft, escaped for Markdown, plain in text', (value) => {
    const practice = structuredClone(HARBOURSIDE);
    practice.practice.tradingName = value;
    practice.roles.privacyOfficer.person.name = value;
    const i = structuredClone(S01.incident);
    i.breach.description = `${value}\r\nsecond line\rthird\nfourth\u2028fifth`;
    const d = drafts(i, practice);
    const oneLine = `${value} second line third fourth fifth`;
    for (const draft of Object.values(d)) {
      const text = draft.format === 'md' ? markdownText(draft.content) : draft.content;
      expect(norm(text), draft.id).toContain(norm(value)); // practice name
      // Rendered, the Markdown holds no element or link the value asked for.
      if (draft.format === 'md')
        expect(renderHtmlFragment(draft.content)).not.toMatch(/<img|<physio|href="javascript/i);
    }
    for (const id of [
      'oaic-statement',
      'individuals-letter',
      'website-statement',
      'incident-report',
      'insurer-notice',
    ])
      expect(norm(markdownText(content(d, id))), id).toContain(norm(oneLine));
    // Plain text keeps the words as typed, on one line (no header or list can be injected).
    expect(content(d, 'individuals-email')).toContain(oneLine);
    expect(content(d, 'individuals-sms').split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('the description escapes like a practice name: no blank, link, emphasis or template can be injected', () => {
    const i = structuredClone(S01.incident);
    i.breach.description = 'Smith & Jones <Physio> *Clinic* {{x}} [[x]]';
    const oaic = content(drafts(i), 'oaic-statement');
    expect(oaic).toContain('Smith \\& Jones \\<Physio\\> \\*Clinic\\* \\{\\{x\\}\\} \\[\\[x\\]\\]');
  });
});

describe('strict mode', () => {
  it('a missing practice field still throws, naming it', () => {
    const practice = structuredClone(HARBOURSIDE) as unknown as { practice: Record<string, unknown> };
    delete practice.practice.website;
    expect(() =>
      renderNoticeDrafts({ practice: practice as unknown as NoticePractice, incident: null }),
    ).toThrow(/missing field "context\.practice\.website"/);
    const noRole = structuredClone(HARBOURSIDE) as unknown as { roles: Record<string, unknown> };
    delete noRole.roles.responseLead;
    expect(() =>
      renderNoticeDrafts({ practice: noRole as unknown as NoticePractice, incident: S01.incident }),
    ).toThrow(/missing field "context\.roles\.responseLead"/);
  });

  it('the blank incident is explicit: every field present, all unknown', () => {
    expect(Object.keys(NO_INCIDENT).sort()).toEqual(Object.keys(noticeIncident(S01.incident)).sort());
    expect(NO_INCIDENT.known).toBe(false);
  });

  it('an incident without an awareness date is refused', () => {
    const i = structuredClone(S01.incident);
    i.breach.awareOn = '';
    expect(() => renderNoticeDrafts({ practice: HARBOURSIDE, incident: i })).toThrow(/awareOn/);
  });
});

describe('browser entry (@ndb-kit/generator/notices)', () => {
  it('is exported and imports only the engine, the Handlebars runtime and its own browser-safe modules', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./notices']).toBe('./src/notice-drafts.ts');
    const bare = new Set<string>();
    const seen = new Set<string>();
    const visit = (url: URL) => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const source = readFileSync(url, 'utf8');
      // Value imports only: `import type` is erased and never reaches the browser.
      for (const m of source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gms)) {
        const spec = m[1] as string;
        if (spec.startsWith('.')) visit(new URL(spec, url));
        else bare.add(spec);
      }
    };
    visit(new URL('./notice-drafts.ts', import.meta.url));
    expect([...bare].sort()).toEqual([
      '@ndb-kit/engine',
      '@ndb-kit/policy/phone-number',
      'handlebars/runtime.js',
    ]);
    expect([...seen].map((u) => u.split('/src/')[1]).sort()).toEqual([
      'escape-markdown.ts',
      'generated/notice-templates.ts',
      'helpers.ts',
      'money.ts',
      'notice-drafts.ts',
      'notices.ts',
      'render-runtime.ts',
      'text-case.ts',
    ]);
  });
});
