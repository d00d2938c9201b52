import type { AccountSpec } from '@/lib/accounts/users';

export const DEMO_PASSWORD = 'Pindai#2021';

/**
 * Every role in both regions, at several levels of the Bekasi tree: Kelurahan Telaga Asih never
 * put a poster up in the history (its admin starts from nothing), Kelurahan Margahayu in Kota
 * Bekasi adopted in the first days (its admin and desk see weeks of check-ins).
 */
export const demoAccounts: (AccountSpec & { label: string })[] = [
  { label: 'Superadmin', email: 'superadmin@pindai.id', name: 'Superadmin Pindai', superadmin: true },
  { label: 'Official, Kabupaten Bekasi', email: 'pemantau@bekasikab.go.id', name: 'Pemantau Pemkab Bekasi', unit: '32.16', role: 'official' },
  { label: 'Humas, Kabupaten Bekasi', email: 'humas@bekasikab.go.id', name: 'Humas Setda Kab. Bekasi', unit: '32.16', role: 'comms' },
  { label: 'Official, Kecamatan Cikarang Barat', email: 'camat.cikarangbarat@bekasikab.go.id', name: 'Camat Cikarang Barat', unit: '32.16.08', role: 'official' },
  { label: 'Admin, Kelurahan Telaga Asih', email: 'admin.telagaasih@bekasikab.go.id', name: 'Admin Kel. Telaga Asih', unit: '32.16.08.1008', role: 'admin' },
  { label: 'Desk, Kelurahan Telaga Asih', email: 'loket.telagaasih@bekasikab.go.id', name: 'Petugas Loket Telaga Asih', unit: '32.16.08.1008', role: 'desk' },
  { label: 'Health office, Kabupaten Bekasi', email: 'dinkes@bekasikab.go.id', name: 'Dinas Kesehatan Kab. Bekasi', unit: '32.16', role: 'health' },
  { label: 'Official, Kota Bekasi', email: 'pemantau@bekasikota.go.id', name: 'Pemantau Pemkot Bekasi', unit: '32.75', role: 'official' },
  { label: 'Admin, Kota Bekasi', email: 'admin@bekasikota.go.id', name: 'Admin Pemkot Bekasi', unit: '32.75', role: 'admin' },
  { label: 'Humas, Kota Bekasi', email: 'humas@bekasikota.go.id', name: 'Humas Setda Kota Bekasi', unit: '32.75', role: 'comms' },
  { label: 'Health office, Kota Bekasi', email: 'dinkes@bekasikota.go.id', name: 'Dinas Kesehatan Kota Bekasi', unit: '32.75', role: 'health' },
  { label: 'Admin, Kelurahan Margahayu (Kota Bekasi)', email: 'admin.margahayu@bekasikota.go.id', name: 'Admin Kel. Margahayu', unit: '32.75.01.1002', role: 'admin' },
  { label: 'Desk, Kelurahan Margahayu (Kota Bekasi)', email: 'loket.margahayu@bekasikota.go.id', name: 'Petugas Loket Margahayu', unit: '32.75.01.1002', role: 'desk' },
].map((a) => ({ ...a, password: DEMO_PASSWORD }) as AccountSpec & { label: string });
