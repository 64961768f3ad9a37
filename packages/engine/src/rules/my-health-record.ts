// Step 2 — does the My Health Records Act s 75 route apply, and does s 26WD displace Part IIIC?
import { cite } from '../citations.ts';
import type { Resolved } from '../resolved.ts';
import type { Step } from '../types.ts';

export interface MhrResult {
  /** s 75 notification is required (breach has or may have occurred in the MHR system). */
  s75Applies: boolean;
  /** Part IIIC does not apply at all (s 26WD): only the MHR system was involved. */
  displacesPartIIIC: boolean;
  step: Step;
}

export function myHealthRecord(i: Resolved): MhrResult {
  const involvement = i.breach.myHealthRecord;
  if (involvement === 'no') {
    return {
      s75Applies: false,
      displacesPartIIIC: false,
      step: {
        id: 'my_health_record',
        finding: 'The My Health Record system is not involved.',
        citations: [cite('s26WD')],
      },
    };
  }
  if (!i.entity.myHealthRecordParticipant) {
    return {
      s75Applies: false,
      displacesPartIIIC: false,
      step: {
        id: 'my_health_record',
        finding:
          'The My Health Record system may be involved, but the entity is not a registered healthcare provider organisation, so s 75 does not bind it; Part IIIC applies as usual. Tell the Australian Digital Health Agency anyway.',
        citations: [cite('mhr_s75')],
      },
    };
  }
  const may = involvement === 'possibly_involved' ? 'may have been' : 'was';
  const displaces = !i.breach.alsoOutsideMyHealthRecord;
  return {
    s75Applies: true,
    displacesPartIIIC: displaces,
    step: {
      id: 'my_health_record',
      finding: displaces
        ? `A My Health Record ${may} involved, so the breach must be notified under s 75 of the My Health Records Act; Part IIIC does not apply to it (s 26WD).`
        : `A My Health Record ${may} involved: notify that part under s 75 of the My Health Records Act. Information held outside the My Health Record system was also involved, and Part IIIC applies to that part.`,
      citations: [cite('mhr_s75'), cite('s26WD')],
    },
  };
}
