import { Button, Flex, Input, Space } from 'antd';
import { platform } from '../../src/platform';
import { backupUi as t } from './text';

/** A size in the units people read: `850 KB`, `1,2 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/**
 * A folder of this computer: typed (the browser build cannot ask the system for a path), picked in
 * the system's dialog on the desktop, or one of the drives plugged in now.
 */
export function FolderInput({
  id,
  value,
  onChange,
  removable = [],
  testId,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  removable?: string[];
  testId?: string;
}) {
  return (
    <Flex vertical gap={8}>
      <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
        <Input
          id={id}
          value={value}
          onChange={(e) => onChange?.(e.target.value)}
          maxLength={1000}
          spellCheck={false}
          data-testid={testId}
        />
        {platform.canChoosePaths ? (
          <Button
            onClick={() =>
              void platform.chooseFolder({ title: t.chooseFolderTitle }).then((path) => path && onChange?.(path))
            }
          >
            {t.chooseFolder}
          </Button>
        ) : null}
      </Space.Compact>
      {removable.length > 0 ? (
        <Flex gap={8} wrap align="center">
          <span>{t.removable}:</span>
          {removable.map((drive) => (
            <Button key={drive} size="small" onClick={() => onChange?.(drive)}>
              {drive}
            </Button>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}
