import { DatePicker, type DatePickerProps } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { ui } from '../i18n/ui';

/** Typed forms accepted; the first one is how dates are shown (dd/mm/yyyy, domain.md §F.3). */
const FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];

/** Props of {@link DateField}: the value is the API's `YYYY-MM-DD` text. */
export type DateFieldProps = Omit<
  DatePickerProps,
  'value' | 'defaultValue' | 'onChange' | 'format' | 'picker' | 'multiple'
> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/**
 * A date picker whose value is a legal date string `YYYY-MM-DD`, shown and typed as dd/mm/yyyy,
 * so forms hold exactly what the API takes. Enter while the calendar is open only confirms the
 * date; Enter with the calendar closed submits the form like any other field.
 */
export function DateField({ value, onChange, onOpenChange, onKeyDown, ...rest }: DateFieldProps) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useMouseOnlyClear(box);
  return (
    <div ref={box} style={{ display: 'contents' }}>
      <DatePicker
        placeholder={ui.common.pickDate}
        style={{ width: '100%' }}
        {...rest}
        format={FORMATS}
        value={value ? dayjs(value) : null}
        onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
        onOpenChange={(next) => {
          setOpen(next);
          onOpenChange?.(next);
        }}
        onKeyDown={(event, preventDefault) => {
          if (event.key === 'Enter' && open) event.preventDefault();
          onKeyDown?.(event, preventDefault);
        }}
      />
    </div>
  );
}

/**
 * The picker's clear button (shown on hover) is for the mouse only: as a Tab stop it was invisible,
 * and Space there wiped the date (issue 15). The keyboard clears a date by deleting its text.
 */
function useMouseOnlyClear(box: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    const untab = () =>
      root.querySelectorAll('.ant-picker-clear').forEach((button) => button.setAttribute('tabindex', '-1'));
    untab();
    // The button comes and goes with the value.
    const watch = new MutationObserver(untab);
    watch.observe(root, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [box]);
}
