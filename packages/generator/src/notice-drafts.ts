// @ndb-kit/generator/notices: the notice templates of templates/notices/ rendered from a practice's
// details and, optionally, one incident and the engine's decision on it. `ndb build` renders them
// blank (no incident: every fact is a **[[…]]** blank); the site's wizard renders them client-side
// with what the user answered filled in. One set of templates, one renderer, for both.
//
// Browser-safe: imports only the precompiled notice templates, the Handlebars runtime, the helpers
// and the engine. No node: imports, no markdown-it, no PDF, no @ndb-kit/policy.
import {
  ASSESSMENT_DAYS,
  assessmentDueDate,
  type BreachCause,
  type BreachKind,
  type Decision,
  type Incident,
  type InformationKind,
  isIsoDate,
  KIND_LABELS,
  NOT_ADVICE,
  OFFICIAL_CONTACTS,
  REMEDIAL_ACTIONS,
  SUPPORT_CONTACTS,
} from '@ndb-kit/engine';
import { NOTICE_TEMPLATES } from './generated/notice-templates.ts';
import { NOTICES } from './notices.ts';
import { capitalise } from './text-case.ts';
import { grouped } from './money.ts';
import { makeRenderer, type TemplateSpec } from './render-runtime.ts';
import type { StateHealthView, ViewModel } from './view-model/index.ts';

export interface NoticePerson {
  name: string;
  position: string;
  phone: string;
  email: string | null;
}

/**
 * The practice facts the notice templates print: a JSON-safe slice of the generator's ViewModel
 * (`noticePractice(model)` makes it), small enough to embed in the wizard page.
 */
export interface NoticePractice {
  practice: Pick<
    ViewModel['practice'],
    'legalName' | 'tradingName' | 'tradesUnderOtherName' | 'abn' | 'address' | 'phone' | 'email' | 'website'
  >;
  roles: { privacyOfficer: { person: NoticePerson }; responseLead: { person: NoticePerson } };
  insurer: { name: string; phone: string | null; email: string | null; reference: string | null } | null;
  msp: { name: string; reference: string | null } | null;
  mhr: boolean;
  /** The state health-privacy law and complaint body (VIC, NSW, ACT), or null: the complaint lines name it. */
  stateHealth: StateHealthView | null;
  /**
   * Practice-type facts the notices follow: a mental-health practice's notices add Beyond Blue and
   * ask how it is safe to contact the person; an NDIS provider's offer a support person and other
   * formats; the My Health Record notices print the HPI-O.
   */
  tailoring: { mentalHealth: boolean; ndis: boolean; hpio: string | null; people: string };
}

/**
 * The incident facts as the templates print them: plain text (the templates escape it for their
 * format), null where the fact is unknown so the template keeps its **[[…]]** blank.
 * Capitalised variants (What, Kinds, Actions) start a sentence or a table cell.
 */
export interface NoticeIncident {
  /** False only for the blank notices of `ndb build` (NO_INCIDENT). */
  known: boolean;
  awareOn: string | null;
  /** "HH:MM" from the awareness time, when given. */
  awareTime: string | null;
  occurredOn: string | null;
  /** Clause after "we became aware that …", from the kind of breach. */
  whatHappened: string | null;
  What: string | null;
  cause: string | null;
  /** The user's own words, on one line. */
  description: string | null;
  Kinds: string | null;
  kinds: string | null;
  /** The user said there may be other kinds too: the template adds a blank for them. */
  kindsMayBeMore: boolean;
  individuals: string | null;
  /** Only when known to be none; otherwise the template asks for the details. */
  vulnerable: string | null;
  certainty: string | null;
  assessmentDue: string | null;
  Actions: string | null;
  actions: string | null;
  /** Steps that fit the kinds of information, for the "what you can do" lists. */
  steps: string[];
  /** True when `steps` covers every kind involved: the "other steps" blank is then dropped. */
  stepsComplete: boolean;
}

export interface NoticeDecisionView {
  outcome: Decision['outcome'];
  headline: string;
}

/**
 * The blank incident: every fact unknown. Strict mode needs every field present, so the blank case
 * is explicit. (Not frozen: the strict proxy wraps nested values, which a frozen object forbids.)
 */
