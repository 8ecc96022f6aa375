// The data library: parse and validate -> join. Plain TypeScript with no DOM, shared by the app, the
// validate command and the tests.
export * from './problems.ts';
export * from './problem-text.ts';
export * from './encoding.ts';
export * from './periods.ts';
export * from './parse-period.ts';
export * from './dsv.ts';
export * from './fields.ts';
export * from './metrics.ts';
export * from './regions.ts';
export * from './coverage.ts';
export * from './awards.ts';
export * from './topology.ts';
export * from './join.ts';
export * from './dataset.ts';
export * from './validate.ts';
export * from './province.ts';
export * from './dataset-json.ts';
export * from './import-file.ts';
export * from './field-guide.ts';
export * from './templates.ts';
export * from './column-names.ts';
export * from './column-match.ts';
export * from './area.ts';
export * from './area-dataset.ts';
