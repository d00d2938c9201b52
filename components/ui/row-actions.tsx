'use client';

import { useState } from 'react';
import { Button } from './button';
import { type Confirmation, ConfirmDialog } from './confirm-dialog';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from './dropdown-menu';

/** One entry of a menu: a link (a download, a print page) or an action, which may ask first. */
export type MenuAction =
  | { label: string; href: string; download?: boolean }
  | { label: string; onSelect: () => void; confirm?: Confirmation; destructive?: boolean }
  | 'separator';

/**
 * A menu of what can be done to one row (or downloaded from it), behind one button: rows stay
 * narrow on a phone, and destructive entries open a confirmation instead of running at once.
 */
export function ActionMenu({
  label,
  trigger,
  actions,
  variant = 'ghost',
}: {
  /** The trigger's accessible name: "Tindakan untuk Loket 2". */
  label: string;
  /** What the trigger shows; ⋯ when not given. */
  trigger?: string;
  actions: MenuAction[];
  variant?: 'ghost' | 'outline';
}) {
  const [asking, setAsking] = useState<Extract<MenuAction, { onSelect: unknown }> | null>(null);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant={variant} size={trigger ? 'sm' : 'icon'} aria-label={label}>
            {trigger ? (
              <>
                {trigger} <span aria-hidden="true">▾</span>
              </>
            ) : (
              <span aria-hidden="true">⋯</span>
            )}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent
          align="end"
          // The confirmation takes the focus: the menu must not hand it back to its trigger.
          onCloseAutoFocus={(e) => asking && e.preventDefault()}
        >
          {actions.map((a, i) =>
            a === 'separator' ? (
              <DropdownMenuSeparator key={i} />
            ) : 'href' in a ? (
              <DropdownMenuItem key={i} asChild>
                <a href={a.href} download={a.download || undefined}>
                  {a.label}
                </a>
              </DropdownMenuItem>
            ) : (
              <DropdownMenuItem
                key={i}
                destructive={a.destructive ?? !!a.confirm}
                onSelect={() => (a.confirm ? setAsking(a) : a.onSelect())}
              >
                {a.label}
              </DropdownMenuItem>
            ),
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      {asking?.confirm && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setAsking(null)}
          confirm={asking.confirm}
          onConfirm={asking.onSelect}
        />
      )}
    </>
  );
}
