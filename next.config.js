/** @type {import('next').NextConfig} */
export default {
  // PGlite (WebAssembly, data files) and pdfkit (font metrics) read files from their own
  // package folders: bundling them
  // builds fine but breaks every request (measured for PGlite, see ../shared/DESIGN.md).
  serverExternalPackages: ['@electric-sql/pglite', 'pdfkit'],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
};
