import { Select, type SelectProps } from 'antd';
import { matchesQuery } from '../../../shared/util/fold';
import { selectors, useAppStore } from '../../src/store';

/** Option filter that ignores diacritics and đ, like the server's search ("dong dang" → Đồng Đăng). */
export function foldFilter(input: string, option?: { label?: unknown }): boolean {
  return typeof option?.label === 'string' && matchesQuery(option.label, input);
}

type PickerProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'mode'>;

/** A searchable picker of thôn / tổ dân phố (from the store). */
export function CommunityPicker({ exclude, ...props }: PickerProps & { exclude?: ReadonlySet<string> }) {
  const communities = useAppStore(selectors.communities);
  return (
    <Select<string>
      showSearch={{ filterOption: foldFilter }}
      options={communities.filter((c) => !exclude?.has(c.id)).map((c) => ({ value: c.id, label: c.name }))}
      {...props}
    />
  );
}

/** A searchable picker of mediation teams (from the store), named with their community when the name lacks it. */
export function TeamPicker(props: PickerProps) {
  const teams = useAppStore(selectors.teams);
  return (
    <Select<string>
      showSearch={{ filterOption: foldFilter }}
      options={teams.map((t) => ({
        value: t.id,
        label: t.name.includes(t.communityName) ? t.name : `${t.name} (${t.communityName})`,
      }))}
      {...props}
    />
  );
}
