/**
 * Runs an npm command's main and exits with its code. An unexpected error is printed as one
 * line under the command's name (plus what the reader needs to know, such as "Nothing was
 * changed."), never as a stack trace that hides it.
 */
export function runCommand(name: string, main: () => Promise<number>, afterError?: string): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`${name}: ${(err as Error).message}${afterError ? `\n${afterError}` : ''}`);
      process.exit(1);
    },
  );
}
