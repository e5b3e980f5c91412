/** A thrown value as one line for the user: browsers reject with Errors, but anything can be thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
