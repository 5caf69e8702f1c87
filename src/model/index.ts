/**
 * The budget dataset model: the format's types and schema, validation, and classification codes.
 * @module
 */
export * from './schema.js';
export * from './validate.js';
export * from './classification.js';
export * from './messages.js';
export * from './catalog.js';
