/**
 * Rejects if `promise` has not settled within `ms`. IndexedDB can wait forever (an upgrade blocked
 * by another tab, a wedged disk), and a lab must not hang on it: a timeout counts as storage that
 * does not work.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new Error(`${what} did not finish within ${ms} ms`);
      error.name = 'TimeoutError';
      reject(error);
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
