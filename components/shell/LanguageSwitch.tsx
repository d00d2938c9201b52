'use client';

import { useRouter } from 'next/navigation';
import { LOCALE_COOKIE } from '@/lib/cookie-names';

/** The language is a display preference only: a cookie the server reads on the next render. */
export function useSwitchLanguage(locale: 'id' | 'en') {
  const router = useRouter();
  return () => {
    document.cookie = `${LOCALE_COOKIE}=${locale === 'id' ? 'en' : 'id'}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  };
}

export function LanguageSwitch({ label, locale }: { label: string; locale: 'id' | 'en' }) {
  const switchLanguage = useSwitchLanguage(locale);
  return (
    <button type="button" className="text-sm text-emerald-800 underline" onClick={switchLanguage}>
      {label}
    </button>
  );
}
