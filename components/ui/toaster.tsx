'use client';

import { Toaster as Sonner } from 'sonner';
import { useUiText } from './ui-text';

/** Where the answers to changes appear for a few seconds (sonner), once per page. */
export function Toaster() {
  const ui = useUiText();
  return (
    <Sonner
      position="bottom-center"
      richColors
      closeButton
      containerAriaLabel={ui.notifications}
      toastOptions={{ className: 'text-sm', closeButtonAriaLabel: ui.close }}
    />
  );
}
