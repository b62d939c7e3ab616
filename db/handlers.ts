import { AppError } from '../shared/contract/errors';
import { accessHandlers } from './access/handlers';
import { backupHandlers } from './maintenance/handlers';
import type { Handlers } from '../shared/contract/index';
import { attachmentFile, attachmentsDir, saveAttachment } from './attachment/store';
import { calendarYear, createNotice, deleteNotice, updateNotice } from './calendar/service';
import { recordHistory } from './changelog/history';
import { conventionCoverage } from './convention/coverage';
import {
  createConsultation,
  deleteConsultation,
  getConsultation,
  listConsultations,
  updateConsultation,
} from './consultation/service';
import { createDecision, deleteDecision, getDecision, listDecisions, updateDecision } from './decision/service';
import { createBody, deleteBody, getBody, listBodies, peopleBoard, updateBody } from './supervision/service';
import {
  actOnConvention,
  createConvention,
  deleteConvention,
  getConvention,
  listConventions,
  updateConvention,
} from './convention/service';
import { disclosureBoard } from './disclosure/board';
import {
  createDisclosure,
  deleteDisclosure,
  getDisclosure,
  listDisclosures,
  updateDisclosure,
} from './disclosure/service';
import { createCommunity, deleteCommunity, getCommunity, listCommunities, updateCommunity } from './community/service';
import type { Ctx } from './context';
import {
  installationCard,
  installationStatus,
  requireRole,
  setupInstallation,
  updateSettings,
} from './installation/service';
import { createCase, deleteCase, getCase, listCases, updateCase } from './mediation/cases';
import { createMediator, deleteMediator, listMediators, updateMediator } from './mediation/mediators';
import { buildRegister } from './mediation/register';
import { createTeam, deleteTeam, listTeams, updateTeam } from './mediation/teams';
import { exportList, printableTable } from './export/lists';
import { exportFile, templateFile } from './interchange/export';
import { decodeImportFile, importLines } from './interchange/import';
import { transaction } from './open';
import {
  createDialogue,
  createSupervision,
  deleteDialogue,
  deleteSupervision,
  listDialogues,
  listSupervisions,
  updateDialogue,
  updateSupervision,
} from './reception/meetings';
import {
  createPetition,
  deadlineBoard,
  deletePetition,
  getPetition,
  listPetitions,
  updatePetition,
} from './reception/petitions';
import { buildReceptionRegister } from './reception/register';
import { petitionSpec } from './reception/spec';
import { createSession, deleteSession, listSessions, updateSession } from './reception/sessions';
import { createVisit, deleteVisit, getVisit, listVisits, updateVisit } from './reception/visits';
import { reportDocument, periodReport } from './report/service';
import { reportWorkbook } from './report/xlsx';
import { communeStatus, sendToOffice } from './sync/commune';
import { getEvent, listEvents } from './sync/events';
import { importBundle } from './sync/import';
import { replaceCommuneData } from './sync/replace';
import { communeImports, officeCommunes, receiptFile, withReplica } from './sync/office';
import { enrollCard, previewCard } from './sync/peers';
import { importReceipt } from './sync/receipt';

/** Runs a write as one transaction, after checking the installation is set up as a commune. */
function write<T>(ctx: Ctx, fn: () => T): T {
  requireRole(ctx.sql, 'commune');
  return transaction(ctx.sql, fn);
}

function officeOnly<T>(ctx: Ctx, fn: () => T): T {
  requireRole(ctx.sql, 'office');
  return fn();
}

function anyRoleWrite<T>(ctx: Ctx, fn: () => T): T {
  requireRole(ctx.sql);
  return transaction(ctx.sql, fn);
}

function read<T>(ctx: Ctx, fn: () => T): T {
  requireRole(ctx.sql);
  return fn();
}

