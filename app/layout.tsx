import type { Metadata } from 'next';
import { Toaster } from '@/components/ui/toaster';
import { UiTextProvider } from '@/components/ui/ui-text';
import { getDictionary, getLocale } from '@/lib/i18n';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getDictionary();
  return { title: { default: 'Pindai', template: '%s · Pindai' }, description: t.appTagline };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const t = await getDictionary();
  return (
    <html lang={await getLocale()}>
      <body className="min-h-screen">
        <UiTextProvider text={t.ui}>
          {children}
          <Toaster />
        </UiTextProvider>
      </body>
    </html>
  );
}
