// The policy turned into the facts the templates print. Templates are compiled in strict mode, so
// every field a template may test is present here (null when the practice has none): a typo in a
// template fails the build instead of printing an empty string. Decisions about tailoring
// (sole practitioner, MSP, My Health Record, ransomware payment reports) are made here, once.
import { type ApprovalView, approvalView } from './approval.ts';
import {
  ASSESSMENT_DAYS,
  assessmentDueDate,
  CITATIONS,
  HARM_FACTOR_LABELS,
  HARM_FACTORS,
  type HarmFactorId,
  KIND_LABELS,
  LAW_AS_AT,
  NOT_ADVICE,
  formatDate,
  OFFICIAL_CONTACTS,
  RANSOMWARE_REPORT_TURNOVER_THRESHOLD,
  RULES_VERSION,
  ransomwareReportApplies,
  SMALL_BUSINESS_CEILING,
  STATE_HEALTH_PRIVACY,
  SUPPORT_CONTACTS,
} from '@ndb-kit/engine';
import {
  MSP,
  type Person,
  type PracticePolicy,
  type PracticeSystem,
  ROLE_NAMES,
  type RoleName,
  type Vendor,
} from '@ndb-kit/policy';
import { type DrillLogEntry, type DrillSchedule, drillSchedules } from './drills.ts';
import { STEPS } from './notice-drafts.ts';
import { capitalise } from './text-case.ts';
import { isPortable } from './tailoring/devices.ts';
import { type Tailoring, tailoring } from './tailoring/index.ts';

export const ROLE_LABELS: Record<RoleName, { label: string; duty: string }> = {
  responseLead: {
    label: 'Response lead',
    duty: 'Runs the response: contain, assess, notify, review. Keeps the clock.',
  },
  deputy: { label: 'Deputy', duty: 'Steps in when the response lead cannot be reached within 30 minutes.' },
  privacyOfficer: {
    label: 'Privacy officer',
    duty: 'Keeps the incident register and evidence; prepares the OAIC statement.',
  },
  decisionMaker: {
    label: 'Decision maker',
    duty: 'Decides whether the breach is notifiable and approves notices.',
  },
  itContact: {
    label: 'IT contact',
    duty: 'Contains the technical side; works with the IT provider and vendors.',
  },
  communicationsLead: {
    label: 'Communications lead',
    duty: 'Drafts and sends notices; handles patient and media enquiries.',
  },
};

const PRACTICE_TYPE_LABELS: Record<PracticePolicy['organisation']['practiceType'], string> = {
  general_practice: 'general practice',
  psychology: 'psychology practice',
  dental: 'dental practice',
  physiotherapy: 'physiotherapy practice',
  allied_health: 'allied health practice',
  ndis_provider: 'NDIS provider',
  specialist: 'specialist practice',
  other: 'health practice',
};

const HOSTING_LABELS: Record<PracticeSystem['hosting'], string> = {
  on_premises: 'On premises',
  cloud: 'Cloud',
  hybrid: 'Hybrid',
};

export interface PersonView {
  id: string;
  name: string;
  position: string;
  phone: string;
  afterHoursPhone: string | null;
  /** The after-hours number recorded is the day number ("same number"); false when none is recorded. */
  afterHoursSame: boolean;
  email: string | null;
  roles: string;
}

export interface RoleView {
  key: RoleName;
  label: string;
  duty: string;
  person: PersonView;
  /** "you" for a sole practitioner, otherwise the person's name (used mid-sentence). */
  who: string;
  /** The same, capitalised for the start of a sentence. */
  Who: string;
}

export interface ContactView {
  name: string;
  detail: string | null;
  phone: string | null;
  afterHoursPhone: string | null;
  email: string | null;
  web: string | null;
  reference: string | null;
}

export interface SystemView {
  name: string;
  purpose: string;
  kinds: string;
  hosting: string;
  vendor: string | null;
  vendorContact: ContactView | null;
  administeredBy: string;
  backups: string;
  encryption: string;
  encryptionNotes: string | null;
  mfa: string;
  holdsHealth: boolean;
  onPremises: boolean;
  encryptedAtRest: boolean;
  mfaOn: boolean;
  /** A laptop, phone or tablet (src/tailoring/devices.ts): the lost-device runbook, not the server list. */
  portable: boolean;
}

