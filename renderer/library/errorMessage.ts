/** The words of a caught failure, for a notice: Error messages as they are, anything else as a string. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
