/** Random ids. crypto.randomUUID exists in browsers, Electron and Node ≥ 19. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