export const NO_INCIDENT: Readonly<NoticeIncident> = {
  known: false,
  awareOn: null,
  awareTime: null,
  occurredOn: null,
  whatHappened: null,
  What: null,
  cause: null,
  description: null,
  Kinds: null,
  kinds: null,
  kindsMayBeMore: false,
  individuals: null,
  vulnerable: null,
  certainty: null,
  assessmentDue: null,
  Actions: null,
  actions: null,
  steps: [],
  stepsComplete: false,
};

const WHAT: Record<BreachKind, string> = {
  unauthorised_disclosure: 'personal information was sent, shown or given to someone who should not have it',
  unauthorised_access: 'someone got into our systems, records or accounts without permission',
  loss: 'a device, file or records holding personal information were lost or stolen',
};

const CAUSES: Record<BreachCause, string> = {
  human_error: 'human error',
  cyber_attack: 'a cyber attack',
  theft: 'theft',
  rogue_insider: 'a staff member or former staff member misusing access',
  system_fault: 'a system fault',
};

/** What an affected person can do, by kind of information (the always-present "be alert" step is in the templates). */
export const STEPS: Partial<Record<InformationKind, string>> = {
  health: 'If this news is distressing, contact us or your doctor for support.',
  sensitive: 'If this news is distressing, contact us or your doctor for support.',
  government_identifier:
    'Ask Services Australia about replacing your Medicare card, and the issuer of any other identity document involved (such as a licence or passport) about replacing it.',
  tfn: 'Contact the Australian Taxation Office (13 28 61) so it can protect your tax file number.',
  financial:
    'Watch your bank and card statements, tell your bank about anything unusual, and ask it about replacing any card involved.',
  credit_eligibility: 'Consider asking the credit reporting bodies to put a ban on your credit report.',
  credentials: 'Change your password for our patient portal and anywhere else you used the same password.',
  identity:
    'Consider contacting IDCARE (1800 595 160), the free national identity and cyber support service.',
};

/** Actions that are facts for the register, not for a notice to patients (the practice decides how to say them). */
const NOT_IN_NOTICES = new Set<string>(['ransom_paid_for_deletion']);

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** User-typed text on one line: line breaks (CR, LF, CRLF, Unicode separators) and runs of spaces become one space. */
export function oneLine(value: string): string {
  const spaced = value.replace(/[\r\n\u2028\u2029\u0085\t\v\f]+/g, ' ');
  // Any other C0 control character or DEL is dropped: it has no place in a notice.
  const printable = [...spaced].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('');
  return printable.replace(/ {2,}/g, ' ').trim();
}

const isoOrNull = (d: unknown) => (typeof d === 'string' && isIsoDate(d) ? d : null);

/** The incident facts the notice templates print (see NoticeIncident). */
export function noticeIncident(incident: Incident): NoticeIncident {
  const b = incident.breach;
  const awareOn = isoOrNull(b.awareOn);
  if (!awareOn)
    throw new TypeError(`incident.breach.awareOn must be YYYY-MM-DD, got ${JSON.stringify(b.awareOn)}`);
  const what = b.kind !== 'unknown' && Object.hasOwn(WHAT, b.kind) ? WHAT[b.kind] : null;
  const info = incident.information;
  const known = info.kinds.filter(
    (k): k is InformationKind => k !== 'unknown' && Object.hasOwn(KIND_LABELS, k),
  );
  const kinds = known.length ? known.map((k) => KIND_LABELS[k]).join('; ') : null;
  const n = info.individualsAffected;
  const actions = incident.remediation.actions
    .filter((a) => Object.hasOwn(REMEDIAL_ACTIONS, a) && !NOT_IN_NOTICES.has(a))
    .map((a) => REMEDIAL_ACTIONS[a as keyof typeof REMEDIAL_ACTIONS].label);
  const actionText = actions.length ? `${actions.map((a, i) => (i ? lower(a) : a)).join('; ')}.` : null;
  const steps = [...new Set(known.map((k) => STEPS[k]).filter((s): s is string => !!s))];
  const description = typeof b.description === 'string' ? oneLine(b.description) : '';
  const time = typeof b.awareAt === 'string' ? /T(\d{2}:\d{2})/.exec(b.awareAt)?.[1] : undefined;
  return {
    known: true,
    awareOn,
    awareTime: time ?? null,
    occurredOn: isoOrNull(b.occurredOn),
    whatHappened: what,
    What: what && capitalise(what),
    cause: b.cause && b.cause !== 'unknown' && Object.hasOwn(CAUSES, b.cause) ? CAUSES[b.cause] : null,
    description: description || null,
    kinds,
    Kinds: kinds && capitalise(kinds),
    kindsMayBeMore: kinds !== null && info.kinds.includes('unknown'),
    individuals:
      typeof n === 'number' && Number.isFinite(n) && n > 0
        ? n === 1
          ? '1 person'
          : `about ${grouped(Math.round(n))} people`
        : null,
    vulnerable: info.vulnerableIndividuals === false ? 'none known to be children or vulnerable' : null,
    certainty:
      b.certainty === 'believed'
        ? 'Believed (reasonable grounds to believe)'
        : b.certainty === 'suspected'
          ? 'Suspected (still assessing)'
          : null,
    assessmentDue: assessmentDueDate(awareOn),
    actions: actionText && lower(actionText),
    Actions: actionText,
    steps,
    stepsComplete: steps.length > 0 && kinds !== null && !info.kinds.includes('unknown'),
  };
}

