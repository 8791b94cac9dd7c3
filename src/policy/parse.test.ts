import { describe, expect, it } from 'vitest';
import { defaultPolicy, formatPolicyIssues, parsePolicyText, type PolicyIssue } from './index.js';

function issuesOf(text: string, file = 'policy.yaml'): PolicyIssue[] {
  const r = parsePolicyText(text, file);
  if (r.ok) throw new Error('expected the policy to be invalid');
  return r.issues;
}

describe('defaults (contracts.md §6)', () => {
  it('an empty file is the default policy', () => {
    const r = parsePolicyText('', 'empty.yaml');
    expect(r.ok && r.value).toEqual(defaultPolicy);
    const json = parsePolicyText('{}', 'empty.json');
    expect(json.ok && json.value).toEqual(defaultPolicy);
  });

  it('has the contracted defaults', () => {
    const p = defaultPolicy;
    expect(p.pipeline.stages.map((s) => s.id)).toEqual([
      'received',
      'design',
      'making',
      'finishing',
      'quality_check',
      'ready_to_ship',
    ]);
    expect(p.pipeline.stages.filter((s) => s.lockPersonalization).map((s) => s.id)[0]).toBe(
      'making',
    );
    expect(p.leadTime).toEqual({ minBusinessDays: 7, maxBusinessDays: 14 });
    expect(p.shop.businessDays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(p.changeWindowHours).toBe(24);
    expect(p.cancellation).toMatchObject({
      allowedStages: ['received', 'design'],
      requireChangeWindow: true,
      afterwards: 'refuse',
    });
    expect(p.addressChange.lockedFromStage).toBeNull();
    expect(p.returns).toMatchObject({
      windowDays: 30,
      buyerPaysShipping: true,
      personalizedReturnable: false,
      finalSaleReturnable: false,
    });
    expect(p.quality).toMatchObject({
      evidenceRequired: true,
      evidenceNotNeededFor: ['missing'],
      remedies: ['remake', 'refund'],
    });
    expect(p.refunds.autoLimit).toBe('75.00');
    expect(p.escalation).toMatchObject({
      explicitRequest: true,
      chargeback: true,
      repeatContactThreshold: 3,
      negativeSentimentStreak: 2,
      safety: true,
      refundAboveLimit: true,
    });
  });

  it('a partial section keeps the other defaults of that section', () => {
    const r = parsePolicyText('returns:\n  windowDays: 14\n');
    expect(r.ok && r.value.returns).toEqual({ ...defaultPolicy.returns, windowDays: 14 });
  });

  it('reads the same policy from YAML and JSON', () => {
    const yaml = parsePolicyText(
      'shop:\n  name: Kiln & Co\n  timeZone: Europe/Lisbon\nrefunds:\n  autoLimit: 50\n',
      'p.yaml',
    );
    const json = parsePolicyText(
      '{"shop": {"name": "Kiln & Co", "timeZone": "Europe/Lisbon"}, "refunds": {"autoLimit": 50}}',
      'p.json',
    );
    expect(yaml.ok).toBe(true);
    expect(yaml).toEqual(json);
  });
});

describe('bad policy files: clear message with field and line', () => {
  it.each<[string, string, { line: number; column?: number; path: string; message: RegExp }]>([
    [
      'bad YAML syntax',
      'shop:\n  name: [unclosed\n',
      { line: 3, path: '', message: /^YAML syntax: / },
    ],
    ['tab indentation', 'shop:\n\tname: x\n', { line: 2, path: '', message: /^YAML syntax: / }],
    [
      'duplicate key',
      'changeWindowHours: 24\nchangeWindowHours: 48\n',
      { line: 2, path: '', message: /unique/i },
    ],
    [
      'unknown top-level key, with a suggestion',
      'shop:\n  name: x\nretruns:\n  windowDays: 3\n',
      {
        line: 3,
        column: 1,
        path: 'retruns',
        message: /unknown key "retruns" \(did you mean "returns"\?\)/,
      },
    ],
    [
      'unknown nested key',
      'returns:\n  windowDays: 30\n  restockingFee: 5\n',
      { line: 3, column: 3, path: 'returns.restockingFee', message: /unknown key "restockingFee"/ },
    ],
    [
      'wrong type',
      'changeWindowHours: soon\n',
      { line: 1, column: 20, path: 'changeWindowHours', message: /must be a number/ },
    ],
    [
      'wrong type (boolean as text)',
      'returns:\n  personalizedReturnable: "no"\n',
      {
        line: 2,
        path: 'returns.personalizedReturnable',
        message: /must be true or false, got string "no"/,
      },
    ],
    [
      'negative limit',
      'refunds:\n  autoLimit: -10\n',
      { line: 2, column: 14, path: 'refunds.autoLimit', message: /must not be negative/ },
    ],
    [
      'negative limit as text',
      'refunds:\n  autoLimit: "-10.00"\n',
      { line: 2, path: 'refunds.autoLimit', message: /must not be negative/ },
    ],
    [
      'not an amount',
      'refunds:\n  autoLimit: lots\n',
      { line: 2, path: 'refunds.autoLimit', message: /not an amount/ },
    ],
    [
      'negative window',
      'returns:\n  windowDays: -1\n',
      { line: 2, path: 'returns.windowDays', message: /must not be negative/ },
    ],
    [
      'fractional hours',
      'changeWindowHours: 1.5\n',
      { line: 1, path: 'changeWindowHours', message: /whole number/ },
    ],
    [
      'bad time zone',
      'shop:\n  timeZone: Europe/Atlantis\n',
      { line: 2, column: 13, path: 'shop.timeZone', message: /not a known IANA time zone/ },
    ],
    [
      'bad holiday date',
      'shop:\n  holidays:\n    - 2026-12-25\n    - 2026-02-30\n',
      { line: 4, column: 7, path: 'shop.holidays.1', message: /real date/ },
    ],
    [
      'holiday in another format',
      'shop:\n  holidays: ["25/12/2026"]\n',
      { line: 2, path: 'shop.holidays.0', message: /YYYY-MM-DD/ },
    ],
    [
      'unknown stage id in a seller override',
      'sellers:\n  luna:\n    cancellation:\n      allowedStages: [received, painting]\n',
      {
        line: 4,
        path: 'sellers.luna.cancellation.allowedStages.1',
        message: /unknown stage id "painting"/,
      },
    ],
    [
      'unknown stage id in a product-type override',
      'productTypes:\n  ring:\n    lockPersonalizationFrom: engraving\n',
      {
        line: 3,
        path: 'productTypes.ring.lockPersonalizationFrom',
        message: /unknown stage id "engraving"/,
      },
    ],
    [
      'unknown stage id at shop level',
      'addressChange:\n  lockedFromStage: shipped\n',
      { line: 2, path: 'addressChange.lockedFromStage', message: /unknown stage id "shipped"/ },
    ],
    [
      'unknown key in a seller override',
      'sellers:\n  luna:\n    changeWindow: 48\n',
      {
        line: 3,
        column: 5,
        path: 'sellers.luna.changeWindow',
        message: /unknown key "changeWindow"/,
      },
    ],
    [
      'duplicate stage id',
      'pipeline:\n  stages:\n    - { id: a, label: A }\n    - { id: a, label: B }\n',
      { line: 4, path: 'pipeline.stages.1.id', message: /appears twice/ },
    ],
    [
      'lead time out of order',
      'leadTime:\n  minBusinessDays: 10\n  maxBusinessDays: 5\n',
      { line: 3, path: 'leadTime.maxBusinessDays', message: /at least/ },
    ],
    [
      'bad business day name',
      'shop:\n  businessDays: [mon, funday]\n',
      { line: 2, path: 'shop.businessDays.1', message: /must be one of mon/ },
    ],
    [
      'bad opening hours',
      'shop:\n  businessHours:\n    open: "9am"\n',
      { line: 3, path: 'shop.businessHours.open', message: /HH:MM/ },
    ],
    [
      'bad formality',
      'shop:\n  voice:\n    formality: posh\n',
      { line: 3, path: 'shop.voice.formality', message: /informal/ },
    ],
    ['not a mapping', '- a\n- b\n', { line: 1, path: '', message: /must be a mapping/ }],
    [
      'bad currency',
      'shop:\n  currencyDefault: usd\n',
      { line: 2, path: 'shop.currencyDefault', message: /ISO 4217/ },
    ],
    [
      'bad safety-word language',
      'escalation:\n  safetyWords:\n    xx: [fire]\n',
      { line: 3, path: 'escalation.safetyWords.xx', message: /unknown key "xx"/ },
    ],
  ])('%s', (_name, text, expected) => {
    const issues = issuesOf(text);
    const hit = issues.find(
      (i) => i.path.join('.') === expected.path && expected.message.test(i.message),
    );
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit?.line).toBe(expected.line);
    if (expected.column !== undefined) expect(hit?.column).toBe(expected.column);
  });

  it('reports every problem of a file, sorted by line, including stage ids next to other errors', () => {
    const text = [
      'shop:',
      '  timeZone: Nowhere/Town',
      'refunds:',
      '  autoLimit: -1',
      'sellers:',
      '  luna:',
      '    addressChange:',
      '      lockedFromStage: nope',
      '',
    ].join('\n');
    const issues = issuesOf(text);
    expect(issues.map((i) => i.line)).toEqual([2, 4, 8]);
  });

  it('gives line numbers in JSON files too', () => {
    const text =
      '{\n  "shop": { "timeZone": "UTC" },\n  "returns": {\n    "windowDays": "thirty"\n  }\n}\n';
    const issues = issuesOf(text, 'p.json');
    expect(issues[0]).toMatchObject({ line: 4, column: 19, path: ['returns', 'windowDays'] });
  });

  it('names JSON syntax errors as JSON', () => {
    const issues = issuesOf('{"a": 1,,}', 'p.json');
    expect(issues[0]?.message).toMatch(/^JSON syntax: /);
    expect(issues[0]?.line).toBe(1);
  });

  it('formats issues as file:line:col path: message', () => {
    const issues = issuesOf('returns:\n  windowDays: -1\n');
    expect(formatPolicyIssues('shop.yaml', issues)).toEqual([
      'shop.yaml:2:15 returns.windowDays: must not be negative',
    ]);
  });

  it('points at the key when a section is present but empty', () => {
    const issues = issuesOf('returns:\nrefunds: 5\n');
    expect(issues.map((i) => [i.line, i.path.join('.')])).toEqual([
      [1, 'returns'],
      [2, 'refunds'],
    ]);
  });

  it('says when a default refers to a stage a custom pipeline lacks', () => {
    const issues = issuesOf(
      'pipeline:\n  stages:\n    - { id: cut, label: Cutting }\n    - { id: glaze, label: Glazing }\n',
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'cancellation.allowedStages.0',
      'cancellation.allowedStages.1',
    ]);
    expect(issues[0]?.message).toMatch(/unknown stage id "received".*this is the default/);
  });
});
