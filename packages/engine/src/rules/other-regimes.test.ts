import { describe, expect, it } from 'vitest';
import { resolvedIncident as inc } from '../test-support/resolved.ts';
import {
  otherObligations,
  RANSOMWARE_REPORT_TURNOVER_THRESHOLD,
  type RegimeContext,
  ransomwareReportApplies,
} from './other-regimes.ts';

const ctx = (s75Applies = false, risk: RegimeContext['risk'] = 'high'): RegimeContext => ({
  s75Applies,
  risk,
});
const ids = (i: ReturnType<typeof inc>, s75 = false) => otherObligations(i, ctx(s75)).map((o) => o.id);
const paid = { ransomware: { paymentMade: true, paymentMadeAt: '2025-06-01T15:00:00+10:00' } };

describe('other regimes', () => {
  it('requires a ransomware payment report over $3m, due 72 hours after payment', () => {
    const o = otherObligations(inc({ entity: { annualTurnover: 9_000_000 }, breach: paid }), ctx()).find(
      (x) => x.id === 'ransomware_payment_report',
    );
    expect(o).toMatchObject({ dueAt: '2025-06-04T15:00:00+10:00', dueDate: '2025-06-04' });
  });
  it('does not require it at $3m or less unless critical infrastructure, nor from government bodies', () => {
    expect(ids(inc({ entity: { annualTurnover: 3_000_000 }, breach: paid }))).not.toContain(
      'ransomware_payment_report',
    );
    expect(
      ids(inc({ entity: { annualTurnover: 10, criticalInfrastructure: true }, breach: paid })),
    ).toContain('ransomware_payment_report');
    expect(
      ids(inc({ entity: { type: 'commonwealth_agency', annualTurnover: 9e9 }, breach: paid })),
    ).not.toContain('ransomware_payment_report');
  });
  it('says before any payment whether the report could apply: the one test the plan also prints', () => {
    const entity = (e: Partial<Parameters<typeof ransomwareReportApplies>[0]>) =>
      ransomwareReportApplies({ type: 'business', criticalInfrastructure: false, annualTurnover: 0, ...e });
    expect(entity({ annualTurnover: RANSOMWARE_REPORT_TURNOVER_THRESHOLD })).toBe('does_not_apply');
    expect(entity({ annualTurnover: RANSOMWARE_REPORT_TURNOVER_THRESHOLD + 1 })).toBe('applies');
    expect(entity({ annualTurnover: 'unknown' })).toBe('unknown');
    expect(entity({ annualTurnover: 'unknown', criticalInfrastructure: true })).toBe('applies');
    expect(entity({ type: 'state_or_territory_authority', annualTurnover: 9e9 })).toBe('does_not_apply');
    // The government exclusion is in the turnover limb only: a public body that is the responsible
    // entity for a critical infrastructure asset must still report (legal reference §11).
    expect(entity({ type: 'state_or_territory_authority', criticalInfrastructure: true })).toBe('applies');
    expect(entity({ type: 'commonwealth_agency', criticalInfrastructure: true })).toBe('applies');
  });
  it('adds APRA and GDPR notices due 72 hours after awareness, and SOCI at 12 and 72 hours', () => {
    const list = otherObligations(
      inc({
        entity: { apraRegulated: true, gdprApplies: true, criticalInfrastructure: true },
        breach: { cause: 'cyber_attack' },
      }),
      ctx(),
    );
    for (const id of ['apra_cps234_notice', 'gdpr_art33_notice'])
      expect(list.find((o) => o.id === id)?.dueAt).toBe('2025-06-05T11:00:00+10:00');
    const soci = list.find((o) => o.id === 'soci_incident_report');
    expect(soci?.dueAt).toBe('2025-06-02T23:00:00+10:00');
    expect(soci?.deadlines?.map((d) => d.dueAt)).toEqual([
      '2025-06-02T23:00:00+10:00',
      '2025-06-05T11:00:00+10:00',
    ]);
  });
  it('GDPR: art 33 only when a risk cannot be ruled out, art 34 only for a high risk', () => {
    const i = inc({ entity: { gdprApplies: true } });
    const for_ = (risk: RegimeContext['risk']) => otherObligations(i, ctx(false, risk)).map((o) => o.id);
    expect(for_('unlikely')).not.toContain('gdpr_art33_notice');
    expect(for_('some')).toContain('gdpr_art33_notice');
    expect(for_('some')).not.toContain('gdpr_art34_notice');
    expect(for_('high')).toEqual(expect.arrayContaining(['gdpr_art33_notice', 'gdpr_art34_notice']));
  });
  it('gives the ransomware report its time in the practice zone across the end of daylight saving', () => {
    const o = otherObligations(
      inc({
        entity: { annualTurnover: 9_000_000 },
        breach: { ransomware: { paymentMade: true, paymentMadeAt: '2025-04-04T00:30:00+11:00' } },
      }),
      ctx(),
    ).find((x) => x.id === 'ransomware_payment_report');
    expect(o).toMatchObject({ dueAt: '2025-04-06T23:30:00+10:00', dueDate: '2025-04-06' });
  });
  it('points NSW and (from 1 July 2025) Queensland state bodies to their schemes', () => {
    expect(ids(inc({ entity: { type: 'state_or_territory_authority', jurisdiction: 'NSW' } }))).toContain(
      'state_scheme_notice',
    );
    expect(
      ids(
        inc({
          entity: { type: 'state_or_territory_authority', jurisdiction: 'QLD' },
          breach: { awareOn: '2025-06-30' },
        }),
      ),
    ).not.toContain('state_scheme_notice');
    expect(
      ids(
        inc({
          entity: { type: 'state_or_territory_authority', jurisdiction: 'QLD' },
          breach: { awareOn: '2025-07-01' },
        }),
      ),
    ).toContain('state_scheme_notice');
    expect(ids(inc({ entity: { type: 'state_or_territory_authority', jurisdiction: 'VIC' } }))).not.toContain(
      'state_scheme_notice',
    );
  });
  it('notifies ADHA and the OAIC under s 75, but a state body only ADHA', () => {
    expect(ids(inc({ breach: { myHealthRecord: 'involved' } }), true)).toEqual(
      expect.arrayContaining([
        'mhr_notify_system_operator',
        'mhr_notify_commissioner',
        'mhr_request_consumer_notification',
      ]),
    );
    expect(
      ids(
        inc({ entity: { type: 'state_or_territory_authority' }, breach: { myHealthRecord: 'involved' } }),
        true,
      ),
    ).not.toContain('mhr_notify_commissioner');
  });
  it('asks for coordination when another entity holds the information', () => {
    expect(ids(inc({ breach: { otherEntities: { involved: true } } }))).toContain(
      'coordinate_with_other_entities',
    );
  });
});
