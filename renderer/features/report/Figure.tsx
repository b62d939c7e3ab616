import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';

/** One headline figure of the report, with an optional note under it. */
export function Figure({ title, value, note }: { title: string; value: string; note?: string }) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic title={title} value={value} formatter={() => value} />
      {note && <Typography.Text type="secondary">{note}</Typography.Text>}
    </Card>
  );
}

/** A section of the report on screen: a row of headline figures, then its sentences, then `children`. */
export function FigureCard({
  title,
  testId,
  figures,
  sentences,
  children,
}: {
  title: string;
  testId: string;
  figures: { key: string; title: string; value: string }[];
  sentences: string[];
  children?: ReactNode;
}) {
  return (
    <Card title={title} size="small" data-testid={testId}>
      <Flex vertical gap={12}>
        <Row gutter={[12, 12]}>
          {figures.map((f) => (
            <Col key={f.key} xs={12} md={8} xl={3}>
              <Figure title={f.title} value={f.value} />
            </Col>
          ))}
        </Row>
        {sentences.map((s) => (
          <Typography.Paragraph key={s} style={{ marginBottom: 0 }}>
            {s}
          </Typography.Paragraph>
        ))}
        {children}
      </Flex>
    </Card>
  );
}
