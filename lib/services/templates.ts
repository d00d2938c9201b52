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
  mpp: {
    label: 'Mal Pelayanan Publik',
    services: [
      ['Perizinan berusaha (DPMPTSP)', 'perizinan'],
      ['Persetujuan bangunan gedung (PBG)', 'perizinan'],
      ['Perpanjangan SIM', 'perizinan'],
      ['KTP-el dan KK', 'kependudukan'],
      ['BPJS Kesehatan', 'kesehatan'],
      ['Pajak daerah dan PBB', 'umum'],
    ],
  },
  puskesmas: {
    label: 'Puskesmas',
    services: [
      ['Vaksinasi COVID-19', 'kesehatan'],
      ['Poli umum', 'kesehatan'],
      ['Kesehatan ibu dan anak', 'kesehatan'],
      ['Surat keterangan sehat', 'kesehatan'],
    ],
  },
  pimpinan: {
    label: 'Kantor bupati/wali kota',
    services: [
      ['Penerimaan tamu pimpinan', 'umum'],
      ['Pengaduan masyarakat', 'sosial'],
      ['Administrasi kepegawaian (ASN)', 'kepegawaian'],
    ],
  },
  usaha: {
    label: 'Pabrik atau tempat usaha',
    services: [['Penerimaan tamu dan pemasok', 'umum']],
  },
} satisfies Record<string, { label: string; services: [string, ServiceCategory][] }>;

export type ServiceTemplateKey = keyof typeof serviceTemplates;
export const serviceTemplateKeys = Object.keys(serviceTemplates) as ServiceTemplateKey[];
