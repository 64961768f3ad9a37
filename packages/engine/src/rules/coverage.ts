// Step 1 — is the entity, and is this information, within Part IIIC at all?
// s 6C/6D (organisation, small business), s 6D(4)/6E/6EA (carve-ins), s 7B(3) (employee records),
// s 11 and s 26WE(1) (TFN recipients and credit providers are covered for that information only).
// It also says what the information *is* under the Act: a health practice's patients' details are
// health information (s 6FA(b)), and employee records holding TFNs or a staff member's own patient
// record are not exempt — so `inScope` can hold kinds the incident names in other words.
import { type CitationKey, cite } from '../citations.ts';
import { memo } from '../memo.ts';
import type { Resolved } from '../resolved.ts';
import type { CarveIn, InformationKind, Step } from '../types.ts';

export const SMALL_BUSINESS_CEILING = 3_000_000; // s 6D: "$3,000,000 or less" is small.

/**
 * Carve-ins that make a small business operator an organisation for all personal information,
 * with the section that does it. A credit provider is not one: it is covered only for credit
 * eligibility information (s 26WE(1)), handled below.
 */
export const ORGANISATION_CARVE_INS: Partial<Record<CarveIn, CitationKey>> = {
  trades_in_personal_information: 's6D(4)',
  commonwealth_contracted_service_provider: 's6D(4)(e)',
  credit_reporting_body: 's6D(4)',
  aml_ctf_reporting_entity: 's6E(1A)',
  opted_in: 's6EA',
  related_to_larger_business: 's6D(4)',
  residential_tenancy_database_operator: 's6E',
  registered_employee_association: 's6E',
};

/**
 * Carve-ins that cover only the information held for their purpose (the Commonwealth contract,
 * the AML/CTF obligations): legal-reference §9.1, S74, S54.
 */
export const PURPOSE_LIMITED_CARVE_INS: ReadonlySet<CarveIn> = new Set<CarveIn>([
  'commonwealth_contracted_service_provider',
  'aml_ctf_reporting_entity',
]);

/** Kinds that, about a health practice's patients, are health information (s 6FA(b)). */
const PATIENT_DETAIL_KINDS = new Set<InformationKind>(['contact', 'identity', 'government_identifier']);

export interface CoverageResult {
  covered: boolean;
  inScope: InformationKind[];
  setAside: InformationKind[];
  step: Step;
}

/** The facts coverage depends on (see `memo`). */
const coverageKey = (i: Resolved) =>
  `${i.entity.type}|${i.entity.annualTurnover > SMALL_BUSINESS_CEILING}|${i.entity.carveIns.join()}|${i.information.kinds.join()}|${i.information.aboutPatients}|${i.information.employeeRecordsIncludeTfnOrPatientRecords}|${i.information.heldForCarveInPurpose}`;

export const coverage = memo(coverageKey, coverageOf);

