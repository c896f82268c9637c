import { useSearchParams } from 'react-router';

/**
 * One search parameter of the address naming the record a drawer shows (`/services?tab=requests&request=<id>`, the
 * links of the to-do items), and a setter that keeps the other parameters (replacing the history entry).
 */
export function useOpenParam(name: string): [string | null, (id: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const set = (id: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id === null) next.delete(name);
        else next.set(name, id);
        return next;
      },
      { replace: true },
    );
  return [params.get(name), set];
}
