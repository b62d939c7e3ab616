import { flag } from '../args';
import type { Command } from '../command';
import { EXIT, printJson, printLines } from '../io';
import { parseOutputArgs } from '../outputArgs';
import { call, withInstallation, writeOutputFile } from '../session';

/** `qcdc card`: writes this installation's public card (cli.md, schema qcdc.card/1). */
export const cardCommand: Command = {
  name: 'card',
  async run(args, io) {
    const { parsed, dataDir, out } = parseOutputArgs(args);
    const card = await withInstallation(dataDir, (app) => call(app, 'installation.card', {}));
    const file = writeOutputFile(out, `${JSON.stringify(card, null, 2)}\n`);
    if (flag(parsed, 'json')) {
      printJson(io, { file, keyId: card.keyId, fingerprint: card.fingerprint });
    } else {
      printLines(
        io,
        `Đã ghi thẻ khóa công khai của ${card.name} (mã ${card.code}) vào ${file}.`,
        `Mã khóa ký: ${card.keyId}`,
        `Dấu vân tay: ${card.fingerprint}`,
        'Khi gửi thẻ, hãy đọc dấu vân tay này cho bên nhận qua điện thoại để họ đối chiếu.',
      );
    }
    return EXIT.ok;
  },
};
