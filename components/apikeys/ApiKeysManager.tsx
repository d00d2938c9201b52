'use client';

import { sendJson } from '@/components/ui/api';
import { RevocableSecrets, type SecretRow } from '@/components/ui/revocable-secrets';
import type { Dictionary } from '@/lib/i18n/id';

/** Creates keys (each shown once), lists them by prefix and revokes them. */
export function ApiKeysManager(props: { unitId: number; keys: SecretRow[]; t: Dictionary['apiKeys'] }) {
  const { t } = props;
  const api = `/api/units/${props.unitId}/api-keys`;
  return (
    <RevocableSecrets
      api={api}
      rows={props.keys}
      t={t}
      intro={
        <>
          {t.intro} <a href="/openapi.json">{t.docs}</a>
        </>
      }
      create={async (name) => (await sendJson<{ key: { key: string } }>(api, 'POST', { name })).key.key}
      showFresh={(key) => <code className="font-mono break-all select-all">{key}</code>}
    />
  );
}
