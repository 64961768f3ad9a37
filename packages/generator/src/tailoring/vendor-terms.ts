// A vendor's contractual breach-notice window, for the vendor-breach runbook. A contract term is
// not the law: the template prints it beside the practice's own Part IIIC duties, which start when
// the practice becomes aware (from the vendor or anyone else) and never wait for the vendor's window.
import type { PracticeSystem, Vendor } from '@ndb-kit/policy';

export interface VendorTermView {
  vendor: string;
  /** "72 hours", "1 hour". */
  window: string;
  clause: string | null;
  email: string | null;
  phone: string | null;
  /** The practice's systems this vendor supplies (what to ask them about). */
  systems: string[];
}

export const hoursText = (h: number) => (h === 1 ? '1 hour' : `${h} hours`);

export function vendorTerms(
  vendors: readonly Vendor[],
  systems: readonly PracticeSystem[],
): { terms: VendorTermView[]; withoutTerms: string[] } {
  const supplied = (v: Vendor) => systems.filter((s) => s.vendor === v.id).map((s) => s.name);
  // A system named like its vendor ("DentalDesk Cloud" by DentalDesk Cloud) is not repeated.
  const named = (v: Vendor) => supplied(v).filter((name) => name.trim() !== v.name.trim());
  const terms: VendorTermView[] = [];
  const withoutTerms: string[] = [];
  for (const v of vendors) {
    const t = v.breachNotice;
    if (t)
      terms.push({
        vendor: v.name,
        window: hoursText(t.hours),
        clause: t.clause ?? null,
        email: t.email ?? v.email ?? null,
        phone: t.phone ?? v.phone ?? null,
        systems: named(v),
      });
    // Only a vendor holding the practice's data needs a term; one supplying no system is not listed.
    else if (supplied(v).length > 0) withoutTerms.push(v.name);
  }
  return { terms, withoutTerms };
}
