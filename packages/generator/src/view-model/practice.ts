// The practice itself: names, address, contact details, and its entity facts for the engine.
import type { PracticePolicy } from '@ndb-kit/policy';
import type { Entity } from '@ndb-kit/engine';

export interface PracticeView {
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
}

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

export function practiceView(policy: PracticePolicy): PracticeView {
  const org = policy.organisation;
  return {
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
  };
}

/** The policy's entity facts under the practice's trading name: what every incident's `entity` starts from. */
export function entityView(policy: PracticePolicy): Entity {
  return { ...policy.organisation.entity, name: policy.organisation.tradingName };
}
