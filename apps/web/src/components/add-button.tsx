import { Button } from 'antd';

/** The "add" button over a tab's table, shown only to those who may write. */
export function AddButton({
  show,
  onClick,
  label,
  id,
}: {
  show: boolean;
  onClick: () => void;
  label: string;
  id: string;
}) {
  return show ? (
    <Button type="primary" onClick={onClick} data-testid={id} style={{ marginBottom: 12, marginRight: 8 }}>
      {label}
    </Button>
  ) : null;
}
