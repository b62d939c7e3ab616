import { Alert } from 'antd';
import type { FormFailure } from './errors';

/** The alert above a form after a failed save. */
export function FormFailureAlert({ failure }: { failure: FormFailure | null }) {
  if (!failure) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={failure.message}
      description={
        failure.unplaced.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {failure.unplaced.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
