// Work that must not be interrupted: a saved file being made or opened (FLOW.md §5). The idle clearing
// waits while anything holds the app busy; each hold is released once, however often its release is called.

let holds = 0;

/** Marks the app busy until the returned release is called (call it in a `finally`). */
export function holdBusy(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
  };
}

/** True while a file is being made or opened. */
export function isBusy(): boolean {
  return holds > 0;
}
