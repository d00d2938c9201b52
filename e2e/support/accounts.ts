/**
 * The demo accounts the specs act as, each signed in once by auth.setup.ts, whose sessions the
 * specs then share. None of them may sign out, change its password or lose a role in a test:
 * that ends all of its sessions (lib/auth/end-sessions.ts); such a test makes an account of
 * its own (the `ownAccount` fixture).
 */
export const accounts = {
  superadmin: 'superadmin@pindai.id',
  regencyOfficial: 'pemantau@bekasikab.go.id',
  regencyComms: 'humas@bekasikab.go.id',
  regencyHealth: 'dinkes@bekasikab.go.id',
  districtOfficial: 'camat.cikarangbarat@bekasikab.go.id',
  villageAdmin: 'admin.telagaasih@bekasikab.go.id',
  villageDesk: 'loket.telagaasih@bekasikab.go.id',
  cityAdmin: 'admin@bekasikota.go.id',
  cityOfficial: 'pemantau@bekasikota.go.id',
} as const;

export type Account = keyof typeof accounts;

/** Where the setup project leaves an account's cookies (gitignored). */
export const storageStateOf = (account: Account) => `e2e/.auth/${account}.json`;
