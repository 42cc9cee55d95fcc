// Timing of whole commands for the benchmarks: wall time, and CPU time (user + system, every
// thread) from GNU time where it is installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs `command` ([program, ...args]); null if it fails. `cpu` is null without GNU time. */
export function measure(command) {
  const [program, ...args] = gnuTime ? [gnuTime, '-f', 'cpu %U %S', ...command] : command;
  const started = performance.now();
  const run = spawnSync(program, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - started) / 1000;
  if (run.error || run.status !== 0) return null;
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr);
  const stderr = cpu ? run.stderr.slice(0, cpu.index) : run.stderr;
  return { wall, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, stdout: run.stdout, stderr };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
