// Loaded into hmip's processes with `NODE_OPTIONS=--import …` (never by hmip itself): in a reader
// process of the pool, the first file it is given blocks its thread for ten seconds, as a long
// computation would, so that the reader cannot hear its parent go. The command itself is untouched.
if (process.env.HMIP_READER) {
  process.once('message', () => {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_000);
  });
}