function coverageOf(i: Resolved): CoverageResult {
  const { entity } = i;
  const kinds = i.information.kinds;
  const personal = kinds.filter((k) => k !== 'de_identified');
  const privateSector = entity.type === 'business' || entity.type === 'health_service_provider';
  const hsp = entity.type === 'health_service_provider';
  // s 7B(3): a private employer's employee records are exempt — but not TFN information (s 11, the
  // TFN Rule), nor a staff member's own record as a patient, which is not an employee record.
  const employeeRecordsCovered =
    kinds.includes('employee_record') && i.information.employeeRecordsIncludeTfnOrPatientRecords;
  const fromEmployeeRecords: InformationKind[] = employeeRecordsCovered
    ? ['tfn', ...(hsp ? ['health' as const] : [])]
    : [];
  // s 6FA(b): patients' names, contact details and identifiers held by a health practice are health information.
  const patientDetails =
    hsp && i.information.aboutPatients && personal.some((k) => PATIENT_DETAIL_KINDS.has(k));
  const reading: InformationKind[] = patientDetails
    ? unique([...fromEmployeeRecords, 'health'])
    : fromEmployeeRecords;
  const exemptRemoved = privateSector ? personal.filter((k) => k !== 'employee_record') : personal;
  const notExempt = reading.length > 0 ? unique([...exemptRemoved, ...reading]) : exemptRemoved;
  const readingNote = [
    patientDetails
      ? 'Your patients’ names, contact details and identifiers are health information (s 6FA(b)), which is sensitive information.'
      : '',
    employeeRecordsCovered
      ? 'The employee records include tax file numbers or a staff member’s own patient records, which the employee-records exemption does not cover.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const readingCitations = [
    ...(patientDetails ? [cite('s6FA')] : []),
    ...(employeeRecordsCovered ? [cite('s7B(3)'), cite('s11')] : []),
  ];

  const result = (
    covered: boolean,
    inScope: InformationKind[],
    finding: string,
    citations: string[],
  ): CoverageResult => {
    // Only a covered entity sets information aside; when the entity itself is outside, nothing is.
    // Employee records whose TFNs or patient records are covered are not set aside.
    const setAside = covered
      ? kinds.filter(
          (k) =>
            !inScope.includes(k) &&
            !(k === 'employee_record' && employeeRecordsCovered && inScope.length > 0),
        )
      : [];
    const none = covered && inScope.length === 0;
    return {
      covered: covered && !none,
      inScope: none ? [] : inScope,
      setAside,
      step: {
        id: 'coverage',
        finding: none
          ? `${finding} But none of the information involved is covered: ${describeSetAside(setAside)}.`
          : [
              finding,
              covered ? readingNote : '',
              setAside.length > 0 && covered ? `Set aside: ${describeSetAside(setAside)}.` : '',
            ]
              .filter(Boolean)
              .join(' '),
        citations:
          readingCitations.length === 0 && setAside.length === 0 && !none
            ? citations
            : unique([
                ...citations,
                ...(covered && !none ? readingCitations : []),
                ...(none || setAside.length > 0 ? setAsideCitations(setAside) : []),
              ]),
      },
    };
  };

  if (entity.type === 'state_or_territory_authority') {
    return result(
      false,
      [],
      'A State or Territory authority (such as a public hospital) is not an organisation under the Privacy Act, so Part IIIC does not apply; a state scheme and My Health Record duties may.',
      [cite('s6C')],
    );
  }
  if (entity.type === 'commonwealth_agency') {
    return result(true, personal, 'A Commonwealth agency is an APP entity and is covered by Part IIIC.', [
      cite('s26WE(1)'),
    ]);
  }
  if (entity.type === 'health_service_provider') {
    const basis =
      entity.annualTurnover > SMALL_BUSINESS_CEILING
        ? 'Annual turnover is over $3,000,000, so this is an organisation; it also provides a health service.'
        : 'It provides a health service and holds health information, so it is covered whatever its turnover.';
    return result(true, notExempt, basis, [cite('s6D(4)(b)'), cite('s6FB')]);
  }
  // A private business that is not a health service provider.
  if (entity.annualTurnover > SMALL_BUSINESS_CEILING) {
    return result(
      true,
      notExempt,
      'Annual turnover is over $3,000,000, so this business is an organisation and covered.',
      [cite('s6C'), cite('s6D')],
    );
  }
  // A carve-in limited to a purpose brings in only the information held for that purpose.
  const carveIn = entity.carveIns.find(
    (c) =>
      ORGANISATION_CARVE_INS[c] !== undefined &&
      (!PURPOSE_LIMITED_CARVE_INS.has(c) || i.information.heldForCarveInPurpose),
  );
  const key = carveIn === undefined ? undefined : ORGANISATION_CARVE_INS[carveIn];
  if (carveIn && key) {
    const limited = PURPOSE_LIMITED_CARVE_INS.has(carveIn)
      ? ' It is covered for the information held for that purpose, which this was.'
      : '';
    return result(
      true,
      notExempt,
      `A small business, but covered because of a carve-in (${carveIn.replaceAll('_', ' ')}).${limited}`,
      [cite('s6D'), cite(key)],
    );
  }
  const purposeOnly = entity.carveIns.filter((c) => PURPOSE_LIMITED_CARVE_INS.has(c));
  // A small business operator: outside the Act, except as a TFN recipient (s 11) or credit provider.
  const limited: InformationKind[] = unique([...personal, ...fromEmployeeRecords]).filter(
    (k) => k === 'tfn' || (k === 'credit_eligibility' && entity.carveIns.includes('credit_provider')),
  );
  if (limited.length > 0) {
    return result(
      true,
      limited,
      `A small business operator (turnover $3,000,000 or less) is covered only for ${limited.map(kindLabel).join(' and ')}.`,
      [cite('s6D'), cite('s11'), cite('s26WE(1)')],
    );
  }
  if (purposeOnly.length > 0) {
    return result(
      false,
      [],
      `A small business operator whose carve-in (${purposeOnly.map((c) => c.replaceAll('_', ' ')).join(', ')}) covers only the information held for that purpose; this information was held for other purposes, so the Privacy Act does not cover it.`,
      [cite('s6D'), ...purposeOnly.map((c) => cite(ORGANISATION_CARVE_INS[c] as CitationKey))],
    );
  }
  return result(
    false,
    [],
    'A small business operator (annual turnover $3,000,000 or less, no health service, no carve-in) is not covered by the Privacy Act for this information.',
    [cite('s6C'), cite('s6D')],
  );
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

function describeSetAside(kinds: InformationKind[]): string {
  return kinds
    .map((k) =>
      k === 'de_identified'
        ? 'de-identified data (not personal information)'
        : k === 'employee_record'
          ? 'employee records (exempt)'
          : `${kindLabel(k)} (outside this entity's coverage)`,
    )
    .join('; ');
}

function setAsideCitations(kinds: InformationKind[]): string[] {
  const out: string[] = [];
  if (kinds.includes('employee_record')) out.push(cite('s7B(3)'));
  if (kinds.some((k) => k !== 'employee_record')) out.push(cite('s26WE(1)'));
  return out;
}

export const KIND_LABELS: Record<InformationKind, string> = {
  health: 'health information',
  sensitive: 'sensitive information',
  government_identifier: 'government identifiers (Medicare, IHI, licence, passport)',
  tfn: 'tax file number information',
  financial: 'financial information (bank or card details)',
  credit_eligibility: 'credit eligibility information',
  identity: 'identity information (name with date of birth or address)',
  contact: 'contact details',
  credentials: 'usernames and passwords',
  employee_record: 'employee records',
  business_contact: 'work contact details',
  publicly_available: 'information already lawfully public',
  de_identified: 'de-identified data',
};

export function kindLabel(k: InformationKind): string {
  return KIND_LABELS[k];
}
