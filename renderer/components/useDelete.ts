import { App } from 'antd';
import { ui } from '../i18n/ui';
import { errorText } from './errors';

/** Deleting a row of a list: runs the delete call, says "Đã xóa" and reloads, or shows why it failed. */
export function useDelete(reload: () => void): (run: () => Promise<unknown>) => Promise<void> {
  const { message } = App.useApp();
  return async (run) => {
    try {
      await run();
      void message.success(ui.common.deleted);
      reload();
    } catch (e) {
      void message.error(errorText(e));
    }
  };
}
