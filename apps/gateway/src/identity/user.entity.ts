import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') login!: string;
  @Column({ name: 'password_hash', type: 'text', nullable: true }) passwordHash!: string | null;
  @Column({ name: 'full_name', type: 'text' }) fullName!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column('text') locale!: 'kk' | 'ru' | 'en';
  @Column('boolean') active!: boolean;
  @Column({ name: 'failed_logins', type: 'int' }) failedLogins!: number;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ name: 'invitation_hash', type: 'text', nullable: true }) invitationHash!: string | null;
  @Column({ name: 'invitation_expires_at', type: 'timestamptz', nullable: true }) invitationExpiresAt!: Date | null;
  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true }) passwordChangedAt!: Date | null;
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true }) deactivatedAt!: Date | null;
  /** IIN of the person, for login by digital signature or eGov IDP. */
  @Column({ type: 'char', length: 12, nullable: true }) iin!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
