/**
 * Export and import formats: Moodle GIFT (both ways), QTI 3.0 packages (export) and an HTML snippet
 * for a page. No DOM, no Lit; never part of the runtime bundle. docs/formats.md says what each
 * format carries and what it loses.
 */
export { toGift, fromGift, type GiftImportOptions, type GiftImportResult } from './gift.js';
export { toQtiZip, toQtiFiles, xmlText, xmlAttr } from './qti.js';
export { embedSnippet, scriptSafeJson, DEFAULT_SCRIPT_URL, type EmbedOptions } from './embed.js';
