/** @type {import('next').NextConfig} */
export default {
  // PGlite loads its WebAssembly and data files from its own package folder: bundling it
  // builds fine but breaks every request (measured, see ../shared/DESIGN.md).
  serverExternalPackages: ['@electric-sql/pglite'],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
};
