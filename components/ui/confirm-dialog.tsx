'use client';

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
} from './alert-dialog';
import { useUiText } from './ui-text';

/** What a change that cannot be undone asks before it runs. */
export type Confirmation = {
  title: string;
  body?: string;
  /** The confirming button's words: the action itself ("Cabut"), never just "OK". */
  action: string;
  destructive?: boolean;
};

/**
 * Asks before a destructive change: Batal (or Escape) leaves everything as it was; the action
 * button runs `onConfirm`. Controlled, so a row menu can open it after the menu has closed.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  confirm,
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  confirm: Confirmation;
  onConfirm: () => void;
}) {
  const ui = useUiText();
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogTitle>{confirm.title}</AlertDialogTitle>
        {confirm.body ? (
          <AlertDialogDescription>{confirm.body}</AlertDialogDescription>
        ) : (
          <AlertDialogDescription className="sr-only">{confirm.title}</AlertDialogDescription>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel>{ui.cancel}</AlertDialogCancel>
          <AlertDialogAction destructive={confirm.destructive ?? true} onClick={onConfirm}>
            {confirm.action}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