/** One call in the call tree: "<label> <name>, <phone> (after hours …) <note>". */
export interface CallView {
  label: string;
  name: string | null;
  phone: string | null;
  afterHoursPhone: string | null;
  note: string | null;
}

export interface StateHealthView {
  state: string;
  /** Citation key of the state law (engine citations). */
  law: 'vic_hra' | 'nsw_hrip' | 'act_hrpa';
  regulator: string;
  web: string;
}

export interface CoverageView {
  /** A health service provider: covered whatever its turnover (s 6D(4)(b)). */
  healthProvider: boolean;
  /** "$180,000", or null when unknown. */
  turnover: string | null;
  /** Turnover over the small-business ceiling ($3 million): an organisation on size alone. */
  overThreshold: boolean;
  /** The s 6D small-business ceiling in words ("$3 million"), from the engine. */
  ceiling: string;
  /** A State or Territory authority: not an organisation (s 6C); the plan says Part IIIC does not bind it. */
  stateAuthority: boolean;
  commonwealthAgency: boolean;
}

export type Applicability = 'applies' | 'does_not_apply' | 'unknown';

export interface ViewModel {
  practice: {
    id: string;
    legalName: string;
    tradingName: string;
    /** True when patients know the practice by a different name from the legal entity's. */
    tradesUnderOtherName: boolean;
    abn: string | null;
    type: string;
    street: string;
    suburb: string;
    state: string;
    postcode: string | null;
    /** One line: "street, suburb state postcode" (what the notices print). */
    address: string;
    phone: string;
    email: string;
    website: string | null;
    timeZone: string;
  };
  plan: {
    version: string;
    approvedBy: string | null;
    approvedOn: string | null;
    /** This version is being revised and is not approved (approvedBy/On are the last approval). */
    draft: boolean;
    nextReview: string;
    /** What the approval covers, the DRAFT mark, revisions and distribution (approval.ts). */
    approval: ApprovalView;
  };
  /** Reader-facing staleness sentences (@ndb-kit/policy planBanners), shown first in the plan. */
  banners: string[];
  build: { date: string; rulesVersion: string; lawAsAt: string; notAdvice: string };
  sole: boolean;
  roles: Record<RoleName, RoleView>;
  roleList: RoleView[];
  /** A sole practitioner's roles: every role but the deputy, who would be the same person stepping in for themselves. */
  soleRoleList: RoleView[];
  people: PersonView[];
  /** Who calls whom, first caller first; a person is never told to call themselves. */
  callTree: { from: string; calls: CallView[] }[];
  /** A sole practitioner without an MSP is their own IT contact: runbooks then point to vendors. */
  itSelf: boolean;
  /** Whoever the response lead calls for IT: the MSP if there is one, else the IT contact. */
  itHelp: ContactView;
  msp: ContactView | null;
  insurer: ContactView | null;
  lawyer: ContactView | null;
  localPolice: ContactView | null;
  vendors: ContactView[];
  pathology: ContactView[];
  systems: SystemView[];
  healthSystems: string[];
  cloudSystems: string[];
  serverSystems: string[];
  emailSystems: string[];
  systemsWithoutMfa: string[];
  official: {
    oaic: ContactView;
    /** The OAIC's My Health Record breach channel (not the NDB form). */
    oaicMhr: ContactView;
    oaicComplaints: ContactView;
    adha: ContactView;
    reportCyber: ContactView;
    police: ContactView;
  };
  /** Interpreter and support lines every notice to individuals offers. */
  support: { interpreter: ContactView; lifeline: ContactView; idcare: ContactView };
  /** The state health-privacy law and complaint body beside the Privacy Act (VIC, NSW, ACT), or null. */
  stateHealth: StateHealthView | null;
  /** Why Part IIIC binds this practice (the plan's coverage statement). */
  coverage: CoverageView;
  /** What to recommend individuals do, by kind of information (the same lines the wizard's drafts use). */
  recommendedSteps: { kind: string; step: string }[];
  /** Rows of the plan's "Outside help" table. */
  outsideHelpCount: number;
  mhr: boolean;
  ransomware: {
    status: Applicability;
    applies: boolean;
    unknown: boolean;
    reason: string;
    /** The Cyber Security Act report's turnover threshold in words, from the engine. */
    threshold: string;
  };
  criticalInfrastructure: boolean;
  apraRegulated: boolean;
  gdprApplies: boolean;
  /** One row per s 26WG factor (keyed by the factor, not its paragraph: two may share one). */
  harmFactors: { factor: HarmFactorId; paragraph: string; heading: string; summary: string; key: string }[];
  assessment: { days: number; exampleAwareOn: string; exampleDueOn: string };
  drills: DrillSchedule[];
  /** Every drill held, newest first (ties in policy order), with its drill's title. */
  drillLog: (DrillLogEntry & { title: string })[];
  /** Practice type, devices, vendor terms, carve-ins, HPI-O (src/tailoring). */
  tailoring: Tailoring;
}

