/** `data-testid` for props objects (antd `onRow`, `okButtonProps`) where JSX attribute syntax is unavailable. */
export function testId(id: string): Record<`data-${string}`, string> {
  return { 'data-testid': id };
}
