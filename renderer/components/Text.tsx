import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * A few words in the theme's colours. The first screens (both home pages, every page header, sign-in
 * and lock) use it instead of antd's Typography, whose editable mode and icons make it the largest
 * part of a first download after the shell.
 */
export function Text({
  tone,
  strong,
  paragraph,
  style,
  children,
  testId,
}: {
  tone?: 'secondary' | 'danger';
  strong?: boolean;
  /** A paragraph of its own (space below it), not words within a line. */
  paragraph?: boolean;
  style?: CSSProperties;
  children: ReactNode;
  testId?: string;
}) {
  const { token } = theme.useToken();
  const color = tone === 'secondary' ? token.colorTextSecondary : tone === 'danger' ? token.colorError : undefined;
  // The font too: a lock screen or sign-in card sits outside antd's layout, under the page's own font.
  const look: CSSProperties = {
    color,
    fontFamily: token.fontFamily,
    fontWeight: strong ? token.fontWeightStrong : undefined,
    ...style,
  };
  return paragraph ? (
    <p data-testid={testId} style={{ marginTop: 0, marginBottom: '1em', ...look }}>
      {children}
    </p>
  ) : (
    <span data-testid={testId} style={look}>
      {children}
    </span>
  );
}

/** A heading in the theme's heading style: a page's title (level 3) or a panel's (level 4). */
export function Heading({
  level = 3,
  id,
  testId,
  style,
  children,
}: {
  level?: 3 | 4;
  id?: string;
  testId?: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const { token } = theme.useToken();
  const Tag = level === 3 ? 'h3' : 'h4';
  return (
    <Tag
      id={id}
      data-testid={testId}
      style={{
        margin: 0,
        fontFamily: token.fontFamily,
        fontSize: level === 3 ? token.fontSizeHeading3 : token.fontSizeHeading4,
        lineHeight: level === 3 ? token.lineHeightHeading3 : token.lineHeightHeading4,
        fontWeight: token.fontWeightStrong,
        color: token.colorTextHeading,
        ...style,
      }}
    >
      {children}
    </Tag>
  );
}
