import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { RestorePanel, type PickedBackup } from './RestorePanel';
import { backupUi as t } from './text';

/**
 * The first screen's other way in (issue 15): on a new, empty data folder, restore the unit from its
 * backup (a dead or stolen laptop) instead of setting up anew. The keys come back with it, so the
 * office keeps trusting the unit's bundles without enrolling it again.
 */
export function FreshRestore({ onBack }: { onBack: () => void }) {
  const [picked, setPicked] = useState<PickedBackup | null>(null);
  return (
    <Card title={t.freshTitle} data-testid="fresh-restore">
      <Typography.Paragraph type="secondary">{t.restoreIntro}</Typography.Paragraph>
      <RestorePanel fresh suggestedFolder="" picked={picked} onPicked={setPicked} />
      <Flex style={{ marginTop: 24 }}>
        <Button onClick={onBack}>{t.freshBack}</Button>
      </Flex>
    </Card>
  );
}
