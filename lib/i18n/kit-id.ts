/** The component kit's words, the setup checklist and the navigation, in Bahasa Indonesia. */
export const kitId = {
  ui: {
    cancel: 'Batal',
    close: 'Tutup',
    notifications: 'Pemberitahuan',
    actions: 'Tindakan',
    actionsFor: 'Tindakan untuk {name}',
    all: 'Semua',
    search: 'Cari',
    noMatches: 'Tidak ada baris yang cocok dengan pencarian atau filter ini.',
    pages: 'Halaman tabel',
    pageOf: 'Halaman {page} dari {count}',
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    account: 'Akun',
    unitNav: 'Halaman unit',
  },
  setup: {
    title: 'Siapkan unit ini',
    intro: 'Empat langkah sampai pengunjung pertama check-in di {unit}.',
    done: 'selesai',
    todo: 'belum',
    steps: {
      service: {
        title: 'Tambahkan layanan',
        body: 'Layanan yang dilayani di loket, dengan jam layanan dan kuota harian.',
        action: 'Buka Layanan',
      },
      poster: {
        title: 'Buat poster QR',
        body: 'Satu poster untuk pintu masuk atau untuk tiap loket.',
        action: 'Buka Poster QR',
      },
      print: {
        title: 'Cetak dan tempel poster',
        body: 'Cetak A4 atau A5 dan tempel di tempat pengunjung masuk.',
        action: 'Cetak poster',
      },
      checkin: {
        title: 'Check-in pertama',
        body: 'Pindai poster dengan ponsel, atau catat pengunjung tanpa ponsel di Loket.',
        action: 'Buka Loket',
      },
    },
  },
};
