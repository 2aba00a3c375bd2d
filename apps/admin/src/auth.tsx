import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, call, getSession, onSession, setSession, type Session } from './api/client';

interface LoginAnswer {
  accessToken: string;
  refreshToken: string;
  user: Session['user'];
}

interface AuthValue {
  session: Session | null;
  role: string | null;
  acceptLogin: (a: LoginAnswer) => void;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, set] = useState<Session | null>(getSession());
  useEffect(() => onSession(set), []);
  const value: AuthValue = {
    session,
    role: session?.user.organization.type ?? null,
    acceptLogin: (a) => setSession({ accessToken: a.accessToken, refreshToken: a.refreshToken, user: a.user }),
    logout: async () => {
      const s = getSession();
      if (s) await call(() => api.POST('/api/v1/auth/logout', { body: { refreshToken: s.refreshToken } })).catch(() => undefined);
      setSession(null);
    },
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

/** Which screens a role may open (the gateway's @Allow lists of the endpoints behind each screen). */
export const SCREEN_ROLES: Record<string, readonly string[] | '*'> = {
  dashboard: ['NC', 'NCR', 'TF', 'MIO', 'RO', 'CSB', 'NCH', 'NH', 'AB', 'CIA', 'RIHQ', 'ADMIN'],
  companies: ['FI', 'NCF', 'NC', 'AB', 'ADMIN'],
  meetings: ['FI', 'NCF', 'NC', 'AB', 'ADMIN'],
  initiatives: ['FI', 'NCF', 'NC', 'AB', 'MIO'],
  projects: '*',
  approvals: ['NC', 'NCR', 'ADMIN', 'NCH', 'AB', 'INV', 'CSB', 'MIO'],
  ratings: ['NC', 'NCR', 'MIO', 'CSB', 'AB', 'CIA', 'RIHQ', 'ADMIN'],
  issues: ['NC', 'AB', 'CIA', 'ADMIN', 'MIO', 'NCR', 'RO', 'RIHQ', 'INV'],
  users: ['ADMIN', 'NC'],
  organizations: ['ADMIN', 'NC', 'AB'],
  visits: ['FI', 'NCF', 'AB', 'MIO', 'CSB'],
  validation: ['NCH'],
  'pool-requests': ['AB', 'NC', 'NCR', 'MIO', 'CSB', 'NCH', 'NH', 'ADMIN'],
  'prosecutor-filter': ['INV', 'MIO', 'CSB', 'OSB', 'PRR', 'PRG', 'AB', 'ADMIN'],
  'state-services': ['INV', 'NC', 'NCR', 'RO', 'ADMIN', 'CSB', 'MIO', 'OSB', 'FI', 'AB'],
  monitoring: ['NC', 'AB', 'CIA', 'ADMIN', 'MIO', 'NCR', 'RO', 'RIHQ', 'INV'],
  'quarterly-reports': ['MIO', 'RO', 'NCR', 'CSB', 'FI', 'NCF', 'NC', 'AB', 'ADMIN'],
  audit: ['AB', 'ADMIN'],
};

export function canOpen(role: string | null, screen: string): boolean {
  const r = SCREEN_ROLES[screen];
  if (!role || !r) return false;
  return r === '*' || r.includes(role);
}
