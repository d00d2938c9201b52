import Link from 'next/link';

export function ErrorPage({ title, body, home }: { title: string; body: string; home: string }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-lg flex-col justify-center gap-4 p-6">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-slate-700">{body}</p>
      <Link href="/">{home}</Link>
    </main>
  );
}
