'use client';

import Link from 'next/link';
import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { SEEN_COOKIE } from '@/lib/cookie-names';
import type { Dictionary } from '@/lib/i18n/id';
import { useSwitchLanguage } from './LanguageSwitch';

/** Who is signed in and what concerns only them: password, language, jobs (superadmin), sign-out. */
export function AccountMenu(props: {
  name: string;
  email: string;
  superadmin: boolean;
  locale: 'id' | 'en';
  t: Dictionary['shell'];
  label: string;
}) {
  const { t } = props;
  const switchLanguage = useSwitchLanguage(props.locale);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="ghost"
          size="sm"
          aria-label={`${props.label}: ${props.name}`}
          className="max-w-48"
        >
          <span className="truncate">{props.name}</span> <span aria-hidden="true">▾</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel className="max-w-64 truncate">{props.email}</DropdownMenuLabel>
        <DropdownMenuItem asChild>
          <Link href="/akun/kata-sandi">{t.changePassword}</Link>
        </DropdownMenuItem>
        {props.superadmin && (
          <DropdownMenuItem asChild>
            <Link href="/sistem/tugas">{t.jobs}</Link>
          </DropdownMenuItem>
        )}
        <DropdownMenuItem onSelect={switchLanguage}>{t.language}</DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem
          onSelect={() => {
            document.cookie = `${SEEN_COOKIE}=; path=/; max-age=0; samesite=lax`;
            void signOut({ callbackUrl: '/login?reason=logout' });
          }}
        >
          {t.logout}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
