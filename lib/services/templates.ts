import type { ServiceCategory } from '@/lib/db/schema';

/** Typical services by kind of office, as Bekasi's offices listed them in 2021. */
export const serviceTemplates = {
  kelurahan: {
    label: 'Kantor desa/kelurahan',
    services: [
      ['Surat pengantar KTP dan KK', 'kependudukan'],
      ['Surat keterangan domisili', 'kependudukan'],
      ['Surat keterangan tidak mampu (SKTM)', 'sosial'],
      ['Pengantar izin usaha mikro', 'perizinan'],
      ['Layanan umum', 'umum'],
    ],
  },
  disdukcapil: {
    label: 'Disdukcapil',
    services: [
      ['Perekaman dan pencetakan KTP-el', 'kependudukan'],
      ['Kartu Keluarga (KK)', 'kependudukan'],
      ['Akta kelahiran', 'kependudukan'],
      ['Akta kematian', 'kependudukan'],
      ['Pindah datang penduduk', 'kependudukan'],
    ],
  },
  pendidikan: {
    label: 'Dinas Pendidikan',
    services: [
      ['Mutasi siswa', 'pendidikan'],
      ['Surat keterangan pengganti ijazah', 'pendidikan'],
      ['Legalisir STTB dan SKHU', 'pendidikan'],
      ['Izin penelitian dan magang', 'perizinan'],
      ['NPSN', 'pendidikan'],
      ['Tunjangan guru', 'kepegawaian'],
      ['Kartu pegawai (Karpeg)', 'kepegawaian'],
      ['KTSP', 'pendidikan'],
    ],
  },
} satisfies Record<string, { label: string; services: [string, ServiceCategory][] }>;

export type ServiceTemplateKey = keyof typeof serviceTemplates;
export const serviceTemplateKeys = Object.keys(serviceTemplates) as ServiceTemplateKey[];
