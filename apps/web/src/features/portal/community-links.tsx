import { Link } from 'react-router';

/** A large, clearly outlined link (≥ 64 px high) for the portal's choices. */
export const BIG_LINK = {
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  minHeight: 64,
  padding: '12px 16px',
  border: '2px solid #b00020',
  borderRadius: 10,
  color: '#000',
  textAlign: 'center',
} as const;

const GRID = {
  listStyle: 'none',
  padding: 0,
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
  gap: 12,
} as const;

/** Big buttons, one per community, leading to a page of that community (home, notices, volunteer activities). */
export function CommunityLinks({
  items,
  to,
  testId,
}: {
  items: readonly { id: string; name: string }[];
  to: (id: string) => string;
  testId: (id: string) => string;
}) {
  return (
    <ul style={GRID}>
      {items.map((c) => (
        <li key={c.id}>
          <Link to={to(c.id)} style={BIG_LINK} data-testid={testId(c.id)}>
            {c.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
