import { FitSheets } from '@/components/posters/FitSheets';
import { PosterSheet } from '@/components/posters/PosterSheet';
import { PrintButton } from '@/components/posters/PrintButton';
import { isAppError } from '@/lib/errors';
import { requireUnit } from '@/lib/http/unit-page';
import { getDictionary } from '@/lib/i18n';
import { posterSizes } from '@/lib/posters/content';
import { parsePosterSize, posterFiles, printablePosters, recordPrint } from '@/lib/posters/downloads';
import { qrSvg } from '@/lib/posters/render';
import { firstValues, parseId } from '@/lib/validation';
import { notFound } from 'next/navigation';

/** The print view: no app chrome, one sheet per poster, sized by @page. */
export default async function PrintPostersPage({
  params,
  searchParams,
}: {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { unitId } = await params;
  const query = firstValues(await searchParams);
  const ctx = await requireUnit(unitId, 'unit.view', `/u/${unitId}/posters`);
  const t = await getDictionary();
  const posters = await (async () => {
    try {
      const size = parsePosterSize(query.size ?? null);
      const ids = query.poster ? [parseId(query.poster)] : 'all';
      return { size, ids, contents: await printablePosters(ctx, ids) };
    } catch (e) {
      if (isAppError(e)) notFound();
      throw e;
    }
  })();
  // Opening the print view counts as printing: the unit's set-up checklist ticks it off.
  if (posters.contents.length > 0) await recordPrint(ctx, `cetak-${posters.size.toLowerCase()}`, posters.contents.length);
  const api = `/api/units/${ctx.unit.id}/posters`;
  const sheets = await Promise.all(posters.contents.map(async (c) => ({ c, svg: await qrSvg(c.url) })));
  return (
    <>
      <style>{`@page { size: ${posters.size}; margin: 0 } @media print { .no-print { display: none } body { background: white } } @media screen { article { zoom: var(--sheet-zoom, 1) } }`}</style>
      <FitSheets widthMm={posterSizes[posters.size][0]} />
      <div className="no-print flex flex-wrap items-center gap-4 bg-slate-100 p-3 text-sm">
        <PrintButton label={t.posters.print} />
        <span>{t.posters.printHint.replace('{size}', posters.size)}</span>
        {posters.ids === 'all' ? (
          <a href={`${api}/all.pdf?size=${posters.size}`} download>
            {t.posters.download} PDF
          </a>
        ) : (
          posterFiles.map((file) => (
            <a key={file} href={`${api}/${posters.ids[0]}/${file}?size=${posters.size}`} download>
              {t.posters.download} {file === 'qr.png' ? t.posters.qrOnly : file.split('.')[1]!.toUpperCase()}
            </a>
          ))
        )}
        <a href={`/u/${ctx.unit.id}/posters`}>← {t.posters.title}</a>
      </div>
      {sheets.map(({ c, svg }, i) => (
        <PosterSheet key={i} content={c} qrSvg={svg} size={posters.size} />
      ))}
    </>
  );
}
