// The plan's staleness banners ("This plan was due for review on …", "Draft — not approved"):
// the same sentences the PDF and plan.html open with, from @ndb-kit/policy planBanners.
export function Banners({ banners }: { banners: string[] }) {
  if (banners.length === 0) return null;
  return (
    <div class="banners" role="alert" aria-label="This plan needs attention">
      {banners.map((text) => (
        <p>{text}</p>
      ))}
    </div>
  );
}