function personView(p: Person, roles: string[]): PersonView {
  return {
    id: p.id,
    name: p.name,
    position: p.position,
    phone: p.phone,
    // An after-hours number equal to the day number adds nothing: the plan then says "same".
    afterHoursPhone: p.afterHoursPhone && p.afterHoursPhone !== p.phone ? p.afterHoursPhone : null,
    afterHoursSame: p.afterHoursPhone === p.phone,
    email: p.email ?? null,
    roles: roles.join(', '),
  };
}

function vendorView(v: Vendor): ContactView {
  return {
    name: v.name,
    detail: v.service,
    phone: v.phone ?? null,
    afterHoursPhone: null,
    email: v.email ?? null,
    web: v.supportUrl ?? null,
    reference: null,
  };
}

function contact(c: Partial<Omit<ContactView, 'name'>> & { name: string }): ContactView {
  return {
    name: c.name,
    detail: c.detail ?? null,
    phone: c.phone ?? null,
    afterHoursPhone: c.afterHoursPhone ?? null,
    email: c.email ?? null,
    web: c.web ?? null,
    reference: c.reference ?? null,
  };
}

function call(
  label: string,
  c: { name: string | null; phone: string | null; afterHoursPhone?: string | null },
  note: string | null = null,
): CallView {
  return { label, name: c.name, phone: c.phone, afterHoursPhone: c.afterHoursPhone ?? null, note };
}

function callTree(
  m: Pick<ViewModel, 'roles' | 'msp' | 'insurer' | 'lawyer' | 'official' | 'mhr'>,
): ViewModel['callTree'] {
  const r = m.roles;
  const lead = r.responseLead.person;
  const roleCall = (key: RoleName, note: string | null = null) =>
    call(key === 'itContact' ? 'IT contact' : ROLE_LABELS[key].label.toLowerCase(), r[key].person, note);
  const others = (keys: RoleName[]) => keys.filter((k) => r[k].person.id !== lead.id).map((k) => roleCall(k));
  const tree: ViewModel['callTree'] = [
    {
      from: 'Anyone who finds a breach',
      calls: [roleCall('responseLead'), roleCall('deputy', 'if there is no answer within 30 minutes')],
    },
    {
      from: `Response lead, ${lead.name}`,
      calls: [
        ...others(['itContact', 'privacyOfficer', 'decisionMaker']),
        ...(m.insurer
          ? [call('the insurer', m.insurer, m.insurer.reference ? `(policy ${m.insurer.reference})` : null)]
          : []),
      ],
    },
    {
      from: `IT contact, ${r.itContact.person.name}`,
      calls: [
        ...(m.msp ? [call('managed IT', m.msp, m.msp.reference ? `(quote ${m.msp.reference})` : null)] : []),
        call('the vendor of any system involved', { name: null, phone: null }, '(section 8)'),
      ],
    },
    {
      from: `Privacy officer, ${r.privacyOfficer.person.name}`,
      calls: [
        ...(m.lawyer ? [call('the lawyer', m.lawyer, 'for advice')] : []),
        call(
          'the OAIC',
          { name: null, phone: m.official.oaic.phone },
          'once the breach is notifiable (section 5)',
        ),
        ...(m.mhr
          ? [
              call(
                'the Australian Digital Health Agency',
                { name: null, phone: null },
                'if My Health Record is involved (section 5.6)',
              ),
            ]
          : []),
      ],
    },
    {
      from: `Communications lead, ${r.communicationsLead.person.name}`,
      calls: [
        call('staff', { name: null, phone: null }, '(what to tell patients who ask)'),
        call(
          'affected individuals',
          { name: null, phone: null },
          'once the decision maker approves the notices',
        ),
      ],
    },
  ];
  return tree.filter((line) => line.calls.length > 0);
}

