declare const __CARMA_SITE_URL__: string | undefined;

/**
 * The site that holds the lists as IT built the package (`CARMA_SITE_URL`, docs/deployment.md), put in by the
 * gulpfile's webpack DefinePlugin; empty in a build without it and in tests. The web part's site setting falls back to
 * it: a personal app in Teams runs on the tenant's root site (`{teamSiteDomain}`), where the lists are not.
 */
export const BUILT_SITE_URL: string = typeof __CARMA_SITE_URL__ === 'string' ? __CARMA_SITE_URL__ : '';
