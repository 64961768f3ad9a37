// What each kind of practice typically holds and where its breaches usually start: practical
// knowledge for the plan's runbooks, not law (the law is in @ndb-kit/engine). One entry per
// practiceType; physiotherapy shares the allied-health profile.
import type { PracticeType } from '@ndb-kit/policy';

export interface PracticeProfile {
  /** "dental practice": used in headings and sentences. */
  label: string;
  /** What the practice typically holds, as one sentence fragment after "typically holds". */
  holds: string;
  /** Where breaches usually start, each with the runbook that handles it. */
  risks: { risk: string; runbook: string }[];
  /** What the practice calls the people it serves: patients, clients, participants. */
  people: string;
  /** Psychology and mental health: safe-contact advice, Beyond Blue in the notices, sensitivity note. */
  mentalHealth: boolean;
  /** An NDIS provider: nominees and accessible formats, the NDIS Commission's reportable incidents. */
  ndis: boolean;
}

const GP: PracticeProfile = {
  label: 'general practice',
  holds:
    'clinical notes, pathology and imaging results, prescriptions, referral letters, Medicare, DVA and concession numbers, and reception email and SMS reminders',
  risks: [
    {
      risk: 'A result or referral letter sent to the wrong patient or provider: a similar name, an old fax number or email autocomplete',
      runbook: '3.2',
    },
    {
      risk: 'A locum or former staff member whose clinical-system login was never removed, or logins shared at reception',
      runbook: '3.6',
    },
    { risk: 'Reception email phished, then used to send invoices or links to patients', runbook: '3.3' },
    { risk: 'Appointment and recall SMS sent to an old or shared number', runbook: '3.2' },
  ],
  people: 'patients',
  mentalHealth: false,
  ndis: false,
};

const ALLIED: PracticeProfile = {
  label: 'allied health practice',
  holds:
    'GP referral letters with diagnoses, treatment notes, imaging reports and scans patients bring in, and workers’ compensation, CTP and NDIS claim details shared with insurers and case managers',
  risks: [
    {
      risk: 'A report to an insurer, case manager or employer that says more than the claim needs, or goes to the wrong case manager',
      runbook: '3.2',
    },
    { risk: 'Home and aged-care visits: notes, a tablet or paper files left in a car', runbook: '3.1' },
    {
      risk: 'A referral letter or imaging report filed against the wrong client, then sent on with their records',
      runbook: '3.2',
    },
    {
      risk: 'Sign-in sheets or class lists with health details left where others can read them',
      runbook: '3.7',
    },
  ],
  people: 'patients',
  mentalHealth: false,
  ndis: false,
};

const PROFILES: Record<PracticeType, PracticeProfile> = {
  general_practice: GP,
  specialist: {
    ...GP,
    label: 'specialist practice',
    holds:
      'referral letters and GP correspondence, clinical letters, results and procedure records, hospital and health fund details',
  },
  dental: {
    label: 'dental practice',
    holds:
      'X-rays (intraoral, OPG, CBCT) and intraoral photos, charts and treatment plans, referral letters to specialists, health fund and Medicare (Child Dental Benefits Schedule) details, and payment plans',
    risks: [
      {
        risk: 'The imaging server or X-ray workstation: often on premises, on older software with shared logins and no disk encryption; a burglary or ransomware takes images labelled with names and dates of birth',
        runbook: '3.4',
      },
      {
        risk: 'X-rays and referral letters emailed to the wrong specialist, or to a personal address',
        runbook: '3.2',
      },
      {
        risk: 'Before-and-after photos posted on social media or the website without the patient’s consent',
        runbook: '3.2',
      },
      {
        risk: 'A laptop or USB drive with an export of the appointment book or imaging taken home',
        runbook: '3.1',
      },
    ],
    people: 'patients',
    mentalHealth: false,
    ndis: false,
  },
  allied_health: ALLIED,
  physiotherapy: { ...ALLIED, label: 'physiotherapy practice' },
  psychology: {
    label: 'psychology practice',
    holds:
      'session notes, assessments and test results, Mental Health Treatment Plans and GP referrals, risk assessments, and reports for courts, employers or insurers; even the fact that someone is a client is sensitive',
    risks: [
      {
        risk: 'An appointment reminder, invoice or voicemail reaching someone the client shares a phone, email or address with: it tells them the client sees a psychologist',
        runbook: '3.2',
      },
      {
        risk: 'A report written for a court, employer or insurer sent to the wrong person, or saying more than it needed to',
        runbook: '3.2',
      },
      { risk: 'A telehealth link or a session recording sent to the wrong person', runbook: '3.2' },
      {
        risk: 'A family-violence risk: a former partner learning the client’s address, appointment times or what they said in session',
        runbook: '3.6',
      },
    ],
    people: 'clients',
    mentalHealth: true,
    ndis: false,
  },
  ndis_provider: {
    label: 'NDIS provider',
    holds:
      'participants’ NDIS numbers and plans, support and behaviour support plans, restrictive practice and incident records, progress notes shared with support coordinators and plan managers, and details of guardians and plan nominees',
    risks: [
      {
        risk: 'Progress notes or invoices sent to the wrong plan manager or support coordinator',
        runbook: '3.2',
      },
      {
        risk: 'Support workers’ own phones holding participants’ photos, addresses and rosters in messaging apps',
        runbook: '3.1',
      },
      { risk: 'A shared rostering or case-notes app whose login a former worker still has', runbook: '3.3' },
    ],
    people: 'participants',
    mentalHealth: false,
    ndis: true,
  },
  other: {
    label: 'health practice',
    holds:
      'clinical notes, referral letters, identifiers such as Medicare numbers, and contact and payment details',
    risks: GP.risks.slice(0, 3),
    people: 'patients',
    mentalHealth: false,
    ndis: false,
  },
};

export function practiceProfile(type: PracticeType): PracticeProfile {
  return PROFILES[type];
}
