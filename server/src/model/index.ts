export * from './types';
export { buildModel } from './build';
