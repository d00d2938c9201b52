/** The visitor's pages: one column, large type, readable outdoors on a small phone. */
export function VisitorFrame({ children }: { children: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col gap-4 bg-white p-5 text-lg">
      <p className="text-sm font-bold tracking-wide text-emerald-800">PINDAI</p>
      {children}
    </main>
  );
}
