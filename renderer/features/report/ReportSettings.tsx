import { Alert, Button, Card, Col, Form, Input, Row, Skeleton, message } from 'antd';
import { useState } from 'react';
import type { Installation } from '../../../shared/installation/schema';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { errorMessage, useCallValue } from '../print/useCallValue';

/** The settings a printed document carries (domain.md §E: ô 4, ô 7, ô 9). */
interface DocumentSettings {
  placeName: string;
  signerTitle: string;
  signerName: string;
  officeName: string;
}

function fromInstallation(i: Installation): DocumentSettings {
  return {
    placeName: i.settings.placeName ?? '',
    signerTitle: i.settings.signerTitle ?? '',
    signerName: i.settings.signerName ?? '',
    officeName: i.settings.officeName ?? '',
  };
}

/** One setting of the printed report: a text box of at most `max` characters, half a row wide. */
function SettingField({
  name,
  label,
  extra,
  max,
  placeholder,
}: {
  name: keyof DocumentSettings;
  label: string;
  extra?: string;
  max: number;
  placeholder: string;
}) {
  return (
    <Col xs={24} md={12}>
      <Form.Item name={name} label={label} extra={extra} rules={[{ max, message: ui.common.tooLong(max) }]}>
        <Input placeholder={placeholder} />
      </Form.Item>
    </Col>
  );
}

/**
 * The small form for what the printed report says besides the figures: the place of the date line,
 * the signer, and the office it is sent to (first line of "Nơi nhận").
 */
export function ReportSettings() {
  const loaded = useCallValue('installation.status', {});
  const [saved, setSaved] = useState<{ installation: Installation; count: number } | null>(null);
  const [saving, setSaving] = useState(false);
  const [messageApi, contextHolder] = message.useMessage();

  if (loaded.status === 'loading') {
    return (
      <Card title="Thông tin in trên báo cáo" size="small">
        <Skeleton active paragraph={{ rows: 2 }} />
      </Card>
    );
  }
  if (loaded.status === 'error') {
    return (
      <Card title="Thông tin in trên báo cáo" size="small">
        <Alert type="error" showIcon title={loaded.message} />
      </Card>
    );
  }
  const installation = saved?.installation ?? loaded.value;

  const save = async (values: DocumentSettings) => {
    setSaving(true);
    try {
      // The call replaces every setting it lists, so the clerk's user name is sent back unchanged.
      const updated = await call('installation.updateSettings', {
        ...values,
        userName: installation.settings.userName,
      });
      setSaved((s) => ({ installation: updated, count: (s?.count ?? 0) + 1 }));
      void messageApi.success('Đã lưu thông tin in trên báo cáo.');
    } catch (e) {
      void messageApi.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const place = (installation.name ?? '').replace(/^(xã|phường|đặc khu|thị trấn)\s+/i, '');
  return (
    <Card title="Thông tin in trên báo cáo" size="small">
      {contextHolder}
      <Form<DocumentSettings>
        key={saved?.count ?? 0}
        layout="vertical"
        initialValues={fromInstallation(installation)}
        onFinish={(v) => void save(v)}
        disabled={saving}
      >
        <Row gutter={16}>
          <SettingField
            name="placeName"
            label="Địa danh ghi ở dòng ngày tháng"
            extra={place ? `Để trống thì dùng "${place}".` : undefined}
            max={100}
            placeholder={place || 'Ví dụ: Tân Hưng'}
          />
          <SettingField
            name="officeName"
            label="Cơ quan nhận báo cáo (dòng đầu của Nơi nhận)"
            max={200}
            placeholder="Ví dụ: Sở Tư pháp tỉnh Lạng Sơn"
          />
          <SettingField
            name="signerTitle"
            label="Chức vụ người ký"
            extra='Để trống thì in "CHỦ TỊCH". Phó Chủ tịch ký thay thì ghi "Phó Chủ tịch".'
            max={100}
            placeholder="Chủ tịch"
          />
          <SettingField name="signerName" label="Họ và tên người ký" max={100} placeholder="Ví dụ: Nguyễn Văn A" />
        </Row>
        <Button type="primary" htmlType="submit" loading={saving}>
          Lưu thông tin
        </Button>
      </Form>
    </Card>
  );
}
