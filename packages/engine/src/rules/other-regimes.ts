// Other bodies to tell, beyond Part IIIC: ransomware payment reports, SOCI, APRA, GDPR, the state
// schemes for state bodies, and the My Health Records Act s 75. Each rule returns its obligation
// or nothing; due times follow the source regime (72 hours is never a Part IIIC deadline).
import { cite } from '../citations.ts';
import { OFFICIAL_CONTACTS } from '../contacts.ts';
import { addHours, localDateOf, zoneOf } from '../dates.ts';
import type { Resolved } from '../resolved.ts';
import type { Entity, Obligation, ObligationDraft } from '../types.ts';

/**
 * Cyber Security Act 2024 s 26 and the Ransomware Payment Reporting Rules: a business must report
 * when its turnover for the previous financial year is *over* A$3m (legal reference §11, S42). The
 * same figure as the Privacy Act's small-business line (s 6D) by coincidence of policy, not by law:
 * kept apart so either can change alone.
 */
export const RANSOMWARE_REPORT_TURNOVER_THRESHOLD = 3_000_000;

/**
 * Whether the ransomware payment report duty falls on the entity at all (before any payment): a
 * responsible entity for a critical infrastructure asset (SOCI Part 2B) at any turnover, whoever
 * owns it; otherwise a business over the threshold that is not a Commonwealth or State body
 * ('unknown' when its turnover is). The government exclusion belongs to the turnover limb only
 * (legal reference §11, S42a–c): reading it across both limbs would be the less cautious answer.
 */
export function ransomwareReportApplies(
  entity: Pick<Entity, 'type' | 'criticalInfrastructure' | 'annualTurnover'>,
): 'applies' | 'does_not_apply' | 'unknown' {
  if (entity.criticalInfrastructure) return 'applies';
  if (entity.type === 'commonwealth_agency' || entity.type === 'state_or_territory_authority')
    return 'does_not_apply';
  if (entity.annualTurnover === 'unknown') return 'unknown';
  return entity.annualTurnover > RANSOMWARE_REPORT_TURNOVER_THRESHOLD ? 'applies' : 'does_not_apply';
}

/**
 * What the other regimes need from the Part IIIC analysis. `risk` is the GDPR reading of the same
 * facts: `high` where serious harm is likely (art 34: tell the people), `some` where a risk cannot
 * be ruled out (art 33: tell the authority), `unlikely` where nothing was accessed or it stayed
 * protected or with someone bound by confidentiality.
 */
export interface RegimeContext {
  s75Applies: boolean;
  risk: 'high' | 'some' | 'unlikely';
}

type Rule = (i: Resolved, ctx: RegimeContext) => ObligationDraft | undefined;

/** Due `hours` after `from`, shown in the entity's zone with the offset in force at that instant. */
function within(
  i: Resolved,
  from: string | undefined | null,
  hours: number,
): Pick<Obligation, 'dueAt' | 'dueDate'> {
  if (!from) return {};
  const dueAt = addHours(from, hours, zoneOf(i.entity));
  return { dueAt, dueDate: localDateOf(dueAt) };
}

