import { Input } from 'antd';
import type { CSSProperties } from 'react';
import { ui } from '../i18n/ui';
import { useDebouncedCallback } from './hooks';

/**
 * A search box: `onSearch` runs once typing pauses (~250 ms) and at once on Enter. The server folds
 * diacritics, so the text is passed on as typed.
 */
export function SearchBox({
  value,
  onChange,
  onSearch,
  placeholder,
  testId,
  size,
  style,
}: {
  value: string;
  onChange: (text: string) => void;
  onSearch: (text: string) => void;
  placeholder: string;
  testId: string;
  size?: 'large' | 'middle';
  style?: CSSProperties;
}) {
  const debounced = useDebouncedCallback(onSearch, 250);
  return (
    <Input
      type="search"
      allowClear
      aria-label={ui.common.search}
      placeholder={placeholder}
      value={value}
      size={size}
      style={style}
      data-testid={testId}
      onChange={(e) => {
        onChange(e.target.value);
        debounced(e.target.value);
      }}
      onPressEnter={() => onSearch(value)}
    />
  );
}
