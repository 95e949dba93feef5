/** A site's data script (`callboardData(name, value)`), run as the browser runs it, for its value. */
export function dataScriptValue<T = unknown>(script: string): T {
  let value: unknown;
  new Function('callboardData', script)((_name: string, v: unknown) => (value = v));
  return value as T;
}
