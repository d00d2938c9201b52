import type { ReactNode } from 'react';

/** A panel's title, with its freshness beside it when it is not following the live stream. */
export function PanelHeading({
  title,
  status,
  id,
}: {
  title: string;
  status?: ReactNode;
  id?: string;
}) {
  return (
    <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-2">
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      {status}
    </div>
  );
}