export const OTHER_REGIMES: Rule[] = [
  function ransomwarePaymentReport(i) {
    if (!i.breach.ransomware.paymentMade) return undefined;
    if (ransomwareReportApplies(i.entity) !== 'applies') return undefined;
    return {
      id: 'ransomware_payment_report',
      to: 'Australian Signals Directorate (ransomware payment report)',
      what: 'Report the ransomware or extortion payment made by you or on your behalf (including by an insurer or negotiator).',
      when: i.breach.ransomware.paymentMadeAt
        ? 'within 72 hours of the payment, or of becoming aware it was made'
        : 'within 72 hours of the payment, or of becoming aware it was made: find out when it was paid',
      ...within(i, i.breach.ransomware.paymentMadeAt, 72),
      citations: [cite('csa_s27')],
    };
  },
  function sociIncidentReport(i) {
    if (!i.entity.criticalInfrastructure) return undefined;
    if (i.breach.cause !== 'cyber_attack' && i.breach.cause !== 'unknown' && !i.breach.ransomware.paymentMade)
      return undefined;
    return {
      id: 'soci_incident_report',
      to: 'ASD’s ACSC (critical infrastructure cyber incident report)',
      what: 'Report the cyber security incident: within 12 hours if it has a significant impact on the asset’s availability (an oral report is allowed, with a written one within 84 hours), otherwise within 72 hours for a relevant impact.',
      when: 'within 12 hours (significant impact) or 72 hours (relevant impact) of becoming aware',
      ...(i.breach.awareAt
        ? {
            ...within(i, i.breach.awareAt, 12),
            deadlines: [
              { label: 'significant impact on availability: 12 hours', ...within(i, i.breach.awareAt, 12) },
              { label: 'relevant impact: 72 hours', ...within(i, i.breach.awareAt, 72) },
            ] as Obligation['deadlines'],
          }
        : {}),
      citations: [cite('soci_part2b')],
    };
  },
  function apraNotice(i) {
    if (!i.entity.apraRegulated) return undefined;
    return {
      id: 'apra_cps234_notice',
      to: 'APRA',
      what: 'Notify APRA of a material information security incident.',
      when: 'no later than 72 hours after becoming aware',
      ...within(i, i.breach.awareAt, 72),
      citations: [cite('apra_cps234')],
    };
  },
  function gdprNotice(i, ctx) {
    if (!i.entity.gdprApplies || ctx.risk === 'unlikely') return undefined;
    return {
      id: 'gdpr_art33_notice',
      to: 'The competent EU supervisory authority',
      what: 'Notify the personal data breach: it cannot be said to be unlikely to result in a risk to people’s rights and freedoms.',
      when: 'without undue delay and, where feasible, within 72 hours of becoming aware',
      ...within(i, i.breach.awareAt, 72),
      citations: [cite('gdpr_art33')],
    };
  },
  function gdprDataSubjects(i, ctx) {
    if (!i.entity.gdprApplies || ctx.risk !== 'high') return undefined;
    return {
      id: 'gdpr_art34_notice',
      to: 'The people whose personal data was involved (GDPR data subjects)',
      what: 'Tell the people affected, in clear and plain language, what happened, the likely consequences, what you are doing and who to contact: the breach is likely to result in a high risk to them.',
      when: 'without undue delay',
      citations: [cite('gdpr_art34')],
    };
  },
  function stateScheme(i) {
    if (i.entity.type !== 'state_or_territory_authority') return undefined;
    if (i.entity.jurisdiction === 'NSW') {
      return {
        id: 'state_scheme_notice',
        to: 'NSW Privacy Commissioner (Mandatory Notification of Data Breach scheme)',
        what: 'Assess within 30 days and, if it is an eligible data breach, notify the NSW Privacy Commissioner and affected individuals.',
        when: 'assessment within 30 days; notification as soon as practicable',
        citations: [cite('nsw_ppip_6a')],
      };
    }
    if (i.entity.jurisdiction === 'QLD' && i.breach.awareOn >= '2025-07-01') {
      return {
        id: 'state_scheme_notice',
        to: 'Queensland Information Commissioner (mandatory notification of data breach scheme)',
        what: 'Assess within 30 days and, if it is an eligible data breach, notify the Information Commissioner and affected individuals.',
        when: 'assessment within 30 days; notification as soon as practicable',
        citations: [cite('qld_ip_ch3a')],
      };
    }
    return undefined;
  },
  function mhrSystemOperator(_i, { s75Applies }) {
    if (!s75Applies) return undefined;
    return {
      id: 'mhr_notify_system_operator',
      to: OFFICIAL_CONTACTS.adha.name,
      what: 'Notify the My Health Record data breach (ADHA’s online notification form), even if it is not confirmed or already contained.',
      when: 'as_soon_as_practicable',
      citations: [cite('mhr_s75')],
    };
  },
  function mhrCommissioner(i, { s75Applies }) {
    if (!s75Applies || i.entity.type === 'state_or_territory_authority') return undefined;
    return {
      id: 'mhr_notify_commissioner',
      to: OFFICIAL_CONTACTS.oaic.name,
      what: 'Notify the Information Commissioner of the My Health Record data breach through the OAIC’s My Health Record channel (not the notifiable data breach form): the numbers, not the patients’ identities, which go to the System Operator.',
      when: 'as_soon_as_practicable',
      citations: [cite('mhr_s75'), cite('oaic_mhr_breach')],
    };
  },
  function mhrConsumers(i, { s75Applies }) {
    if (!s75Applies) return undefined;
    const occurred = i.breach.myHealthRecord === 'involved';
    return {
      id: 'mhr_request_consumer_notification',
      to: OFFICIAL_CONTACTS.adha.name,
      what: occurred
        ? 'Ask the System Operator to notify every affected healthcare recipient (and the public if a significant number are affected); do not contact them directly first.'
        : 'If the breach is reasonably likely to have occurred and its effects might be serious for anyone, ask the System Operator to notify the affected healthcare recipients.',
      when: 'as_soon_as_practicable',
      citations: [cite(occurred ? 'mhr_s75(6)(d)' : 'mhr_s75(5)(c)')],
    };
  },
  function coordinate(i) {
    if (!i.breach.otherEntities.involved) return undefined;
    return {
      id: 'coordinate_with_other_entities',
      to: 'The other entities that hold the information',
      what: 'Agree in writing who assesses (s 26WJ) and who gives the statement and notifies (s 26WM); usually the one closest to the affected people notifies. The statement may name the other entities (s 26WK(4)).',
      when: 'now',
      citations: [cite('s26WJ'), cite('s26WM'), cite('s26WK(4)')],
    };
  },
];

export function otherObligations(i: Resolved, ctx: RegimeContext): ObligationDraft[] {
  return OTHER_REGIMES.map((rule) => rule(i, ctx)).filter((o): o is ObligationDraft => o !== undefined);
}