/** The ViewModel's slice the notices need (for `ndb build` and for embedding in the wizard page). */
export function noticePractice(model: ViewModel): NoticePractice {
  const p = model.practice;
  const person = (r: 'privacyOfficer' | 'responseLead'): NoticePerson => {
    const x = model.roles[r].person;
    return { name: x.name, position: x.position, phone: x.phone, email: x.email };
  };
  return {
    practice: {
      legalName: p.legalName,
      tradingName: p.tradingName,
      tradesUnderOtherName: p.tradesUnderOtherName,
      abn: p.abn,
      address: p.address,
      phone: p.phone,
      email: p.email,
      website: p.website,
    },
    roles: {
      privacyOfficer: { person: person('privacyOfficer') },
      responseLead: { person: person('responseLead') },
    },
    insurer: model.insurer && {
      name: model.insurer.name,
      phone: model.insurer.phone,
      email: model.insurer.email,
      reference: model.insurer.reference,
    },
    msp: model.msp && { name: model.msp.name, reference: model.msp.reference },
    mhr: model.mhr,
    stateHealth: model.stateHealth,
    tailoring: {
      mentalHealth: model.tailoring.profile.mentalHealth,
      ndis: model.tailoring.profile.ndis,
      hpio: model.tailoring.hpio,
      people: model.tailoring.profile.people,
    },
  };
}

export interface NoticeDraft {
  id: string;
  title: string;
  format: 'md' | 'txt';
  content: string;
}

export interface NoticeDraftInput {
  practice: NoticePractice;
  /** null: the blank notices of `ndb build`. */
  incident: Incident | null;
  decision?: Decision | null;
}

const render = makeRenderer(NOTICE_TEMPLATES as Record<string, TemplateSpec>);
const o = OFFICIAL_CONTACTS;
const FIXED = {
  build: { notAdvice: NOT_ADVICE },
  assessment: { days: ASSESSMENT_DAYS },
  official: {
    oaic: { phone: o.oaic.phone, web: o.oaic.web },
    oaicMhr: { web: o.oaicMhr.web },
    oaicComplaints: { web: o.oaicComplaints.web },
    adha: { web: o.adha.web },
  },
  support: {
    interpreter: { phone: SUPPORT_CONTACTS.interpreter.phone },
    lifeline: { phone: SUPPORT_CONTACTS.lifeline.phone },
    idcare: { phone: SUPPORT_CONTACTS.idcare.phone },
    beyondBlue: { phone: SUPPORT_CONTACTS.beyondBlue.phone },
  },
};

/** Every notice the practice gets, in the order the site lists them, filled with what is known. */
export function renderNoticeDrafts(input: NoticeDraftInput): NoticeDraft[] {
  const context = {
    ...input.practice,
    ...FIXED,
    incident: input.incident ? noticeIncident(input.incident) : NO_INCIDENT,
    decision: input.decision
      ? ({ outcome: input.decision.outcome, headline: input.decision.headline } satisfies NoticeDecisionView)
      : null,
  };
  return NOTICES.filter((n) => n.when(context)).map((n) => ({
    id: n.id,
    title: n.title,
    format: n.format,
    content: render(`notices/${n.id}.${n.format}`, context),
  }));
}
