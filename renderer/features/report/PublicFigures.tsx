import { Card, Col, Row } from 'antd';
import type { Report } from '../../../shared/report/schema';
import { formatNumber } from '../../../shared/util/format';
import { CATALOG_SHORT } from '../disclosure/labels';
import { Figure } from './Figure';

/** The disclosure and convention sections of the report (reports.md), on screen. */
export function PublicFigures({ report }: { report: Report }) {
  const d = report.disclosure;
  const c = report.conventions;
  const office = report.scope.role === 'office';
  return (
    <>
      <Card title="Thực hiện công khai" size="small" data-testid="report-disclosure">
        <Row gutter={[12, 12]}>
          <Col xs={12} xl={6}>
            <Figure
              title="Nội dung đã công khai"
              value={
                office ? formatNumber(d.itemsDisclosed) : `${formatNumber(d.itemsDisclosed)}/${formatNumber(d.items)}`
              }
              note={CATALOG_SHORT[d.catalog]}
            />
          </Col>
          <Col xs={12} xl={6}>
            <Figure
              title="Xã công khai đủ nội dung"
              value={`${formatNumber(d.communesAllItems)}/${formatNumber(report.scope.communes)}`}
            />
          </Col>
          <Col xs={12} xl={6}>
            <Figure title="Số lần công khai" value={formatNumber(d.events)} />
          </Col>
          <Col xs={12} xl={6}>
            <Figure title="Niêm yết chưa đủ 30 ngày" value={formatNumber(d.shortPostings)} />
          </Col>
        </Row>
      </Card>
      <Card title="Hương ước, quy ước" size="small" data-testid="report-conventions">
        <Row gutter={[12, 12]}>
          <Col xs={12} xl={8}>
            <Figure
              title="Thôn, tổ dân phố có hương ước, quy ước có hiệu lực"
              value={`${formatNumber(c.withConvention)}/${formatNumber(c.communities)}`}
              note="Tính đến ngày cuối kỳ"
            />
          </Col>
          <Col xs={12} xl={8}>
            <Figure title="Thôn, tổ dân phố đã rà soát trong kỳ" value={formatNumber(c.reviewed)} />
          </Col>
          <Col xs={12} xl={8}>
            <Figure title="Lượt rà soát đề nghị sửa đổi, thay thế" value={formatNumber(c.amended)} />
          </Col>
        </Row>
      </Card>
    </>
  );
}
