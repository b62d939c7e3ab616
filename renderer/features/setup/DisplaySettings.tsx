import { Card, Checkbox } from 'antd';
import { chooseMotionOff, useMotionOffChosen } from '../../components/reducedMotion';
import { ui } from '../../i18n/ui';

/** Cài đặt → Hiển thị: choices of this computer only (kept in its browser storage, not in the data). */
export function DisplaySettings() {
  const motionOff = useMotionOffChosen();
  return (
    <Card title={ui.settings.display} style={{ marginBottom: 16 }}>
      <Checkbox checked={motionOff} onChange={(e) => chooseMotionOff(e.target.checked)} data-testid="motion-off">
        {ui.settings.motionOff}
      </Checkbox>
    </Card>
  );
}
