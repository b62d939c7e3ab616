import type { z } from 'zod';
import type { Fields, InputObject, RecordDefinition } from '../../shared/record/define';

/**
 * The fields a record's create and update calls take, picked from a stored record or a form's
 * values (the contract's input is strict; a value left out takes the contract's default).
 */
export function inputOf<F extends Fields>(
  def: RecordDefinition<F, Fields, Fields>,
  values: object,
): z.input<InputObject<F>> {
  const source = values as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(def.fields).flatMap((k) => (source[k] === undefined ? [] : [[k, source[k]]])),
  ) as z.input<InputObject<F>>;
}
