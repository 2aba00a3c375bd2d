import { Injectable } from '@nestjs/common';
import { EVENT_TYPES, type EventEnvelope } from '@ndip/domain';
import { InitiativeConvertedContract, ProjectCreatedContract, ProjectPassportCompletedContract, type EventHandler } from '@ndip/platform';
import type { EntityManager } from 'typeorm';
import { MonitoringRepository } from '../monitoring/monitoring.repository';

/**
 * Module 3 learns who the investor of a project is from two events that may arrive in either order:
 * `attraction.initiative.converted` (initiative → company BIN) and `implementation.project.created`
 * (initiative → project). Both upsert one row per initiative; once both are known, an open monitoring
 * period of the project gets the BIN (investor scoping, §9.3 INV). A project without an initiative (entry
 * paths P2–P5) has its BIN in the passport: `implementation.project.passport-completed` carries it, and it is
 * kept per project (the passport's BIN wins over the company card's when both are known).
 */
@Injectable()
export class InvestorService {
  constructor(private readonly monitoring: MonitoringRepository) {}

  eventHandlers(): EventHandler[] {
    const onConverted: EventHandler<InitiativeConvertedContract> = {
      type: EVENT_TYPES.initiativeConverted,
      payloadClass: InitiativeConvertedContract,
      handle: (m, e) => this.onConverted(m, e),
    };
    const onProjectCreated: EventHandler<ProjectCreatedContract> = {
      type: EVENT_TYPES.projectCreated,
      payloadClass: ProjectCreatedContract,
      handle: (m, e) => this.onProjectCreated(m, e),
    };
    const onPassportCompleted: EventHandler<ProjectPassportCompletedContract> = {
      type: EVENT_TYPES.projectPassportCompleted,
      payloadClass: ProjectPassportCompletedContract,
      handle: (m, e) => this.onPassportCompleted(m, e),
    };
    return [onConverted as unknown as EventHandler, onProjectCreated as unknown as EventHandler, onPassportCompleted as unknown as EventHandler];
  }

  private async onPassportCompleted(m: EntityManager, e: EventEnvelope<ProjectPassportCompletedContract>): Promise<void> {
    const p = e.payload;
    // Events published before the payload carried the BIN say nothing about the investor.
    if (!p.companyBin) return;
    await m.query(
      `INSERT INTO m3_project_passport (project_id, company_bin, completed_on) VALUES ($1, $2, $3)
       ON CONFLICT (project_id) DO UPDATE SET company_bin = EXCLUDED.company_bin, completed_on = EXCLUDED.completed_on, updated_at = now()
       WHERE m3_project_passport.completed_on <= EXCLUDED.completed_on`,
      [p.projectId, p.companyBin, p.completedOn],
    );
    await this.monitoring.setCompanyBin(m, p.projectId, p.companyBin);
  }

  private async onConverted(m: EntityManager, e: EventEnvelope<InitiativeConvertedContract>): Promise<void> {
    const p = e.payload;
    const rows = (await m.query(
      `INSERT INTO project_investor (initiative_id, company_id, company_name, company_bin) VALUES ($1, $2, $3, $4)
       ON CONFLICT (initiative_id) DO UPDATE SET company_id = EXCLUDED.company_id, company_name = EXCLUDED.company_name,
         company_bin = EXCLUDED.company_bin, updated_at = now()
       RETURNING project_id`,
      [p.initiativeId, p.companyId, p.companyName, p.companyBin],
    )) as { project_id: string | null }[];
    const projectId = rows[0]?.project_id ?? null;
    if (projectId && !(await this.passportBin(m, projectId))) await this.monitoring.setCompanyBin(m, projectId, p.companyBin);
  }

  private async onProjectCreated(m: EntityManager, e: EventEnvelope<ProjectCreatedContract>): Promise<void> {
    const p = e.payload;
    if (p.initiativeId === null) return; // a project without an initiative: its investor comes with another entry path
    const rows = (await m.query(
      `INSERT INTO project_investor (initiative_id, project_id, company_id) VALUES ($1, $2, $3)
       ON CONFLICT (initiative_id) DO UPDATE SET project_id = EXCLUDED.project_id, company_id = EXCLUDED.company_id, updated_at = now()
       RETURNING company_bin`,
      [p.initiativeId, p.projectId, p.companyId],
    )) as { company_bin: string | null }[];
    const bin = rows[0]?.company_bin ?? null;
    if (bin && !(await this.passportBin(m, p.projectId))) await this.monitoring.setCompanyBin(m, p.projectId, bin);
  }

  private async passportBin(m: EntityManager, projectId: string): Promise<string | null> {
    const rows = (await m.query(`SELECT company_bin FROM m3_project_passport WHERE project_id = $1`, [projectId])) as { company_bin: string | null }[];
    return rows[0]?.company_bin ?? null;
  }

  /** The investor's BIN of a project, when known. */
  async binOfProject(m: EntityManager, projectId: string): Promise<string | null> {
    const passport = await this.passportBin(m, projectId);
    if (passport) return passport;
    const rows = (await m.query(`SELECT company_bin FROM project_investor WHERE project_id = $1`, [projectId])) as { company_bin: string | null }[];
    return rows[0]?.company_bin ?? null;
  }
}
