/** Unit ids on a materialized path, root first ('/s/c/g/' → ['s', 'c', 'g']): the units a grid's figures roll up to. */
export const unitIdsOnPath = (path: string): string[] => path.split('/').filter(Boolean);

/** The subdistrict that owns the settings for anything on this path. */
export const subdistrictIdOf = (path: string): string => unitIdsOnPath(path)[0] ?? '';

/** Path depth: subdistrict 1, community 2, grid 3. */
export const depthOf = (path: string): number => unitIdsOnPath(path).length;
