/**
 * The converter: a published budget disclosure document in, a budget dataset out.
 * No DOM and no Node APIs: the same module runs in the CLI and on the demo page.
 * @module
 */
export { parseDisclosure, DisclosureError, CONVERTER, MAX_DOCUMENT_LENGTH, type ParseOptions, type ParseResult } from './parse.js';
export { parseTarget } from './targets.js';
export { readAmount, toHalfWidth } from './numbers.js';
export { readPlanFigures } from './projects.js';
