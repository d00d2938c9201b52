import { cookies } from 'next/headers';
import { LOCALE_COOKIE } from '@/lib/cookie-names';
import { en } from './en';
import { type Dictionary, id } from './id';

export type Locale = 'id' | 'en';

export async function getLocale(): Promise<Locale> {
  return (await cookies()).get(LOCALE_COOKIE)?.value === 'en' ? 'en' : 'id';
}

export async function getDictionary(): Promise<Dictionary> {
  return (await getLocale()) === 'en' ? en : id;
}

export type { Dictionary };
