// The default rule set's ids without its data, for validating a policy's compliance section.

/**
 * The ids of the default rule set's rules (`defaultRuleSet`), as a list of its own so that validating a policy does not
 * load the rule data (kept in a file of its own: the rule data is function calls a bundler keeps). A
 * test keeps the two in step.
 *
 * @example
 * defaultRuleIds.includes('privacy.resident-id') //=> true
 */
export const defaultRuleIds: readonly string[] = [
  'ad-law.absolute',
  'ad-law.unsourced-data',
  'ad-law.identifiable',
  'ad-law.medical',
  'ad-law.financial',
  'ad-law.exaggeration',
  'content.vulgar',
  'competition.disparage',
  'privacy.mobile',
  'privacy.resident-id',
  'privacy.bank-card',
  'privacy.email',
  'ip.unlicensed',
  'ip.expired',
];
