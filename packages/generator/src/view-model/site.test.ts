import { OFFICIAL_CONTACTS, type OfficialContact } from '@ndb-kit/engine';
import { ROLE_NAMES } from '@ndb-kit/policy';
import { describe, expect, it } from 'vitest';
import { noticePractice } from '../notice-drafts.ts';
import { BUILD_DATE, EXAMPLES, loadExample } from '../test/support.ts';
import { buildViewModel, ROLE_LABELS, siteData } from './index.ts';

function site(name: string) {
  const model = buildViewModel(loadExample(name), BUILD_DATE);
  const files = new Map([
    ['plan.pdf', new Uint8Array(3)],
    ['plan.docx', new Uint8Array(1)],
  ]);
  const source = {
    model,
    policyHash: 'hash',
    noticePractice: noticePractice(model),
    sections: [
      { id: 'cover', title: 'Cover', markdown: '# Cover\n', html: '<h1 id="x">Cover</h1>\n<p>Body</p>' },
    ],
    notices: [],
    drills: [],
    files,
  };
  return { model, data: siteData(source, 'files') };
}

describe('the site is a projection of the view model', () => {
  it.each(EXAMPLES)(
    '%s: one call card per person, each role once, with the one wording of its duty',
    (name) => {
      const { model, data } = site(name);
      expect(data.model).toBe(model);
      expect(data.callTree.map((c) => c.name)).toEqual([
        ...new Set(model.roleList.map((r) => r.person.name)),
      ]);
      for (const key of ROLE_NAMES) {
        const holder = model.roles[key].person.name;
        const cards = data.callTree.filter((c) => c.role.split(' · ').includes(ROLE_LABELS[key].label));
        expect(
          cards.map((c) => c.name),
          key,
        ).toEqual([holder]);
        expect(cards[0]?.duty).toContain(ROLE_LABELS[key].duty);
      }
    },
  );
  it.each(EXAMPLES)('%s: the regulators are the engine’s contacts; the wizard has every role', (name) => {
    const { model, data } = site(name);
    const regulators = data.contactGroups.find((g) => g.title === 'Regulators and hotlines');
    const expected: OfficialContact[] = [
      OFFICIAL_CONTACTS.oaic,
      OFFICIAL_CONTACTS.reportCyber,
      OFFICIAL_CONTACTS.police,
    ];
    if (model.mhr) expected.push(OFFICIAL_CONTACTS.adha);
    expect(regulators?.entries.map((e) => [e.name, e.detail, e.phone, e.web])).toEqual(
      expected.map((c) => [c.name, c.purpose, c.phone, c.web]),
    );
    for (const key of ROLE_NAMES) expect(data.wizard.people[key]?.name).toBe(model.roles[key].person.name);
    expect(data.wizard.entity).toEqual({
      ...loadExample(name).organisation.entity,
      name: model.practice.tradingName,
    });
  });
  it('strips each section’s own heading and lists the PDF and calendar downloads under the prefix', () => {
    const { data } = site(EXAMPLES[0]);
    expect(data.sections).toEqual([{ id: 'cover', title: 'Cover', html: '<p>Body</p>' }]);
    expect(data.downloads).toEqual([{ label: 'Plan (PDF, for printing)', path: 'files/plan.pdf', bytes: 3 }]);
  });
});
