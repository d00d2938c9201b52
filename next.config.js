/** @type {import('next').NextConfig} */
const config = {
  // PGlite (WebAssembly, data files) and pdfkit (font metrics) read files from their own
  // package folders: bundling them
  // builds fine but breaks every request (measured for PGlite, see ../shared/DESIGN.md).
  serverExternalPackages: ['@electric-sql/pglite', 'pdfkit', '@resvg/resvg-js'],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
};

export default config;