/** A whole-million dollar figure in words, "$3 million", as the plan's prose says it. */
function millions(n: number): string {
  return n % 1_000_000 === 0 ? `$${n / 1_000_000} million` : `$${n.toLocaleString('en-AU')}`;
}

/** Whether the ransomware payment report applies is the engine's call; the reason is worded here. */
function ransomwareApplicability(policy: PracticePolicy): ViewModel['ransomware'] {
  const { annualTurnover, criticalInfrastructure, type } = policy.organisation.entity;
  const money = (n: number) => `$${n.toLocaleString('en-AU')}`;
  const threshold = money(RANSOMWARE_REPORT_TURNOVER_THRESHOLD);
  const status: Applicability = ransomwareReportApplies(policy.organisation.entity);
  // Same order as the engine's test: critical infrastructure first, whoever owns it.
  const reason = criticalInfrastructure
    ? 'the practice is a responsible entity for a critical infrastructure asset, so turnover does not matter'
    : type === 'state_or_territory_authority' || type === 'commonwealth_agency'
      ? 'government bodies are not reporting business entities'
      : annualTurnover === 'unknown'
        ? `the practice's turnover is recorded as unknown: it applies if turnover for the previous financial year was over ${threshold}`
        : status === 'applies'
          ? `the practice's annual turnover (${money(annualTurnover)}) is over ${threshold}`
          : `the practice's annual turnover (${money(annualTurnover)}) is not over ${threshold} and it is not a critical infrastructure entity`;
  return {
    status,
    applies: status === 'applies',
    unknown: status === 'unknown',
    reason,
    threshold: millions(RANSOMWARE_REPORT_TURNOVER_THRESHOLD),
  };
}

/** The notices' steps by kind of information, one row per step (kinds sharing a step on one row). */
function recommendedSteps(): ViewModel['recommendedSteps'] {
  const byStep = new Map<string, string[]>();
  for (const [kind, step] of Object.entries(STEPS) as [keyof typeof KIND_LABELS, string][])
    byStep.set(step, [...(byStep.get(step) ?? []), KIND_LABELS[kind]]);
  return [...byStep].map(([step, kinds]) => ({ kind: kinds.join('; '), step }));
}

export function stateHealthView(state: string): StateHealthView | null {
  const entry = Object.hasOwn(STATE_HEALTH_PRIVACY, state) ? STATE_HEALTH_PRIVACY[state] : undefined;
  return entry ? { state, ...entry } : null;
}

const isEmailSystem = (s: PracticeSystem) => /e-?mail|outlook|gmail|exchange/i.test(`${s.name} ${s.purpose}`);

