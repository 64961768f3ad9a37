// The shape of the view model: what the templates, the notices, the PDF and the site read.
// Templates are compiled in strict mode, so every field a template may test is present here
// (null when the practice has none): a typo in a template fails the build, never prints "".
import type { Entity, HarmFactorId } from '@ndb-kit/engine';
import type { RoleName } from '@ndb-kit/policy';
import type { ApprovalView } from '../approval.ts';
import type { DrillLogEntry, DrillSchedule } from '../drills.ts';
import type { Tailoring } from '../tailoring/index.ts';
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
  /** The organisation's facts as the engine reads them, named (the wizard's incident `entity`). */
  entity: Entity;
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