/** The handlers of every call, each a thin shell over a service function. */
export const handlers: Handlers<Ctx> = {
  'installation.status': (_i, ctx) => installationStatus(ctx),
  'installation.setup': (i, ctx) => setupInstallation(ctx, i),
  'installation.updateSettings': (i, ctx) => updateSettings(ctx, i),
  'installation.card': (_i, ctx) => installationCard(ctx),

  'community.list': (i, ctx) => read(ctx, () => listCommunities(ctx.sql, i)),
  'community.get': (i, ctx) => read(ctx, () => getCommunity(ctx.sql, i.id)),
  'community.create': (i, ctx) => write(ctx, () => createCommunity(ctx.sql, i, ctx.writer())),
  'community.update': (i, ctx) => write(ctx, () => updateCommunity(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'community.delete': (i, ctx) =>
    write(ctx, () => (deleteCommunity(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),

  'mediation.listTeams': (i, ctx) => read(ctx, () => listTeams(ctx.sql, i.search)),
  'mediation.createTeam': (i, ctx) => write(ctx, () => createTeam(ctx.sql, i, ctx.writer())),
  'mediation.updateTeam': (i, ctx) => write(ctx, () => updateTeam(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'mediation.deleteTeam': (i, ctx) =>
    write(ctx, () => (deleteTeam(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),
  'mediation.listMediators': (i, ctx) => read(ctx, () => listMediators(ctx.sql, i)),
  'mediation.createMediator': (i, ctx) => write(ctx, () => createMediator(ctx.sql, i, ctx.writer())),
  'mediation.updateMediator': (i, ctx) =>
    write(ctx, () => updateMediator(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'mediation.deleteMediator': (i, ctx) =>
    write(ctx, () => (deleteMediator(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),
  'mediation.listCases': (i, ctx) => read(ctx, () => listCases(ctx.sql, i)),
  'mediation.getCase': (i, ctx) => read(ctx, () => getCase(ctx.sql, i.id)),
  'mediation.createCase': (i, ctx) => write(ctx, () => createCase(ctx.sql, i, ctx.writer())),
  'mediation.updateCase': (i, ctx) => write(ctx, () => updateCase(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'mediation.deleteCase': (i, ctx) =>
    write(ctx, () => (deleteCase(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),
  'mediation.caseHistory': (i, ctx) => read(ctx, () => (getCase(ctx.sql, i.id), recordHistory(ctx.sql, i.id))),
  'mediation.register': (i, ctx) => read(ctx, () => buildRegister(ctx.sql, i.teamId, i.from, i.to)),

  'reception.listSessions': (i, ctx) => read(ctx, () => listSessions(ctx.sql, i)),
  'reception.createSession': (i, ctx) => write(ctx, () => createSession(ctx.sql, i, ctx.writer())),
  'reception.updateSession': (i, ctx) =>
    write(ctx, () => updateSession(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'reception.deleteSession': (i, ctx) =>
    write(ctx, () => (deleteSession(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),
  'reception.listVisits': (i, ctx) => read(ctx, () => listVisits(ctx.sql, i)),
  'reception.getVisit': (i, ctx) => read(ctx, () => getVisit(ctx.sql, i.id)),
  'reception.createVisit': (i, ctx) => write(ctx, () => createVisit(ctx.sql, i, ctx.writer())),
  'reception.updateVisit': (i, ctx) => write(ctx, () => updateVisit(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'reception.deleteVisit': (i, ctx) =>
    write(ctx, () => (deleteVisit(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),
  'reception.visitHistory': (i, ctx) => read(ctx, () => (getVisit(ctx.sql, i.id), recordHistory(ctx.sql, i.id))),
  'reception.listPetitions': (i, ctx) => read(ctx, () => listPetitions(ctx.sql, i)),
  'reception.getPetition': (i, ctx) => read(ctx, () => getPetition(ctx.sql, i.id)),
  'reception.createPetition': (i, ctx) => write(ctx, () => createPetition(ctx.sql, i, ctx.writer())),
  'reception.updatePetition': (i, ctx) =>
    write(ctx, () => updatePetition(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'reception.deletePetition': (i, ctx) =>
    write(ctx, () => (deletePetition(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),
  'reception.petitionHistory': (i, ctx) =>
    read(ctx, () => (getPetition(ctx.sql, i.id), recordHistory(ctx.sql, i.id, petitionSpec.addedFields))),
  'reception.deadlines': (i, ctx) => read(ctx, () => deadlineBoard(ctx.sql, i.today ?? undefined)),
  'reception.register': (i, ctx) => read(ctx, () => buildReceptionRegister(ctx.sql, i.from, i.to)),
  'reception.listDialogues': (i, ctx) => read(ctx, () => listDialogues(ctx.sql, i)),
  'reception.createDialogue': (i, ctx) => write(ctx, () => createDialogue(ctx.sql, i, ctx.writer())),
  'reception.updateDialogue': (i, ctx) =>
    write(ctx, () => updateDialogue(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'reception.deleteDialogue': (i, ctx) =>
    write(ctx, () => (deleteDialogue(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),
  'reception.listSupervisions': (i, ctx) => read(ctx, () => listSupervisions(ctx.sql, i)),
  'reception.createSupervision': (i, ctx) => write(ctx, () => createSupervision(ctx.sql, i, ctx.writer())),
  'reception.updateSupervision': (i, ctx) =>
    write(ctx, () => updateSupervision(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'reception.deleteSupervision': (i, ctx) =>
    write(ctx, () => (deleteSupervision(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),

  'report.period': (i, ctx) => read(ctx, () => periodReport(ctx.sql, i.from, i.to, ctx.dataDir)),
  'report.document': (i, ctx) => read(ctx, () => reportDocument(ctx.sql, i.from, i.to, ctx.dataDir)),
  'records.import': async (i, ctx) => {
    requireRole(ctx.sql, 'commune');
    const decoded = await decodeImportFile(i.fileName, Buffer.from(i.base64, 'base64'));
    return importLines(ctx.sql, decoded, ctx.writer(), i.dryRun);
  },
  'records.export': (i, ctx) => read(ctx, () => exportFile(ctx.sql, i.format, i.kind)),
  'records.template': () => templateFile(),
  'export.listXlsx': (i, ctx) => read(ctx, () => exportList(ctx.sql, i)),
  'export.listTable': (i, ctx) => read(ctx, () => printableTable(ctx.sql, i)),
  'report.exportXlsx': (i, ctx) => read(ctx, () => reportWorkbook(reportDocument(ctx.sql, i.from, i.to, ctx.dataDir))),

  'sync.previewCard': (i, ctx) => read(ctx, () => previewCard(ctx.sql, i.cardJson)),
  'sync.enroll': (i, ctx) => {
    requireRole(ctx.sql);
    const peer = transaction(ctx.sql, () => enrollCard(ctx.sql, i.cardJson, ctx.writer(), i));
    if (peer.role === 'commune') withReplica(ctx.dataDir, peer.code, () => undefined);
    return peer;
  },
  'sync.communeStatus': (_i, ctx) => communeStatus(ctx),
  'sync.exportBundle': async (i, ctx) => {
    const sent = await sendToOffice(ctx, i);
    return {
      fileName: sent.fileName,
      mimeType: 'application/octet-stream',
      base64: sent.file.toString('base64'),
      event: sent.event,
    };
  },
  'sync.event': (i, ctx) =>
    read(ctx, () => {
      const event = getEvent(ctx.sql, i.id);
      if (!event) throw new AppError('NOT_FOUND', 'Không tìm thấy lần gửi này.');
      return event;
    }),
  'sync.importReceipt': (i, ctx) =>
    write(ctx, () => importReceipt(ctx.sql, Buffer.from(i.base64, 'base64'), ctx.writer())),
  'sync.officeCommunes': (_i, ctx) => officeOnly(ctx, () => officeCommunes(ctx.sql, ctx.dataDir)),
  'sync.communeImports': (i, ctx) => officeOnly(ctx, () => communeImports(ctx.sql, ctx.dataDir, i.code)),
  'sync.importBundle': (i, ctx) => importBundle(ctx, i.fileName, Buffer.from(i.base64, 'base64'), i),
  'sync.replaceCommuneData': (i, ctx) => replaceCommuneData(ctx, i),
  'sync.receipt': (i, ctx) => officeOnly(ctx, () => receiptFile(ctx, i.code)),
  'sync.history': (_i, ctx) => read(ctx, () => listEvents(ctx.sql)),

  'disclosure.list': (i, ctx) => read(ctx, () => listDisclosures(ctx.sql, i)),
  'disclosure.get': (i, ctx) => read(ctx, () => getDisclosure(ctx.sql, i.id)),
  'disclosure.create': (i, ctx) => write(ctx, () => createDisclosure(ctx.sql, i, ctx.writer())),
  'disclosure.update': (i, ctx) => write(ctx, () => updateDisclosure(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'disclosure.delete': (i, ctx) =>
    write(ctx, () => (deleteDisclosure(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),
  'disclosure.history': (i, ctx) => read(ctx, () => (getDisclosure(ctx.sql, i.id), recordHistory(ctx.sql, i.id))),
  'disclosure.board': (i, ctx) => read(ctx, () => disclosureBoard(ctx.sql, i.year, i.quarter)),

  'convention.list': (i, ctx) => read(ctx, () => listConventions(ctx.sql, i)),
  'convention.get': (i, ctx) => read(ctx, () => getConvention(ctx.sql, i.id)),
  'convention.create': (i, ctx) => write(ctx, () => createConvention(ctx.sql, i, ctx.writer())),
  'convention.update': (i, ctx) => write(ctx, () => updateConvention(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'convention.act': (i, ctx) => write(ctx, () => actOnConvention(ctx.sql, i.id, i.version, i.step, ctx.writer())),
  'convention.delete': (i, ctx) =>
    write(ctx, () => (deleteConvention(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),
  'convention.history': (i, ctx) => read(ctx, () => (getConvention(ctx.sql, i.id), recordHistory(ctx.sql, i.id))),
  'convention.coverage': (i, ctx) => read(ctx, () => conventionCoverage(ctx.sql, i.on)),

  'attachment.add': (i, ctx) => {
    requireRole(ctx.sql, 'commune');
    return saveAttachment(attachmentsDir(ctx.dataDir), i.fileName, i.mimeType, Buffer.from(i.base64, 'base64'));
  },
  'attachment.read': (i, ctx) => read(ctx, () => attachmentFile(ctx.sql, attachmentsDir(ctx.dataDir), i.sha256)),

  'calendar.year': (i, ctx) => read(ctx, () => calendarYear(ctx.sql, i.year)),
  // Any installation keeps its calendar up to date (a commune's notices also travel to its office).
  'calendar.createNotice': (i, ctx) => anyRoleWrite(ctx, () => createNotice(ctx.sql, i, ctx.writer())),
  'calendar.updateNotice': (i, ctx) =>
    anyRoleWrite(ctx, () => updateNotice(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'calendar.deleteNotice': (i, ctx) =>
    anyRoleWrite(ctx, () => (deleteNotice(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),

  'decision.list': (i, ctx) => read(ctx, () => listDecisions(ctx.sql, i)),
  'decision.create': (i, ctx) => write(ctx, () => createDecision(ctx.sql, i, ctx.writer())),
  'decision.update': (i, ctx) => write(ctx, () => updateDecision(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'decision.delete': (i, ctx) =>
    write(ctx, () => (deleteDecision(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),
  'decision.history': (i, ctx) => read(ctx, () => (getDecision(ctx.sql, i.id), recordHistory(ctx.sql, i.id))),

  'consultation.list': (i, ctx) => read(ctx, () => listConsultations(ctx.sql, i)),
  'consultation.create': (i, ctx) => write(ctx, () => createConsultation(ctx.sql, i, ctx.writer())),
  'consultation.update': (i, ctx) =>
    write(ctx, () => updateConsultation(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'consultation.delete': (i, ctx) =>
    write(ctx, () => (deleteConsultation(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),
  'consultation.history': (i, ctx) => read(ctx, () => (getConsultation(ctx.sql, i.id), recordHistory(ctx.sql, i.id))),

  'supervision.listBodies': (i, ctx) => read(ctx, () => listBodies(ctx.sql, i)),
  'supervision.createBody': (i, ctx) => write(ctx, () => createBody(ctx.sql, i, ctx.writer())),
  'supervision.updateBody': (i, ctx) => write(ctx, () => updateBody(ctx.sql, i.id, i.version, i.fields, ctx.writer())),
  'supervision.deleteBody': (i, ctx) =>
    write(ctx, () => (deleteBody(ctx.sql, i.id, i.version, ctx.writer()), { ok: true as const })),
  'supervision.bodyHistory': (i, ctx) => read(ctx, () => (getBody(ctx.sql, i.id), recordHistory(ctx.sql, i.id))),
  'supervision.board': (i, ctx) => read(ctx, () => peopleBoard(ctx.sql, i.on ?? undefined)),

  ...accessHandlers,
  ...backupHandlers,
};