export function buildViewModel(policy: PracticePolicy, buildDate: string, banners: string[] = []): ViewModel {
  const org = policy.organisation;
  const byId = new Map(policy.people.map((p) => [p.id, p]));
  const rolesOf = (id: string) =>
    ROLE_NAMES.filter((r) => policy.roles[r] === id).map((r) => ROLE_LABELS[r].label);
  const people = policy.people.map((p) => personView(p, rolesOf(p.id)));
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const sole = new Set(ROLE_NAMES.map((r) => policy.roles[r])).size === 1;

  const roles = {} as Record<RoleName, RoleView>;
  for (const key of ROLE_NAMES) {
    const person = peopleById.get(policy.roles[key]);
    if (!person) throw new Error(`roles.${key} names "${policy.roles[key]}", who is not in people`);
    const who = sole ? 'you' : person.name;
    roles[key] = { key, ...ROLE_LABELS[key], person, who, Who: capitalise(who) };
  }

  const c = policy.contacts;
  const msp = c.managedServiceProvider
    ? contact({
        ...c.managedServiceProvider,
        detail: 'Managed IT service provider',
        reference: c.managedServiceProvider.contractReference,
      })
    : null;
  const it = roles.itContact.person;
  const itHelp =
    msp ??
    contact({
      name: it.name,
      detail: it.position,
      phone: it.phone,
      afterHoursPhone: it.afterHoursPhone,
      email: it.email,
    });
  const vendorsById = new Map([...c.vendors, ...(c.pathology ?? [])].map((v) => [v.id, v]));

  const systems: SystemView[] = policy.systems.map((s) => {
    const vendor = s.vendor ? vendorsById.get(s.vendor) : undefined;
    const admin =
      s.administeredBy === MSP
        ? (msp?.name ?? 'Managed service provider')
        : (byId.get(s.administeredBy)?.name ?? s.administeredBy);
    const b = s.backups;
    return {
      name: s.name,
      purpose: s.purpose,
      kinds: s.personalInformation.map((k) => KIND_LABELS[k]).join('; '),
      hosting: HOSTING_LABELS[s.hosting],
      // A vendor named like its system ("DentalDesk Cloud" by DentalDesk Cloud) is not repeated.
      vendor: vendor && vendor.name.trim() !== s.name.trim() ? vendor.name : null,
      vendorContact: vendor ? vendorView(vendor) : null,
      administeredBy: admin,
      backups: b
        ? `${b.method} (${b.frequency}${b.offsite ? ', offsite copy' : ', no offsite copy'}${b.lastRestoreTest ? `, restore last tested ${formatDate(b.lastRestoreTest)}` : ', restore never tested'})`
        : 'Not backed up by the practice',
      encryption: `${s.encryption.atRest ? 'At rest' : 'Not at rest'}; ${s.encryption.inTransit ? 'in transit' : 'not in transit'}`,
      encryptionNotes: s.encryption.notes ?? null,
      mfa: s.mfa ? 'Yes' : 'No',
      holdsHealth: s.personalInformation.includes('health') || s.personalInformation.includes('sensitive'),
      onPremises: s.hosting !== 'cloud',
      encryptedAtRest: s.encryption.atRest,
      mfaOn: s.mfa,
      portable: isPortable(s),
    };
  });

  const o = OFFICIAL_CONTACTS;
  const official = {
    oaic: contact({
      name: o.oaic.name,
      detail: o.oaic.purpose,
      phone: o.oaic.phone,
      email: o.oaic.email,
      web: o.oaic.web,
      reference: o.oaic.postal,
    }),
    oaicMhr: contact({
      name: o.oaicMhr.name,
      detail: o.oaicMhr.purpose,
      phone: o.oaicMhr.phone,
      email: o.oaicMhr.email,
      web: o.oaicMhr.web,
    }),
    oaicComplaints: contact({
      name: o.oaicComplaints.name,
      detail: o.oaicComplaints.purpose,
      phone: o.oaicComplaints.phone,
      web: o.oaicComplaints.web,
    }),
    adha: contact({ name: o.adha.name, detail: o.adha.purpose, web: o.adha.web }),
    reportCyber: contact({
      name: o.reportCyber.name,
      detail: o.reportCyber.purpose,
      phone: o.reportCyber.phone,
      web: o.reportCyber.web,
    }),
    police: contact({ name: o.police.name, detail: o.police.purpose, phone: o.police.phone }),
  };

  const insurer = c.insurer
    ? contact({
        name: c.insurer.name,
        detail: 'Cyber / professional indemnity insurer',
        phone: c.insurer.claimsPhone,
        email: c.insurer.email,
        reference: c.insurer.policyNumber,
      })
    : null;
  const lawyer = c.lawyer
    ? contact({
        name: c.lawyer.name,
        detail: c.lawyer.firm ?? 'Legal adviser',
        phone: c.lawyer.phone,
        email: c.lawyer.email,
      })
    : null;
  const mhr = org.entity.myHealthRecordParticipant;
  const sc = SUPPORT_CONTACTS;
  const support = {
    interpreter: contact({ name: sc.interpreter.name, phone: sc.interpreter.phone }),
    lifeline: contact({ name: sc.lifeline.name, phone: sc.lifeline.phone }),
    idcare: contact({ name: sc.idcare.name, phone: sc.idcare.phone, web: sc.idcare.web }),
  };
  const stateHealth = stateHealthView(org.entity.jurisdiction);
  const turnover = org.entity.annualTurnover;
  const coverage: CoverageView = {
    healthProvider: org.entity.type === 'health_service_provider',
    turnover: turnover === 'unknown' ? null : `$${turnover.toLocaleString('en-AU')}`,
    overThreshold: turnover !== 'unknown' && turnover > SMALL_BUSINESS_CEILING,
    ceiling: millions(SMALL_BUSINESS_CEILING),
    stateAuthority: org.entity.type === 'state_or_territory_authority',
    commonwealthAgency: org.entity.type === 'commonwealth_agency',
  };
  const drills = drillSchedules(policy, buildDate);
  const approver = policy.plan.approvedBy
    ? (byId.get(policy.plan.approvedBy)?.name ?? policy.plan.approvedBy)
    : null;

  return {
    practice: {
      id: policy.id,
      legalName: org.legalName,
      tradingName: org.tradingName,
      tradesUnderOtherName: org.legalName.trim() !== org.tradingName.trim(),
      abn: org.abn ?? null,
      type: PRACTICE_TYPE_LABELS[org.practiceType],
      street: org.address.street,
      suburb: org.address.suburb,
      state: org.address.state,
      postcode: org.address.postcode ?? null,
      address: `${org.address.street}, ${org.address.suburb} ${org.address.state}${org.address.postcode ? ` ${org.address.postcode}` : ''}`,
      phone: org.phone,
      email: org.email,
      website: org.website ?? null,
      timeZone: org.timeZone,
    },
    plan: {
      version: policy.plan.version,
      approvedBy: approver,
      approvedOn: policy.plan.approvedOn ?? null,
      draft: policy.plan.draft === true,
      nextReview: policy.plan.nextReview,
      approval: approvalView(policy),
    },
    banners,
    build: { date: buildDate, rulesVersion: RULES_VERSION, lawAsAt: LAW_AS_AT, notAdvice: NOT_ADVICE },
    sole,
    roles,
    roleList: ROLE_NAMES.map((r) => roles[r]),
    soleRoleList: ROLE_NAMES.filter((r) => r !== 'deputy').map((r) => roles[r]),
    people,
    callTree: callTree({ roles, msp, insurer, lawyer, official, mhr }),
    itSelf: sole && !msp,
    itHelp,
    msp,
    insurer,
    lawyer,
    localPolice: c.localPolice
      ? contact({ name: c.localPolice.station, detail: 'Local police station', phone: c.localPolice.phone })
      : null,
    vendors: c.vendors.map(vendorView),
    pathology: (c.pathology ?? []).map(vendorView),
    systems,
    healthSystems: systems.filter((s) => s.holdsHealth).map((s) => s.name),
    cloudSystems: systems.filter((s) => !s.onPremises).map((s) => s.name),
    serverSystems: systems.filter((s) => s.onPremises && !s.portable).map((s) => s.name),
    emailSystems: policy.systems.filter(isEmailSystem).map((s) => s.name),
    systemsWithoutMfa: systems.filter((s) => s.mfa === 'No').map((s) => s.name),
    official,
    support,
    stateHealth,
    coverage,
    recommendedSteps: recommendedSteps(),
    outsideHelpCount:
      (msp ? 1 : 0) +
      (insurer ? 1 : 0) +
      (lawyer ? 1 : 0) +
      c.vendors.length +
      (c.pathology ?? []).length +
      (c.localPolice ? 1 : 0),
    mhr,
    ransomware: ransomwareApplicability(policy),
    criticalInfrastructure: org.entity.criticalInfrastructure,
    apraRegulated: org.entity.apraRegulated,
    gdprApplies: org.entity.gdprApplies,
    harmFactors: HARM_FACTORS.map((f) => ({
      factor: f.factor,
      key: f.citation,
      paragraph: f.citation.replace(/^s26WG/, ''),
      heading: HARM_FACTOR_LABELS[f.factor],
      summary: CITATIONS[f.citation].summary,
    })),
    assessment: {
      days: ASSESSMENT_DAYS,
      exampleAwareOn: buildDate,
      exampleDueOn: assessmentDueDate(buildDate),
    },
    drills,
    drillLog: drills
      .flatMap((d) => d.log.map((entry) => ({ ...entry, title: d.title })))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
    tailoring: tailoring(policy),
  };
}
