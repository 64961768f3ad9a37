import { describe, expect, it } from 'vitest';
import { resolvedIncident as inc } from '../test-support/resolved.ts';
import { coverage } from './coverage.ts';

describe('coverage (s 6C, 6D, 6D(4), 6E/6EA, 7B(3), s 11/26WE(1))', () => {
  it('covers a health service provider at any turnover (s 6D(4))', () => {
    const r = coverage(inc({ entity: { annualTurnover: 50_000 } }));
    expect(r.covered).toBe(true);
    expect(r.step.citations).toContain('Privacy Act 1988 (Cth) s 6D(4)(b)');
  });
  it('treats exactly $3,000,000 as a small business and anything above as covered', () => {
    expect(
      coverage(
        inc({ entity: { type: 'business', annualTurnover: 3_000_000 }, information: { kinds: ['contact'] } }),
      ).covered,
    ).toBe(false);
    expect(
      coverage(
        inc({ entity: { type: 'business', annualTurnover: 3_000_001 }, information: { kinds: ['contact'] } }),
      ).covered,
    ).toBe(true);
  });
  it('brings a small business in through an organisation carve-in', () => {
    const r = coverage(
      inc({
        entity: { type: 'business', annualTurnover: 10, carveIns: ['opted_in'] },
        information: { kinds: ['contact'] },
      }),
    );
    expect(r.covered).toBe(true);
    expect(r.step.citations).toContain('Privacy Act 1988 (Cth) s 6EA');
  });
  it('covers a small business only for TFN information, setting the rest aside', () => {
    const r = coverage(
      inc({
        entity: { type: 'business', annualTurnover: 900_000 },
        information: { kinds: ['tfn', 'identity', 'employee_record'] },
      }),
    );
    expect(r).toMatchObject({ covered: true, inScope: ['tfn'] });
    expect(r.setAside.sort()).toEqual(['employee_record', 'identity']);
  });
  it('covers a small credit provider only for credit eligibility information', () => {
    const r = coverage(
      inc({
        entity: { type: 'business', annualTurnover: 900_000, carveIns: ['credit_provider'] },
        information: { kinds: ['credit_eligibility', 'contact'] },
      }),
    );
    expect(r.inScope).toEqual(['credit_eligibility']);
    expect(
      coverage(
        inc({
          entity: { type: 'business', annualTurnover: 900_000, carveIns: ['credit_provider'] },
          information: { kinds: ['contact'] },
        }),
      ).covered,
    ).toBe(false);
  });
  it('never covers a State or Territory authority', () => {
    const r = coverage(inc({ entity: { type: 'state_or_territory_authority' } }));
    expect(r.covered).toBe(false);
    expect(r.step.citations).toEqual(['Privacy Act 1988 (Cth) s 6C']);
  });
  it('exempts a private employer’s employee records but not an agency’s (s 7B(3))', () => {
    expect(coverage(inc({ information: { kinds: ['employee_record'] } })).covered).toBe(false);
    expect(
      coverage(inc({ entity: { type: 'commonwealth_agency' }, information: { kinds: ['employee_record'] } }))
        .covered,
    ).toBe(true);
  });
  it('sets aside de-identified data as not personal information', () => {
    const r = coverage(inc({ information: { kinds: ['de_identified'] } }));
    expect(r.covered).toBe(false);
    expect(r.step.finding).toContain('de-identified');
  });
});
