/**
 * Service templates in Bahasa Indonesia: a regency, city or kecamatan defines them; the units
 * below adopt them and may make any field their own.
 */
export const templatesId = {
  title: 'Templat layanan untuk unit di bawah',
  intro:
    'Unit di bawah unit ini memakai templat dengan satu klik. Perubahan templat sampai ke setiap unit yang memakainya, kecuali pada kolom yang diubah sendiri oleh unit itu.',
  none: 'Belum ada templat. Buat templat agar kelurahan dan desa di bawah memberikan layanan yang sama dengan standar yang sama.',
  add: 'Tambah templat',
  save: 'Simpan templat',
  removeTitle: 'Hapus templat {name}?',
  removeBody:
    'Unit yang memakainya tetap memiliki layanannya, tetapi tidak lagi mengikuti templat.',
  removed: 'Templat {name} dihapus.',
  adopters: 'Dipakai oleh {count} unit',
  noAdopters: 'Belum ada unit yang memakai templat ini.',
  unit: 'Unit',
  ownFields: 'Diubah sendiri',
  followsAll: 'Mengikuti templat sepenuhnya',
  offeredTitle: 'Templat dari unit di atas',
  offeredIntro:
    'Layanan dari templat mengikuti perubahan templatnya. Kolom yang Anda ubah menjadi milik unit ini dan tidak lagi berubah bersama templat.',
  owner: 'Dari',
  adopt: 'Pakai templat',
  adopted: 'Sudah dipakai',
  adoptedDone: 'Templat {name} dipakai: layanannya ada di daftar Layanan.',
  search: 'Cari templat',
  from: 'Mengikuti templat {name} ({owner})',
  inherited: 'dari templat',
  own: 'lokal',
  ownList: 'Diubah di unit ini: {fields}. Kolom lainnya mengikuti templat.',
  allInherited: 'Semua kolom mengikuti templat.',
  returnField: 'Kembalikan {field} ke templat',
  formNote: 'Kolom yang Anda ubah menjadi milik unit ini; kolom lain tetap mengikuti templat.',
};
