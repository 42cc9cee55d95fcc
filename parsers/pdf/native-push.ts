/**
 * Array.prototype.push as the engine made it, recorded before pdf.js loads (so imported first).
 *
 * pdf.js's legacy build (the one that runs on Node 20) bundles core-js, which replaces
 * `Array.prototype.push` with a JavaScript version on V8 before 12.2 — for a corner case (pushing
 * onto an array whose length is read-only) that nothing here meets. Every push in the process then
 * runs through it: in a batch, about a seventh of all the time went there. pdf.js's modern build
 * uses the engine's own push; putting it back gives pdf.js on Node 20 what it gets on Node 22.
 */
const enginePush = Array.prototype.push;

export function restoreNativePush(): void {
  if (Array.prototype.push !== enginePush) {
    Object.defineProperty(Array.prototype, 'push', { value: enginePush, writable: true, enumerable: false, configurable: true });
  }
}
