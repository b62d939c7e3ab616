import { Form, Input, InputNumber, type FormItemProps } from 'antd';
import type { Rule } from 'antd/es/form';
import { cloneElement, createContext, isValidElement, useContext, type ReactElement, type ReactNode } from 'react';
import { limitKey, type FieldLimit, type Limits } from './limits';
import { limitsUi } from '../i18n/limits';

const LimitsContext = createContext<Limits>(new Map());

/** Makes a form's limits (from its call's schema, `callLimits`) known to the {@link Field}s inside it. */
export function LimitsProvider({ limits, children }: { limits?: Limits; children: ReactNode }) {
  return limits ? <LimitsContext.Provider value={limits}>{children}</LimitsContext.Provider> : children;
}

/** The checks a limit makes as the clerk types, each refusing with the rule in words. */
export function limitRules(limit: FieldLimit | undefined): Rule[] {
  if (!limit) return [];
  const rules: Rule[] = [];
  const { maxLength, min, max, integer } = limit;
  if (maxLength !== undefined) {
    rules.push({
      validator: (_rule, value: unknown) =>
        typeof value === 'string' && value.length > maxLength
          ? Promise.reject(new Error(limitsUi.tooLong(maxLength, value.length)))
          : Promise.resolve(),
    });
  }
  if (min !== undefined || max !== undefined || integer) {
    rules.push({
      validator: (_rule, value: unknown) => {
        if (value === null || value === undefined || value === '') return Promise.resolve();
        const problem = numberProblem(Number(value), limit);
        return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
      },
    });
  }
  return rules;
}

/** Why a number breaks its limit, or null. */
export function numberProblem(n: number, { min, max, integer }: FieldLimit): string | null {
  if (!Number.isFinite(n)) return limitsUi.notNumber;
  const outside = (min !== undefined && n < min) || (max !== undefined && n > max);
  if (outside) {
    if (min !== undefined && max !== undefined) return limitsUi.range(min, max);
    return min !== undefined ? limitsUi.atLeast(min) : limitsUi.atMost(max ?? 0);
  }
  if (integer && !Number.isInteger(n)) return limitsUi.integer;
  return null;
}

/**
 * The input with its limit shown: a text box counts its characters against the limit as the clerk
 * types (and goes red past it) instead of cutting the text; a number box shows its range and is never
 * clamped (no `min`/`max` on the antd box, which would silently change 1890 into 1900).
 */
function withLimit(child: ReactNode, limit: FieldLimit | undefined): ReactNode {
  if (!limit || !isValidElement(child)) return child;
  const element = child as ReactElement<Record<string, unknown>>;
  if ((element.type === Input || element.type === Input.TextArea) && limit.maxLength !== undefined) {
    return cloneElement(element, { maxLength: undefined, count: { show: true, max: limit.maxLength } });
  }
  if (element.type === InputNumber && (limit.min !== undefined || limit.max !== undefined)) {
    const hint = element.props.placeholder ?? limitsUi.rangeHint(limit.min, limit.max);
    return cloneElement(element, { min: undefined, max: undefined, placeholder: hint });
  }
  return child;
}

/** Props of {@link Field}: a form item, and where its limit is found when its name is not the schema's path. */
export type FieldProps = FormItemProps & {
  /** The schema path of a field inside a list or under another name ("parties.*.name", "vote.households"). */
  limitPath?: string;
};

/**
 * A form item that keeps every value as typed or refuses it with a reason (issue 15): it takes its
 * limit from the form's schema (see {@link LimitsProvider}), shows it while the clerk types and checks
 * it with the rule's message.
 */
export function Field({ limitPath, rules, children, ...item }: FieldProps) {
  const limits = useContext(LimitsContext);
  const key =
    limitPath ?? (item.name !== undefined ? limitKey(item.name as string | number | (string | number)[]) : '');
  const limit = limits.get(key);
  return (
    <Form.Item {...item} rules={[...(rules ?? []), ...limitRules(limit)]}>
      {withLimit(children as ReactNode, limit)}
    </Form.Item>
  );
}
