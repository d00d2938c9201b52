/** What needs attention (lib/attention/), the morning digest and its setting, in Bahasa Indonesia. */
export const attentionId = {
  when: { today: 'hari ini', yesterday: 'kemarin' },
  flags: {
    noPoster: {
      label: 'Tanpa poster',
      why: 'Belum ada poster aktif, jadi pengunjung tidak bisa check-in.',
    },
    silent: { label: 'Sepi', why: 'Tidak ada check-in {when}, padahal layanan buka sejak {time}.' },
    silentBelow: {
      label: 'Ada unit sepi',
      why: '{units} dari {of} unit di bawahnya tidak ada check-in {when}, padahal layanannya sudah buka.',
    },
    refusing: {
      label: 'Banyak ditolak',
      why: '{share} check-in ditolak dalam 7 hari terakhir, jauh di atas unit setingkat ({peers}).',
    },
    belowUsual: {
      label: 'Jauh di bawah biasanya',
      why: '{n} check-in sampai jam {hour}, biasanya {usual} pada hari {weekday} ({weeks} minggu terakhir).',
      whyDay:
        '{n} check-in sepanjang hari, biasanya {usual} pada hari {weekday} ({weeks} minggu terakhir).',
    },
  },
  alerts: {
    title: 'Perlu perhatian',
    none: 'Tidak ada yang perlu perhatian {when}: semua unit yang layanannya buka sudah menerima check-in.',
    silent: 'Tidak ada check-in padahal layanan sudah buka',
    silentItem: 'buka sejak {time}',
    more: 'dan {n} unit lainnya',
    closed: 'Pindaian di luar jam layanan {when}',
    closedItem: '{n} pindaian ditolak karena layanan tutup; periksa jam layanannya',
    jump: 'Lonjakan penolakan',
    jumpItem: '{share} check-in ditolak {when}, biasanya {before} (7 hari sebelumnya)',
    holiday: 'Hari libur nasional atau cuti bersama: kantor tutup, jadi unit tanpa check-in tidak ditandai sepi atau jauh di bawah biasanya.',
  },
  table: {
    attention: 'Perlu perhatian',
    fine: 'Baik',
    today: 'Hari ini',
    versus: '{change} dibanding {weekday} lalu pada jam yang sama',
    spark: '{days} hari',
    sparkLabel: 'Check-in {days} hari terakhir: {values}',
    rangeCheckins: 'Check-in (rentang)',
  },
  coverage: {
    withoutPoster: 'Tanpa poster aktif ({n})',
    withoutCheckin: 'Belum ada check-in minggu ini ({n})',
    silentToday: 'Sepi hari ini',
    silentList: 'Unit yang sepi ({n})',
  },
  digest: {
    subject: 'Pindai: {n} unit perlu perhatian ({date})',
    subjectAlerts: 'Pindai: ada yang perlu perhatian ({date})',
    greeting: 'Yth. {name},',
    intro:
      'Berikut unit yang perlu perhatian pada {date}, dari data Pindai sampai pukul 24.00 {zone}.',
    laggards: 'Unit di bawahnya yang perlu perhatian',
    noLaggards: 'Semua unit di bawahnya berjalan baik.',
    open: 'Buka dasbor: {url}',
    openLink: 'Buka dasbor {name}',
    footer:
      'Anda menerima surel ini karena ringkasan harian aktif di akun Pindai Anda. Matikan di {url}.',
  },
  setting: {
    title: 'Ringkasan harian',
    label: 'Kirimi saya ringkasan unit yang perlu perhatian setiap pukul 07.00',
    hint: 'Satu surel per hari ke {email}, berisi unit di bawah Anda yang kemarin sepi, tanpa poster, banyak menolak atau jauh di bawah biasanya. Tidak dikirim bila tidak ada yang perlu perhatian.',
    save: 'Simpan',
    saved: 'Pengaturan ringkasan harian tersimpan.',
  },
};
