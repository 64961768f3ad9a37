// The carve-ins a small business names in its policy, in words, with the section the engine's
// coverage rule cites for each (engine ORGANISATION_CARVE_INS), so the cover's statement of who is
// bound agrees with what `assess` decides.
import { type CitationKey, ORGANISATION_CARVE_INS, PURPOSE_LIMITED_CARVE_INS } from '@ndb-kit/engine';
import type { CarveIn } from '@ndb-kit/policy';

export interface CarveInView {
  /** "it trades in personal information" (after "because"). */
  because: string;
  /** Citation key for `{{cite}}`. */
  section: CitationKey;
  /** For a purpose-limited carve-in: what the practice is bound for ("the information it holds for …"). */
  onlyFor: string | null;
}

const WORDS: Record<CarveIn, { because: string; onlyFor?: string }> = {
  trades_in_personal_information: { because: 'it trades in personal information' },
  commonwealth_contracted_service_provider: {
    because: 'it is a contracted service provider under a Commonwealth contract',
    onlyFor: 'the personal information it handles for that contract',
  },
  credit_reporting_body: { because: 'it is a credit reporting body' },
  credit_provider: { because: 'it is a credit provider', onlyFor: 'credit eligibility information' },
  aml_ctf_reporting_entity: {
    because: 'it is a reporting entity under the AML/CTF Act',
    onlyFor: 'the personal information it handles for its AML/CTF obligations',
  },
  opted_in: { because: 'it has chosen to be treated as an organisation (opted in)' },
  related_to_larger_business: { because: 'it is related to a business that is not a small business' },
  residential_tenancy_database_operator: { because: 'it operates a residential tenancy database' },
  registered_employee_association: { because: 'it is a registered employee association' },
};

export function carveInViews(carveIns: readonly CarveIn[]): CarveInView[] {
  return carveIns.map((c) => {
    const w = WORDS[c];
    // A credit provider is covered only for credit eligibility information (s 26WE(1)): the engine
    // does not list it among the organisation carve-ins.
    const cite = ORGANISATION_CARVE_INS[c] ?? ('s26WE(1)' as CitationKey);
    return {
      because: w.because,
      section: cite,
      onlyFor: PURPOSE_LIMITED_CARVE_INS.has(c) || c === 'credit_provider' ? (w.onlyFor ?? null) : null,
    };
  });
}
