import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') login!: string;
  @Column({ name: 'password_hash', type: 'text', select: true }) passwordHash!: string;
  @Column({ name: 'full_name', type: 'text' }) fullName!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column('text') locale!: 'kk' | 'ru' | 'en';
  @Column('boolean') active!: boolean;
  @Column({ name: 'failed_logins', type: 'int' }) failedLogins!: number;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
