// Small helpers shared by the cross-engine runner and its engine adapters.

/** An engine that is not installed or does not start: the message says what to install. */
export class EngineMissing extends Error {}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `promise`, or a rejection naming `what` after `ms` milliseconds. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Every process a launch starts registers a synchronous kill here as soon as it exists, so that a timeout,
 * a failure half-way through a launch, or the runner's own exit never leaves a browser, driver or X server.
 */
const kills = new Set();
export function onKill(kill) {
  kills.add(kill);
  return () => kills.delete(kill);
}
export function killAll() {
  for (const kill of kills) {
    try {
      kill();
    } catch {
      // already gone
    }
  }
  kills.clear();
}

/** Kills a detached child's whole process group (xvfb-run, Xvfb, the driver and the browser under it). */
export function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
