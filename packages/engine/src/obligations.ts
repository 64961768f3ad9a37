// The Part IIIC obligations that follow from the (combined) Part IIIC outcome, plus the record
// that every decision keeps.
import { cite } from './citations.ts';
import { OFFICIAL_CONTACTS } from './contacts.ts';
import { addDays, formatDate, formatDateTime, localDateIn, zoneOf } from './dates.ts';
import type { Incident, Obligation, ObligationDraft, ObligationId, Outcome } from './types.ts';

export const ASSESSMENT_DAYS = 30;

/** Each duty in a few words, as an instruction: the banner, the calendar and the register use it. */
export const OBLIGATION_TITLES: Record<ObligationId, string> = {
  oaic_statement: 'Give the OAIC the statement',
  notify_individuals: 'Tell the people affected',
  complete_assessment: 'Finish the assessment',
  mhr_notify_system_operator: 'Tell the Australian Digital Health Agency (My Health Record)',
  mhr_notify_commissioner: 'Tell the OAIC about the My Health Record breach',
  mhr_request_consumer_notification: 'Ask the Agency to tell the affected patients',
  ransomware_payment_report: 'Report the ransomware payment to the Australian Signals Directorate',
  soci_incident_report: 'Report the cyber security incident to ASD’s ACSC',
  apra_cps234_notice: 'Notify APRA',
  gdpr_art33_notice: 'Notify the EU supervisory authority (GDPR)',
  gdpr_art34_notice: 'Tell the people affected (GDPR)',
  state_scheme_notice: 'Check the state scheme',
  coordinate_with_other_entities: 'Agree in writing with the other organisations who does what',
  request_commissioner_extension: 'Ask the Commissioner for more time',
  keep_record: 'Keep this record',
};

/** awareOn + 30 calendar days; the day of awareness is excluded and a weekend is not rolled forward. */
export function assessmentDueDate(awareOn: string): string {
  return addDays(awareOn, ASSESSMENT_DAYS);
}

export function partIIICObligations(
  incident: Incident,
  ndb: Outcome | 'not_applicable',
  now: string,
  someExcluded: boolean,
): ObligationDraft[] {
  const out: ObligationDraft[] = [];
  const others = incident.breach.otherEntities;
  if (ndb === 'assess') {
    const dueDate = assessmentDueDate(incident.breach.awareOn);
    out.push({
      id: 'complete_assessment',
      to: 'Your privacy officer (internal, documented)',
      what:
        'Carry out a reasonable and expeditious assessment of whether there are reasonable grounds to believe this is an eligible data breach; as soon as there are, notify.' +
        (others.anotherEntityAssessing
          ? ' If the other entity’s assessment covers you, s 26WJ relieves you: get it in writing.'
          : ''),
      when: 'within 30 days of becoming aware',
      dueDate,
      // Judged on the calendar in the practice's zone, not the zone `now` happens to be written in.
      overdue: localDateIn(now, zoneOf(incident.entity)) > dueDate,
      citations: [cite('s26WH(2)'), cite('aia_s36')],
    });
  }
  if (ndb === 'notify') {
    out.push({
      id: 'oaic_statement',
      to: OFFICIAL_CONTACTS.oaic.name,
      what:
        'Prepare a statement with your identity and contact details, a description of the breach, the kinds of information, and the steps people should take; give it to the Commissioner (the OAIC’s online NDB form).' +
        (others.anotherEntityNotifying
          ? ' The other entity says it will notify: s 26WM relieves you only once it has given its statement and notified your patients too, so confirm that before relying on it.'
          : ''),
      when: 'as_soon_as_practicable',
      citations: [cite('s26WK'), cite('s26WK(3)')],
    });
    out.push({
      id: 'notify_individuals',
      to: 'The individuals whose information was involved',
      what: someExcluded
        ? 'Notify the individuals still at risk with the contents of the statement; those for whom remedial action removed the risk need not be notified.'
        : 'Notify each individual whose information was involved with the contents of the statement, by the way you usually contact them. If that is not practicable, notify those at risk (b); if neither is, publish the statement on your website and publicise it (c).',
      when: 'as_soon_as_practicable after the statement',
      option: someExcluded ? 'b' : 'a',
      citations: [cite('s26WL(2)'), cite('s26WL(3)'), ...(someExcluded ? [cite('s26WF(2)')] : [])],
    });
    if (incident.breach.lawEnforcementAskedToDelay) {
      out.push({
        id: 'request_commissioner_extension',
        to: OFFICIAL_CONTACTS.oaic.name,
        what: 'Police asked you to delay notifying people: ask the Commissioner for a declaration or an extension of time, with the police advice.',
        when: 'before the notification would otherwise be made',
        citations: [cite('s26WQ'), cite('s26WN')],
      });
    }
  }
  return out;
}

export function keepRecord(): ObligationDraft {
  return {
    id: 'keep_record',
    to: 'Your incident register',
    what: 'Keep this decision record, the facts and evidence it rests on, and every step taken, with dates.',
    when: 'now, and update as facts change',
    // No section of Part IIIC imposes a record; the OAIC's guidance asks for one, and it is the
    // evidence that the s 26WH(2) assessment and the s 26WK statement were timely.
    citations: [cite('oaic_four_steps')],
  };
}

/**
 * When an obligation is due, in words every output uses (screen, CLI, PDF, email, headline):
 * "by Sun 6 Apr 2025, 11:30 pm (UTC+10:00)", "by Wed 2 Jul 2025", or "as soon as practicable".
 */
/** The obligation with its title. */
export function titled(o: ObligationDraft): Obligation {
  return { ...o, title: OBLIGATION_TITLES[o.id] };
}

export function describeDue(o: { dueAt?: string; dueDate?: string; when?: string }): string {
  if (o.dueAt) return `by ${formatDateTime(o.dueAt)}`;
  if (o.dueDate) return `by ${formatDate(o.dueDate)}`;
  return (o.when ?? 'as_soon_as_practicable').replaceAll('_', ' ');
}
