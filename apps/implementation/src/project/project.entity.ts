import type { GreenCorridorExplanation, Passport, RuleEditionCode, RuleOptions } from '@ndip/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The rule configuration in force when the pool was classified (issue 13): its edition, date and options. */
export type PoolRuleOptions = RuleOptions & { configuredEdition: RuleEditionCode; effectiveFrom: string | null };

/** REVERTED_TO_INITIATIVE: E001 §41, the project card was turned back into an initiative (withdrawn to Module 1). */
export type ProjectStatus = 'IMPLEMENTATION' | 'POST_INVESTMENT' | 'REVERTED_TO_INITIATIVE';
export type EntryPathCode = 'P1' | 'P2' | 'P3' | 'P4' | 'P5';
export type GreenCorridorStatus = 'ELIGIBLE' | 'PENDING_COUNCIL' | 'NOT_ELIGIBLE';

/**
 * Investment project with its passport (паспорт проекта) and pool membership. The passport lives in
 * `passport` (jsonb); the columns beside it are copies used for filtering, scoping and the pool rule.
 */
@Entity({ name: 'project' })
export class ProjectEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'initiative_id', type: 'uuid', nullable: true }) initiativeId!: string | null;
  @Column({ name: 'company_id', type: 'uuid', nullable: true }) companyId!: string | null;
  @Column({ name: 'company_name', type: 'text' }) companyName!: string;
  @Column({ name: 'company_bin', type: 'char', length: 12, nullable: true }) companyBin!: string | null;
  @Column('text') name!: string;
  @Column({ type: 'text', nullable: true }) sector!: string | null;
  @Column({ name: 'region_code', type: 'char', length: 9 }) regionCode!: string;
  /** Whole tenge; numeric in the database, string here (no floats). The KZT value of the passport cost. */
  @Column({ name: 'investment_amount_kzt', type: 'numeric', precision: 20, scale: 0 }) investmentAmountKzt!: string;
  @Column({ name: 'has_investment_contract', type: 'boolean' }) hasInvestmentContract!: boolean;
  @Column('text') pool!: 'NATIONAL' | 'REGIONAL';
  @Column({ name: 'pool_mci_year', type: 'int' }) poolMciYear!: number;
  @Column({ name: 'pool_mci_value', type: 'int' }) poolMciValue!: number;
  @Column({ name: 'pool_amount_mci', type: 'numeric', precision: 24, scale: 2 }) poolAmountMci!: string;
  @Column({ name: 'pool_classified_on', type: 'date', nullable: true }) poolClassifiedOn!: string | null;
  /** Issue 13: the rule edition, the configuration in force (edition and options) and its legal act when the pool was classified. */
  @Column({ name: 'pool_rule_edition', type: 'text', nullable: true }) poolRuleEdition!: string | null;
  @Column({ name: 'pool_rule_options', type: 'jsonb', nullable: true }) poolRuleOptions!: PoolRuleOptions | null;
  @Column({ name: 'pool_rule_act', type: 'text', nullable: true }) poolRuleAct!: string | null;
  @Column('text') status!: ProjectStatus;
  @Column('text') edition!: string;
  @Column({ name: 'validated_on', type: 'date', nullable: true }) validatedOn!: string | null;
  @Column({ name: 'investment_contract_expires_on', type: 'date', nullable: true }) investmentContractExpiresOn!: string | null;
  @Column({ name: 'created_on', type: 'date' }) createdOn!: string;
  @Column({ name: 'entry_path', type: 'text' }) entryPath!: EntryPathCode;
  @Column({ name: 'initiator_organization_id', type: 'text', nullable: true }) initiatorOrganizationId!: string | null;
  /** Organisations that see the project besides the §9.3 region / nationwide rules: initiator body, responsible CSBs. */
  @Column({ name: 'participant_org_ids', type: 'text', array: true }) participantOrgIds!: string[];
  @Column({ type: 'jsonb' }) passport!: Passport;
  @Column({ name: 'passport_status', type: 'text' }) passportStatus!: 'INCOMPLETE' | 'COMPLETE';
  @Column({ name: 'passport_fill_due_on', type: 'date', nullable: true }) passportFillDueOn!: string | null;
  @Column({ name: 'passport_completed_on', type: 'date', nullable: true }) passportCompletedOn!: string | null;
  @Column({ name: 'passport_completed_late', type: 'boolean' }) passportCompletedLate!: boolean;
  @Column({ name: 'roadmap_status', type: 'text' }) roadmapStatus!: 'NO_ROADMAP' | 'WITH_ROADMAP';
  @Column({ name: 'green_corridor_status', type: 'text', nullable: true }) greenCorridorStatus!: GreenCorridorStatus | null;
  @Column({ name: 'green_corridor_score_milli', type: 'int', nullable: true }) greenCorridorScoreMilli!: number | null;
  @Column({ name: 'green_corridor_review_required', type: 'boolean' }) greenCorridorReviewRequired!: boolean;
  @Column({ name: 'task_force', type: 'boolean' }) taskForce!: boolean;
  @Column({ name: 'task_force_on', type: 'date', nullable: true }) taskForceOn!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

/** One green-corridor scoring (rules.md §4.3), kept as history with its inputs and explanation. */
@Entity({ name: 'green_corridor_scoring' })
export class GreenCorridorScoringEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ name: 'evaluated_on', type: 'date' }) evaluatedOn!: string;
  @Column('text') trigger!: 'PASSPORT_COMPLETED' | 'PASSPORT_UPDATED';
  @Column({ name: 'amount_usd', type: 'numeric', precision: 24, scale: 2 }) amountUsd!: string;
  @Column({ name: 'usd_kzt_rate', type: 'numeric', precision: 12, scale: 4 }) usdKztRate!: string;
  @Column({ name: 'amount_kzt', type: 'numeric', precision: 24, scale: 0 }) amountKzt!: string;
  @Column({ name: 'in_global_2000', type: 'boolean' }) inGlobal2000!: boolean;
  @Column({ name: 'technology_level', type: 'text' }) technologyLevel!: string;
  @Column('int') jobs!: number;
  @Column({ name: 'score_milli', type: 'int' }) scoreMilli!: number;
  @Column('text') status!: GreenCorridorStatus;
  @Column({ name: 'project_status', type: 'text' }) projectStatus!: GreenCorridorStatus;
  @Column({ name: 'review_required', type: 'boolean' }) reviewRequired!: boolean;
  @Column({ type: 'jsonb' }) explanation!: GreenCorridorExplanation[];
  @Column({ name: 'task_force', type: 'boolean' }) taskForce!: boolean;
  @Column({ name: 'mci_year', type: 'int' }) mciYear!: number;
  @Column({ name: 'mci_value', type: 'int' }) mciValue!: number;
  @Column({ name: 'rule_edition', type: 'text' }) ruleEdition!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
