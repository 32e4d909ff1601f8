import { useEffect, useState } from 'preact/hooks'
import { useSubmit } from '../hooks.ts'
import { api, get } from '../lib/api.ts'
import type { AlertSettings } from '../lib/types.ts'
import { InputField, Notice, SelectField, SubmitLine, toast } from './ui.tsx'

/** How alert e-mail comes: at once, one digest a day at my time in my zone, or not at all. */
export function AlertSettingsForm() {
  const [s, setS] = useState<AlertSettings | null>(null)
  useEffect(() => {
    get<AlertSettings>('/api/alerts/settings').then(setS, () => {})
  }, [])
  const save = useSubmit(async () => {
    if (!s) return
    const { muted: _, ...body } = s
    setS(await api<AlertSettings>('PUT', '/api/alerts/settings', body))
    toast('Alert e-mail settings saved')
  })
  if (!s) return null
  return (
    <form class="stack" onSubmit={save.submit} aria-labelledby="mail-heading">
      <h3 id="mail-heading">Alert e-mail</h3>
      {s.muted ? (
        <Notice kind="info">E-mail is muted (from a link in an e-mail). Save to turn it on again.</Notice>
      ) : null}
      <SelectField
        label="Send"
        value={s.email_mode}
        onValue={(v) => setS({ ...s, email_mode: v as AlertSettings['email_mode'] })}
      >
        <option value="immediate">at once</option>
        <option value="digest">a daily digest</option>
        <option value="off">no e-mail</option>
      </SelectField>
      {s.email_mode === 'digest' ? (
        <>
          <InputField
            label="Digest time"
            type="time"
            value={s.digest_time}
            onValue={(v) => setS({ ...s, digest_time: v })}
          />
          <InputField
            label="Time zone"
            hint="For example Europe/Paris or Asia/Damascus"
            value={s.timezone}
            onValue={(v) => setS({ ...s, timezone: v })}
          />
        </>
      ) : null}
      <SubmitLine submit="Save e-mail settings" class="btn btn-small" sending={save} />
    </form>
  )
}
