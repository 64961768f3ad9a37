// Temporary stand-in for @ndb-kit/generator while it is being finished: same shape, tiny content.
import type { PracticePolicy } from '@ndb-kit/policy';
import type { PlanArtifactsLike } from '../../scripts/practice-data.ts';

export async function stubGenerate(policy: PracticePolicy, _o: { date: string }): Promise<PlanArtifactsLike> {
  const enc = new TextEncoder();
  return {
    policyHash: 'stub0000000000000000000000000000000000000000000000000000000000',
    sections: [
      { id: 'first-hour', title: 'The first hour', html: '<p>Contain, call, record.</p>' },
      { id: 'assess', title: 'Assess within 30 days', html: '<p>Use the wizard.</p>' },
    ],
    notices: [
      {
        id: 'oaic',
        title: 'Statement to the OAIC',
        fileName: 'oaic.txt',
        format: 'text',
        content: `${policy.organisation.legalName}\n[details]`,
        html: '',
      },
    ],
    drills: [{ id: 'tabletop', title: 'Tabletop exercise', nextDates: ['2026-03-03'] }],
    files: new Map([
      ['plan.md', enc.encode('# Plan\n')],
      ['drills.ics', enc.encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')],
    ]),
  };
}
