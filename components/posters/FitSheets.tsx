'use client';

import { useEffect } from 'react';

/**
 * Shrinks the paper-sized sheets to the screen's width (CSS zoom, screen only): a phone shows
 * the whole poster without scrolling sideways, and the printout keeps its size.
 */
export function FitSheets({ widthMm }: { widthMm: number }) {
  useEffect(() => {
    const sheet = (widthMm / 25.4) * 96;
    const fit = () => {
      const zoom = Math.min(1, (document.documentElement.clientWidth - 16) / sheet);
      document.documentElement.style.setProperty('--sheet-zoom', String(zoom));
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [widthMm]);
  return null;
}
