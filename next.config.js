/** @type {import('next').NextConfig} */
const config = {
  // PGlite (WebAssembly, data files) and pdfkit (font metrics) read files from their own
  // package folders: bundling them
  // builds fine but breaks every request (measured for PGlite, see ../shared/DESIGN.md).
  // rate-limiter-flexible imports drizzle-orm by a computed name, which a bundle cannot follow;
  // graphile-worker searches for its config file and imports task files at run time: kept out alike.
  serverExternalPackages: ['@electric-sql/pglite', 'pdfkit', '@resvg/resvg-js', 'rate-limiter-flexible', 'graphile-worker'],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  // No page may be framed (clickjacking) except the public statistics' embed view, which the
  // city's website shows in an iframe. A later entry overrides an earlier one for the same key;
  // headers are fixed at build time, so PINDAI_EMBED_ORIGINS must be set for `next build`.
  async headers() {
    return [
      { source: '/:path*', headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }] },
      {
        source: '/statistik/:unitId/embed',
        headers: [{ key: 'Content-Security-Policy', value: `frame-ancestors ${process.env.PINDAI_EMBED_ORIGINS || '*'}` }],
      },
      { source: '/statistik/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=60, s-maxage=300' }] },
    ];
  },
};

export default config;
