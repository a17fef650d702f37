/**
 * The public origin, from SITE_URL; canonical and hreflang links, the sitemap, feeds and previews are built from it.
 * Until the publisher chooses the domain, a placeholder stands in: such a build is a preview, not a site to deploy.
 */
export const PLACEHOLDER_SITE_URL = 'https://governance-mensenhandel.example';

export function siteUrl(): string {
  return process.env.SITE_URL || PLACEHOLDER_SITE_URL;
}

/** Whether a built page (its HTML) was built for the placeholder origin. */
export function isPreviewBuild(html: string): boolean {
  return /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1]?.startsWith(PLACEHOLDER_SITE_URL) ?? true;
}
