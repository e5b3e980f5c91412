import type { Rule } from '../analysis/define-rule';
import { compilePacks, packRules, teamTermRules } from '../packs/packs';
import type { RulePack } from '../packs/schema';
import { emptyPolicy, type ManagedPolicy } from './policy';
import { resolveSettings, type Locks } from './resolve';
import type { Settings } from './schema';

/** What team rules are made of: the user's settings, the pack they imported, and the organisation's policy. */
export interface TeamSources {
  user: Settings;
  imported: RulePack | null;
  policy: ManagedPolicy;
}

export interface TeamState extends TeamSources {
  /** The settings in force, and which of them are locked. */
  settings: Settings;
  locks: Locks;
}

export function teamState(sources: TeamSources): TeamState {
  return { ...sources, ...resolveSettings({ user: sources.user, pack: sources.imported, managed: sources.policy }) };
}

export const noTeam = (user: Settings): TeamState => teamState({ user, imported: null, policy: emptyPolicy });

/**
 * The engine rules the packs add: the managed pack's first (an imported pack cannot replace them),
 * then the imported pack's, then the team's banned and preferred terms from the settings in force.
 */
export function teamRules(state: Pick<TeamState, 'imported' | 'policy' | 'settings'>): Rule[] {
  const { bannedTerms, preferredTerms } = state.settings;
  return compilePacks([
    { rules: state.policy.pack ? packRules(state.policy.pack) : [] },
    { rules: state.imported ? packRules(state.imported) : [] },
    { rules: teamTermRules({ banned: bannedTerms, preferred: preferredTerms }).map((rule) => ({ rule, pack: 'team' })) },
  ]);
}

/** Identifies the inputs of `teamRules`, so compiled rules are reused until one of them changes. */
export function teamRulesKey(state: Pick<TeamState, 'imported' | 'policy' | 'settings'>): string {
  return JSON.stringify([state.policy.pack, state.imported, state.settings.bannedTerms, state.settings.preferredTerms]);
}
