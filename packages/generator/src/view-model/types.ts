// The shape of the view model: what the templates, the notices, the PDF and the site read.
// Templates are compiled in strict mode, so every field a template may test is present here
// (null when the practice has none): a typo in a template fails the build, never prints "".
// Each part's type is declared beside the function that builds it (practice.ts, roles.ts,
// contacts.ts, systems.ts, call-tree.ts, coverage.ts), so a new field is one file's edit.
import type { Entity, HarmFactorId } from '@ndb-kit/engine';
import type { RoleName } from '@ndb-kit/policy';
import type { ApprovalView } from '../approval.ts';
import type { DrillLogEntry, DrillSchedule } from '../drills.ts';
import type { Tailoring } from '../tailoring/index.ts';
import type { CallView } from './call-tree.ts';
import type { ContactView, StateHealthView } from './contacts.ts';
import type { CoverageView, RansomwareView } from './coverage.ts';
import type { PracticeView } from './practice.ts';
import type { PersonView, RoleView } from './roles.ts';
import type { SystemView } from './systems.ts';

export type {
  CallView,
  ContactView,
  CoverageView,
  PersonView,
  PracticeView,
  RansomwareView,
  RoleView,
  StateHealthView,
  SystemView,
};
export type { Applicability } from './coverage.ts';

export interface ViewModel {
  practice: PracticeView;
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
  ransomware: RansomwareView;
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
