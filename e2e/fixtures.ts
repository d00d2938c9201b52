import {
  type APIRequestContext,
  type BrowserContext,
  expect,
  type Page,
  test as base,
} from '@playwright/test';
import type { Role } from '@/lib/db/schema';
import { type Account, storageStateOf } from './support/accounts';
import { childUnit, contextOf, jsonHeaders, unitIdOf } from './support/api';
import { units } from './support/units';
import { AccountPasswordPage } from './pages/account';
import { ApiKeysPage } from './pages/api-keys';
import { AuditPage } from './pages/audit';
import { DashboardPage } from './pages/dashboard';
import { DeskPage } from './pages/desk';
import { EntryPolicySection } from './pages/entry-policy';
import { LoginPage } from './pages/login';
import { MembersPage } from './pages/members';
import { PosterSheetPage } from './pages/poster-sheet';
import { PostersPage } from './pages/posters';
import { ServicesPage } from './pages/services';
import { AppShell } from './pages/shell';
import { StatsPage } from './pages/stats';

export { expect };

/** An account made for one test, which may end its sessions without troubling any other. */
export type OwnAccount = { email: string; name: string; password: string };

type Fixtures = {
  /** A page in a context of its own, signed in as a shared account; closed after the test. */
  pageAs: (account: Account) => Promise<Page>;
  /** An HTTP client holding a shared account's session; closed after the test. */
  apiAs: (account: Account) => Promise<APIRequestContext>;
  /** A new account with a role on a unit (by code, or the id of a unit the test made) and a password, made through the app by the superadmin. */
  ownAccount: (role: Role, unit: string | number) => Promise<OwnAccount>;
  /** An agency of the test's own under Kelurahan Telaga Asih, made by its admin, for a test that changes things. */
  ownUnit: number;
  // The pages the specs drive, on the test's `page`.
  login: LoginPage;
  shell: AppShell;
  dashboard: DashboardPage;
  apiKeys: ApiKeysPage;
  services: ServicesPage;
  posters: PostersPage;
  posterSheet: PosterSheetPage;
  entryPolicy: EntryPolicySection;
  audit: AuditPage;
  desk: DeskPage;
  stats: StatsPage;
  members: MembersPage;
  account: AccountPasswordPage;
};

let made = 0;
/** Unique within a run, short enough for any name field. */
const unique = () => `${Date.now() % 1_000_000}${++made}`;

export const test = base.extend<Fixtures>({
  pageAs: async ({ browser }, run) => {
    const opened: BrowserContext[] = [];
    await run(async (account) => {
      const context = await contextOf(browser, account);
      opened.push(context);
      return context.newPage();
    });
    await Promise.all(opened.map((c) => c.close()));
  },
  apiAs: async ({ browser }, run) => {
    const opened: BrowserContext[] = [];
    await run(async (account) => {
      const context = await contextOf(browser, account);
      opened.push(context);
      return context.request;
    });
    await Promise.all(opened.map((c) => c.close()));
  },
  ownAccount: async ({ apiAs }, run) => {
    await run(async (role, unitOrCode) => {
      const superadmin = await apiAs('superadmin');
      const n = unique();
      const account = {
        email: `akun.uji.${n}@test.pindai.id`,
        name: `Akun Uji ${n}`,
        password: `Sepeda-Biru-Melintas-Pematang-${n}`,
      };
      const unit =
        typeof unitOrCode === 'number' ? unitOrCode : await unitIdOf(superadmin, unitOrCode);
      const added = await superadmin.post(`/api/units/${unit}/members`, {
        headers: jsonHeaders,
        data: { email: account.email, name: account.name, role },
      });
      expect(added.status()).toBe(201);
      const { setupLink } = (await added.json()) as { setupLink: string };
      const token = setupLink.split('/').at(-1);
      const set = await superadmin.post('/api/akun/atur-sandi', {
        headers: jsonHeaders,
        data: { token, next: account.password, confirm: account.password },
      });
      expect(set.status()).toBe(200);
      return account;
    });
  },
  ownUnit: async ({ apiAs }, run) => {
    const admin = await apiAs('villageAdmin');
    const village = await unitIdOf(admin, units.village);
    await run(await childUnit(admin, village, 'agency', `Kantor Uji ${unique()}`));
  },
  login: async ({ page }, run) => run(new LoginPage(page)),
  shell: async ({ page }, run) => run(new AppShell(page)),
  dashboard: async ({ page }, run) => run(new DashboardPage(page)),
  apiKeys: async ({ page }, run) => run(new ApiKeysPage(page)),
  services: async ({ page }, run) => run(new ServicesPage(page)),
  posters: async ({ page }, run) => run(new PostersPage(page)),
  posterSheet: async ({ page }, run) => run(new PosterSheetPage(page)),
  entryPolicy: async ({ page }, run) => run(new EntryPolicySection(page)),
  audit: async ({ page }, run) => run(new AuditPage(page)),
  desk: async ({ page }, run) => run(new DeskPage(page)),
  stats: async ({ page }, run) => run(new StatsPage(page)),
  members: async ({ page }, run) => run(new MembersPage(page)),
  account: async ({ page }, run) => run(new AccountPasswordPage(page)),
});

/** Makes the test's `page` (and its page objects) that of a shared account. */
export const signedInAs = (account: Account) => ({ storageState: storageStateOf(account) });
