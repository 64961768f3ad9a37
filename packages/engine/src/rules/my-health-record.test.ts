import { describe, expect, it } from 'vitest';
import { resolvedIncident as inc } from '../test-support/resolved.ts';
import { myHealthRecord } from './my-health-record.ts';

describe('My Health Record (s 26WD, MHR Act s 75)', () => {
  it('does nothing when the My Health Record system is not involved', () => {
    expect(myHealthRecord(inc())).toMatchObject({ s75Applies: false, displacesPartIIIC: false });
  });
  it('applies s 75 and displaces Part IIIC for a participant when only the MHR system is involved', () => {
    expect(
      myHealthRecord(
        inc({ entity: { myHealthRecordParticipant: true }, breach: { myHealthRecord: 'involved' } }),
      ),
    ).toMatchObject({ s75Applies: true, displacesPartIIIC: true });
  });
  it('applies s 75 to a possible breach too ("may have")', () => {
    expect(
      myHealthRecord(
        inc({ entity: { myHealthRecordParticipant: true }, breach: { myHealthRecord: 'possibly_involved' } }),
      ).s75Applies,
    ).toBe(true);
  });
  it('keeps Part IIIC for the practice’s own records involved as well', () => {
    expect(
      myHealthRecord(
        inc({
          entity: { myHealthRecordParticipant: true },
          breach: { myHealthRecord: 'involved', alsoOutsideMyHealthRecord: true },
        }),
      ).displacesPartIIIC,
    ).toBe(false);
  });
  it('does not bind an organisation that is not registered', () => {
    expect(myHealthRecord(inc({ breach: { myHealthRecord: 'involved' } })).s75Applies).toBe(false);
  });
});
