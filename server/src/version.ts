// Replaced at build time by esbuild's `define`; the fallback serves the unbundled tests.
declare const __TRIAL_RECORD_VERSION__: string | undefined;
export const VERSION: string = typeof __TRIAL_RECORD_VERSION__ === 'string' ? __TRIAL_RECORD_VERSION__ : '0.0.0-dev';
