// Why Part IIIC binds the practice (the cover's coverage statement) and whether the Cyber Security
// Act's ransomware payment report applies. The law — thresholds and who is caught — is the
// engine's (SMALL_BUSINESS_CEILING, ransomwareReportApplies); only the words are chosen here.
import {
  RANSOMWARE_REPORT_TURNOVER_THRESHOLD,
  ransomwareReportApplies,
  SMALL_BUSINESS_CEILING,
} from '@ndb-kit/engine';
import type { PracticePolicy } from '@ndb-kit/policy';
import { dollars, millions } from '../money.ts';

export type Applicability = 'applies' | 'does_not_apply' | 'unknown';

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

export interface RansomwareView {
  status: Applicability;
  applies: boolean;
  unknown: boolean;
  reason: string;
  /** The Cyber Security Act report's turnover threshold in words, from the engine. */
  threshold: string;
}

/** Whether the ransomware payment report applies is the engine's call; the reason is worded here. */
export function ransomwareApplicability(policy: PracticePolicy): RansomwareView {
  const { annualTurnover, criticalInfrastructure, type } = policy.organisation.entity;
  const threshold = dollars(RANSOMWARE_REPORT_TURNOVER_THRESHOLD);
  const status: Applicability = ransomwareReportApplies(policy.organisation.entity);
  // Same order as the engine's test: critical infrastructure first, whoever owns it.
  const reason = criticalInfrastructure
    ? 'the practice is a responsible entity for a critical infrastructure asset, so turnover does not matter'
    : type === 'state_or_territory_authority' || type === 'commonwealth_agency'
      ? 'government bodies are not reporting business entities'
      : annualTurnover === 'unknown'
        ? `the practice's turnover is recorded as unknown: it applies if turnover for the previous financial year was over ${threshold}`
        : status === 'applies'
          ? `the practice's annual turnover (${dollars(annualTurnover)}) is over ${threshold}`
          : `the practice's annual turnover (${dollars(annualTurnover)}) is not over ${threshold} and it is not a critical infrastructure entity`;
  return {
    status,
    applies: status === 'applies',
    unknown: status === 'unknown',
    reason,
    threshold: millions(RANSOMWARE_REPORT_TURNOVER_THRESHOLD),
  };
}

export function coverageView(entity: PracticePolicy['organisation']['entity']): CoverageView {
  const turnover = entity.annualTurnover;
  return {
    healthProvider: entity.type === 'health_service_provider',
    turnover: turnover === 'unknown' ? null : dollars(turnover),
    overThreshold: turnover !== 'unknown' && turnover > SMALL_BUSINESS_CEILING,
    ceiling: millions(SMALL_BUSINESS_CEILING),
    stateAuthority: entity.type === 'state_or_territory_authority',
    commonwealthAgency: entity.type === 'commonwealth_agency',
  };
}
