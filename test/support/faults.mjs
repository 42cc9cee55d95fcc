// Faults for the tests, loaded into an hmip process with `node --import` (never by hmip itself):
// at the Nth file operation that matches, the operation fails as the disk would, or the process is
// killed, or it waits — so that a full disk, a kill between two renames, or a batch that is still
// running can be reproduced exactly, at the moment wanted, on any machine.
//
//   HMIP_FAULT        ENOSPC, EROFS, ENOENT… (fail with that code) | kill (SIGKILL) | pause
//   HMIP_FAULT_OPS    which operations count, comma-separated: write, rename, symlink (all three)
//   HMIP_FAULT_MATCH  a regular expression the operation's path must match (its target, for a rename)
//   HMIP_FAULT_AT     the first matching operation (1-based) that fails; every later one fails too
//   HMIP_FAULT_WHEN   before (the operation is not done) | after (it is done, then the fault)
//   HMIP_FAULT_PAUSED with pause: a file made when the process stops to wait
//   HMIP_FAULT_RESUME with pause: the file whose appearance lets the process go on
//   HMIP_FAULT_COUNT  a file that gets the number of matching operations when the process exits
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const fault = process.env.HMIP_FAULT;
const ops = new Set((process.env.HMIP_FAULT_OPS ?? 'write,rename,symlink').split(','));
const match = new RegExp(process.env.HMIP_FAULT_MATCH ?? '.');
const at = Number(process.env.HMIP_FAULT_AT ?? 1);
const after = process.env.HMIP_FAULT_WHEN === 'after';
let count = 0;
const paths = new Map();

function hit(op, path) {
  if (!ops.has(op) || !match.test(String(path))) return;
  count++;
  if (!fault || count < at) return;
  if (fault === 'kill') process.kill(process.pid, 'SIGKILL');
  if (fault === 'pause') {
    if (process.env.HMIP_FAULT_PAUSED) real.writeFileSync(process.env.HMIP_FAULT_PAUSED, String(process.pid));
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    while (!fs.existsSync(process.env.HMIP_FAULT_RESUME)) Atomics.wait(sleeper, 0, 0, 20);
    return;
  }
  const error = new Error(`${fault}: simulated failure, ${op} '${path}'`);
  Object.assign(error, { code: fault, syscall: op, path: String(path) });
  throw error;
}

const real = { openSync: fs.openSync, writeSync: fs.writeSync, writeFileSync: fs.writeFileSync, renameSync: fs.renameSync, symlinkSync: fs.symlinkSync, closeSync: fs.closeSync };

fs.openSync = function openSync(path, flags, ...rest) {
  const fd = real.openSync.call(this, path, flags, ...rest);
  if (typeof flags === 'string' && /[wa]/.test(flags)) paths.set(fd, String(path));
  return fd;
};
fs.closeSync = function closeSync(fd) {
  paths.delete(fd);
  return real.closeSync.call(this, fd);
};
/** The operation `run`, with the fault before or after it. */
function around(op, path, run) {
  if (!after) hit(op, path);
  const result = run();
  if (after) hit(op, path);
  return result;
}

fs.writeSync = function writeSync(fd, ...rest) {
  return paths.has(fd) ? around('write', paths.get(fd), () => real.writeSync.call(this, fd, ...rest)) : real.writeSync.call(this, fd, ...rest);
};
fs.writeFileSync = function writeFileSync(file, ...rest) {
  return typeof file !== 'number' ? around('write', file, () => real.writeFileSync.call(this, file, ...rest)) : real.writeFileSync.call(this, file, ...rest);
};
fs.renameSync = function renameSync(from, to) {
  return around('rename', to, () => real.renameSync.call(this, from, to));
};
fs.symlinkSync = function symlinkSync(target, path, ...rest) {
  return around('symlink', path, () => real.symlinkSync.call(this, target, path, ...rest));
};
syncBuiltinESMExports();

if (process.env.HMIP_FAULT_COUNT) process.on('exit', () => real.writeFileSync(process.env.HMIP_FAULT_COUNT, String(count)));
