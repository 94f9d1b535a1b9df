// A server process's CPU time and peak resident memory, read from /proc (Linux).
import fs from 'node:fs';

/** CPU seconds (user + system) the process has used so far. */
export function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime in ticks, after the command name
}

/** The process's peak resident memory (VmHWM) in MB. */
export const peakRssMB = (pid: number) => Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)![1]) / 1024;
