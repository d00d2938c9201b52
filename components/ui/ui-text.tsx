'use client';

import { createContext, type ReactNode, useContext } from 'react';
import type { Dictionary } from '@/lib/i18n/id';

export type UiText = Dictionary['ui'];

const Text = createContext<UiText | null>(null);

/** The kit's own words (Batal, Tindakan, Halaman …) in the user's language, set once by the root layout. */
export function UiTextProvider({ text, children }: { text: UiText; children: ReactNode }) {
  return <Text.Provider value={text}>{children}</Text.Provider>;
}

export function useUiText(): UiText {
  const text = useContext(Text);
  if (!text) throw new Error('UiTextProvider is missing above this component');
  return text;
}
