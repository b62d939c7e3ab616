import { Flex } from 'antd';
import { Heading, Text } from './Text';
import type { ReactNode } from 'react';

/** A page title with its main actions on the right. */
export function PageHeader({ title, extra, subtitle }: { title: ReactNode; extra?: ReactNode; subtitle?: ReactNode }) {
  return (
    <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
      <div>
        <Heading>{title}</Heading>
        {subtitle ? <Text tone="secondary">{subtitle}</Text> : null}
      </div>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
