/** `data-testid` for props objects (antd `onRow`, `okButtonProps`) where JSX attribute syntax is unavailable. */
export function testId(id: string): Record<`data-${string}`, string> {
  return { 'data-testid': id };
}

/** `data-*` attributes for props objects: `dataAttrs({ status: 'open' })` → `{ 'data-status': 'open' }`. */
export function dataAttrs(values: Record<string, string>): Record<`data-${string}`, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`data-${k}`, v]));
}
