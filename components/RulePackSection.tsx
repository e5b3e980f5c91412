import { useState } from 'react';
import type { Language } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';
import { exportTeamPack } from '@/lib/packs/export';
import { packRules } from '@/lib/packs/extends';
import type { PackError } from '@/lib/packs/messages';
import type { RulePack } from '@/lib/packs/schema';
import type { TeamState } from '@/lib/settings/team';
import { errorMessage } from './error-message';
import { termsOf } from './rule-overrides';
import type { SendRequest } from './send-to-background';
import { LockIcon } from './LockIcon';

type Outcome = { kind: 'imported'; name: string; count: number } | { kind: 'rejected'; errors: PackError[] } | { kind: 'failed'; reason: string } | null;

interface RulePackSectionProps {
  team: TeamState | null;
  onTeam(team: TeamState): void;
  send: SendRequest;
  language: Language;
  t: Translate;
}

/** Import, list, export and remove the team's rule pack; the organisation's pack is listed, locked. */
export function RulePackSection({ team, onTeam, send, language, t }: RulePackSectionProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function importFile(file: File) {
    try {
      const reply = await send({ type: 'import-pack', text: await file.text(), uiLanguage: language });
      if (reply.type === 'team') {
        onTeam(reply.team);
        const pack = reply.team.imported;
        setOutcome({ kind: 'imported', name: pack?.name ?? '', count: pack ? packRules(pack).length : 0 });
      } else if (reply.type === 'pack-errors') setOutcome({ kind: 'rejected', errors: reply.errors });
      else setOutcome({ kind: 'failed', reason: reply.type === 'error' ? reply.message : reply.type });
    } catch (error) {
      setOutcome({ kind: 'failed', reason: errorMessage(error) });
    }
  }

  async function remove() {
    const reply = await send({ type: 'remove-pack' }).catch(() => null);
    if (reply?.type === 'team') onTeam(reply.team);
    setOutcome(null);
  }

  function exportPack() {
    if (!team) return;
    const { settings } = team;
    const pack = exportTeamPack({ imported: team.imported, confidential: termsOf(settings.rules), banned: settings.bannedTerms, preferred: settings.preferredTerms });
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(pack, null, 2)}\n`], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${pack.name}.post-coach-pack.json` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <div className="rule-packs" data-pc="rule-packs">
      {team?.policy.pack && <PackRules pack={team.policy.pack} heading={t('team.managedPack', { name: team.policy.pack.name, version: team.policy.pack.version })} kind="managed" language={language} t={t} />}
      {team?.imported ? <PackRules pack={team.imported} heading={t('team.imported', { name: team.imported.name, version: team.imported.version })} kind="imported" language={language} t={t} /> : <p className="muted">{t('team.none')}</p>}

      <div className="field">
        <label htmlFor="rule-pack-file">{t('team.importLabel')}</label>
        <input
          id="rule-pack-file"
          type="file"
          accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
          data-pc="pack-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <div className="actions">
        <button type="button" data-pc="pack-export" onClick={exportPack} disabled={!team}>
          {t('team.export')}
        </button>
        {team?.imported && (
          <button type="button" data-pc="pack-remove" onClick={() => void remove()}>
            {t('team.remove')}
          </button>
        )}
      </div>

      {outcome?.kind === 'imported' && (
        <p className="notice" data-pc="pack-status" role="status">
          {t('team.importedOk', { name: outcome.name, count: outcome.count })}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <p className="problem" data-pc="pack-status" role="alert">
          {t('team.readFailed', { reason: outcome.reason })}
        </p>
      )}
      {outcome?.kind === 'rejected' && (
        <div role="alert" data-pc="pack-status">
          <p className="problem">{t('team.rejected', { count: outcome.errors.length })}</p>
          <ul data-pc="pack-errors">
            {outcome.errors.map((error, index) => (
              <li key={index} data-path={error.path}>
                <code>{error.path || '/'}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function PackRules({ pack, heading, kind, language, t }: { pack: RulePack; heading: string; kind: 'managed' | 'imported'; language: Language; t: Translate }) {
  const rules = packRules(pack);
  return (
    <section className="pack" data-pc="pack" data-kind={kind} data-pack={pack.name}>
      <h3>
        {kind === 'managed' && <LockIcon />} 
        {heading}
      </h3>
      {pack.description && <p className="hint">{pack.description[language]}</p>}
      {pack.extends.length > 0 && <p className="hint">{t('team.extends', { packs: pack.extends.join(', ') })}</p>}
      <table className="rule-table">
        <thead>
          <tr>
            <th scope="col">{t('team.rule')}</th>
            <th scope="col">{t('team.type')}</th>
            <th scope="col">{t('team.level')}</th>
            <th scope="col">{t('team.message')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map(({ rule }) => (
            <tr key={rule.id} data-pc="pack-rule" data-rule={rule.id}>
              <th scope="row">
                <code>{rule.id}</code>
                <br />
                <span className="muted">{t(`category.${rule.category}`)}</span>
              </th>
              <td>{t(`team.type.${rule.type}`)}</td>
              <td>
                <span className="status-label" data-status={rule.level}>
                  {t(`severity.${rule.level}`)}
                </span>
              </td>
              <td>{rule.message[language].replace(/\{\w+\}/g, '…')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
