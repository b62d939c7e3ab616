import type { HTMLAttributes, Ref } from 'react';

/**
 * The opaque layer of the lock, fixed over the whole window. Part of the first screen: while the
 * lock's form loads it already hides the page (which stays mounted under it).
 */
export function LockCurtain({ ref, style, ...rest }: HTMLAttributes<HTMLDivElement> & { ref?: Ref<HTMLDivElement> }) {
  return (
    <div
      ref={ref}
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 3000,
        background: 'rgba(240, 242, 245, 0.97)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 24,
        ...style,
      }}
      {...rest}
    />
  );
}
