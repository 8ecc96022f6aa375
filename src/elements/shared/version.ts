// The version of these elements, as package.json gives it (a unit test keeps the two equal). Two copies
// of the elements on one page (the partner script and an npm build, say) compare it when defining.
export const PARITRANA_VERSION = '0.1.0';
