'use client';

import { sendJson } from '@/components/ui/api';
import { RevocableSecrets, type SecretRow } from '@/components/ui/revocable-secrets';
import type { Dictionary } from '@/lib/i18n/id';

/** The admin's queue displays: creates a display's link (shown once), lists them by prefix and revokes them. */
export function QueueDisplays(props: { unitId: number; displays: SecretRow[]; t: Dictionary['queue']['displays'] }) {
  const { t } = props;
  const api = `/api/units/${props.unitId}/displays`;
  return (
    <RevocableSecrets
      api={api}
      rows={props.displays}
      t={t}
      titleId="displays-title"
      intro={t.intro}
      create={async (name) => (await sendJson<{ display: { url: string } }>(api, 'POST', { name })).display.url}
      showFresh={(url) => (
        <a href={url} target="_blank" rel="noreferrer" className="font-mono break-all select-all" data-testid="display-link">
          {url}
        </a>
      )}
    />
  );
}
