import { AppError } from '../../shared/contract/errors';
import type { Report, ReportDocument } from '../../shared/report/schema';
import { dataProblems } from '../../shared/sync/dataProblems';
import { documentDefaults, placeFromName, provinceInText, settingLines } from '../../shared/report/documentDefaults';
import { todayIso } from '../../shared/util/dates';
import { getSetting } from '../installation/settings';
import type { Sql } from '../open';
import { officeCommunes, officeReport } from '../sync/office';
import { communeFigures } from './figures';

/** The period report of this installation (reports.md, schema qcdc.report/1). */
export function periodReport(sql: Sql, from: string, to: string, dataDir: string): Report {
  const role = getSetting(sql, 'role');
  if (role === 'office') return officeReport(sql, dataDir, from, to);
  if (role !== 'commune') throw new AppError('NOT_INITIALISED');
  return {
    schema: 'qcdc.report/1',
    period: { from, to },
    scope: { role: 'commune', communes: 1 },
    ...communeFigures(sql, from, to),
  };
}

/**
 * The report with what its printed form needs (Nghị định 30/2020 layout, domain.md §E): the sender's
 * own header, place, signer and recipients from its settings, else the defaults for its role, so an
 * office never prints a commune's template (issue 15).
 */
export function reportDocument(
  sql: Sql,
  from: string,
  to: string,
  dataDir: string,
  today: string = todayIso(),
): ReportDocument {
  const report = periodReport(sql, from, to, dataDir);
  const name = getSetting(sql, 'name') ?? '';
  const province = getSetting(sql, 'province');
  const defaults = documentDefaults({
    role: report.scope.role,
    name,
    province,
    officeName: getSetting(sql, 'officeName'),
  });
  const issuerLines = settingLines(getSetting(sql, 'issuer')) ?? defaults.issuerLines;
  return {
    report,
    header: {
      issuer: issuerLines[0] ?? '',
      issuerLines,
      communeName: name,
      province,
      placeName: getSetting(sql, 'placeName') ?? defaults.placeName,
      signerTitle: getSetting(sql, 'signerTitle') ?? defaults.signerTitle,
      signerName: getSetting(sql, 'signerName') ?? '',
      recipients: settingLines(getSetting(sql, 'recipients')) ?? defaults.recipients,
      date: today,
    },
    ...(report.scope.role === 'office' ? { incomplete: incompleteCommunes(sql, dataDir) } : {}),
  };
}

export { placeFromName, provinceInText };

/** The office's communes whose data is not whole, each with its most serious problem (a fork first). */
function incompleteCommunes(sql: Sql, dataDir: string): NonNullable<ReportDocument['incomplete']> {
  return officeCommunes(sql, dataDir).flatMap((c) => {
    const [reason] = dataProblems(c);
    return reason ? [{ code: c.code, name: c.name, reason }] : [];
  });
}
