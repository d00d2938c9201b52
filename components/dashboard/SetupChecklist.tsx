import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { fillIn } from '@/lib/i18n/format';
import type { Dictionary } from '@/lib/i18n/id';
import { type SetupStep, setupSteps } from '@/lib/tenancy/setup';

/**
 * A new unit's admin's way to the first check-in: service → poster → print → check-in, each
 * step ticked when done and the next one offered as the thing to do now.
 */
export function SetupChecklist(props: {
  unitId: number;
  unitName: string;
  done: Record<SetupStep, boolean>;
  t: Dictionary['setup'];
}) {
  const { t, done, unitId } = props;
  const next = setupSteps.find((s) => !done[s]);
  const href: Record<SetupStep, string> = {
    service: `/u/${unitId}/services`,
    poster: `/u/${unitId}/posters`,
    print: `/u/${unitId}/posters/print?size=A4`,
    checkin: `/u/${unitId}/desk`,
  };
  return (
    <section
      aria-labelledby="setup-title"
      className="rounded-lg border border-emerald-200 bg-white p-4 shadow-sm"
      data-testid="setup-checklist"
    >
      <h2 id="setup-title" className="font-semibold">
        {t.title}
      </h2>
      <p className="text-sm text-slate-600">{fillIn(t.intro, { unit: props.unitName })}</p>
      <ol className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {setupSteps.map((step, i) => (
          <li
            key={step}
            aria-current={step === next ? 'step' : undefined}
            className={cn(
              'flex flex-col gap-2 rounded border p-3 text-sm',
              step === next ? 'border-emerald-600' : 'border-slate-200',
            )}
          >
            <p className="flex items-center gap-2 font-medium">
              <span
                aria-hidden="true"
                className={cn(
                  'flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs',
                  done[step] ? 'bg-emerald-700 text-white' : 'bg-slate-100 text-slate-700',
                )}
              >
                {done[step] ? '✓' : i + 1}
              </span>
              {t.steps[step].title}
              <span className="sr-only">({done[step] ? t.done : t.todo})</span>
            </p>
            <p className="text-slate-600">{t.steps[step].body}</p>
            {!done[step] && (
              <Button
                asChild
                variant={step === next ? 'primary' : 'outline'}
                size="sm"
                className="mt-auto self-start"
              >
                <a href={href[step]}>{t.steps[step].action}</a>
              </Button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
