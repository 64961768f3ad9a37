// The view model: the policy turned into the facts every output prints — the plan's templates,
// its PDF, the notices (notice-drafts.ts `noticePractice`), and the site's pages and wizard
// (site.ts `siteData`, a projection of this model). Built once per practice by buildPractice.
// Decisions about tailoring (sole practitioner, MSP, My Health Record, ransomware payment
// reports) are made here, once; the law it prints comes from the engine.
import { LAW_AS_AT, NOT_ADVICE, RULES_VERSION } from '@ndb-kit/engine';
import { type PracticePolicy, ROLE_NAMES } from '@ndb-kit/policy';
import { approvalView } from '../approval.ts';
import { drillSchedules } from '../drills.ts';
import { tailoring } from '../tailoring/index.ts';
import { assessmentExample, harmFactors, recommendedSteps } from './assessment.ts';
import { callTree } from './call-tree.ts';
import { officialContacts, outsideHelp, stateHealthView, supportContacts } from './contacts.ts';
import { coverageView, ransomwareApplicability } from './coverage.ts';
import { entityView, practiceView } from './practice.ts';
import { rolesView } from './roles.ts';
import { isEmailSystem, systemViews } from './systems.ts';
import type { ViewModel } from './types.ts';

export { ROLE_LABELS } from './roles.ts';
export { stateHealthView } from './contacts.ts';
export type * from './types.ts';
export { type ContactGroup, type SiteData, type SitePerson, siteData, type WizardPractice } from './site.ts';

export function buildViewModel(policy: PracticePolicy, buildDate: string, banners: string[] = []): ViewModel {
  const org = policy.organisation;
  const byId = new Map(policy.people.map((p) => [p.id, p]));
  const { people, roles, sole } = rolesView(policy);
  const help = outsideHelp(policy, roles.itContact.person);
  const { msp, insurer, lawyer } = help;
  const systems = systemViews(policy, byId, msp);
  const official = officialContacts();
  const mhr = org.entity.myHealthRecordParticipant;
  const drills = drillSchedules(policy, buildDate);
  const approver = policy.plan.approvedBy
    ? (byId.get(policy.plan.approvedBy)?.name ?? policy.plan.approvedBy)
    : null;
  const c = policy.contacts;

  return {
    practice: practiceView(policy),
    entity: entityView(policy),
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
    itHelp: help.itHelp,
    msp,
    insurer,
    lawyer,
    localPolice: help.localPolice,
    vendors: help.vendors,
    pathology: help.pathology,
    systems,
    healthSystems: systems.filter((s) => s.holdsHealth).map((s) => s.name),
    cloudSystems: systems.filter((s) => !s.onPremises).map((s) => s.name),
    serverSystems: systems.filter((s) => s.onPremises && !s.portable).map((s) => s.name),
    emailSystems: policy.systems.filter(isEmailSystem).map((s) => s.name),
    systemsWithoutMfa: systems.filter((s) => s.mfa === 'No').map((s) => s.name),
    official,
    support: supportContacts(),
    stateHealth: stateHealthView(org.entity.jurisdiction),
    coverage: coverageView(org.entity),
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
    harmFactors: harmFactors(),
    assessment: assessmentExample(buildDate),
    drills,
    drillLog: drills
      .flatMap((d) => d.log.map((entry) => ({ ...entry, title: d.title })))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
    tailoring: tailoring(policy),
  };
}
