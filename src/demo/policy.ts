/**
 * The demo marketplace's policy file, exactly as a shop would write it (YAML). Three sellers with
 * a few overrides of their own, so the assistant can show seller-specific answers (R12).
 */
export const demoPolicyYaml = `# Makerdesk Demo Market: policy file (YAML). Everything not set here uses the defaults.
version: 1

shop:
  name: Makerdesk Demo Market
  timeZone: America/New_York
  currencyDefault: USD
  businessDays: [mon, tue, wed, thu, fri]
  businessHours:
    open: "09:00"
    close: "17:00"
  holidays:
    - 2026-11-26   # Thanksgiving
    - 2026-11-27   # studio closed the day after
    - 2026-12-24
    - 2026-12-25
    - 2026-12-31
    - 2027-01-01
    - 2027-05-31
    - 2027-07-05
    - 2027-09-06
    - 2027-11-25
    - 2027-12-24
  voice:
    assistantName: Wren
    greeting: Hi, I'm Wren from the Demo Market studio!
    signOff: Warmly, the Demo Market makers
    formality: informal
    emoji: false
    avoidWords: [unfortunately, "per our policy", ASAP]

pipeline:
  stages:
    - { id: received,      label: Order received,            lockPersonalization: false, typicalBusinessDays: 1 }
    - { id: design,        label: Design and layout,         lockPersonalization: false, typicalBusinessDays: 2 }
    - { id: materials,     label: Preparing materials,       lockPersonalization: false, typicalBusinessDays: 1 }
    - { id: making,        label: Making,                    lockPersonalization: true,  typicalBusinessDays: 4 }
    - { id: finishing,     label: Colour and finishing,      lockPersonalization: true,  typicalBusinessDays: 2 }
    - { id: quality_check, label: Final quality check,       lockPersonalization: true,  typicalBusinessDays: 1 }
    - { id: ready_to_ship, label: Packed and ready to ship,  lockPersonalization: true,  typicalBusinessDays: 1 }

leadTime:
  minBusinessDays: 7
  maxBusinessDays: 14

changeWindowHours: 24

cancellation:
  allowedStages: [received, design]
  requireChangeWindow: true
  afterwards: refuse

addressChange:
  lockedFromStage: null

returns:
  windowDays: 30
  buyerPaysShipping: true
  personalizedReturnable: false
  finalSaleReturnable: false
  exchangesAllowed: true
  alternatives: [repair, store_credit]

quality:
  evidenceRequired: true
  evidenceNotNeededFor: [missing]
  remedies: [remake, refund]

refunds:
  autoLimit: "75.00"

escalation:
  repeatContactThreshold: 3
  negativeSentimentStreak: 2
  delayThresholdBusinessDays: 3
  bespokeDamageValue: "300.00"

sellers:
  lunastudio:
    displayName: Luna Studio
    # Engraving is laser-set at "making"; Luna gives two days to double-check names and dates.
    changeWindowHours: 48
    leadTime: { minBusinessDays: 5, maxBusinessDays: 10 }
    returns:
      alternatives: [resize, engrave_again, store_credit]
  pawtrait:
    displayName: Pawtrait
    # Each portrait is painted by hand from the customer's photo.
    leadTime: { minBusinessDays: 10, maxBusinessDays: 20 }
    cancellation:
      allowedStages: [received]
    returns:
      windowDays: 14
      alternatives: [repair]
    quality:
      remedies: [remake, partial_refund, refund]
  claywork:
    displayName: Claywork
    # Kiln firing takes time; breakage must be reported within two weeks of delivery.
    quality:
      reportWindowDays: 14
    addressChange:
      lockedFromStage: ready_to_ship
    returns:
      alternatives: [exchange, store_credit]

productTypes:
  ring:
    returns:
      alternatives: [resize, store_credit]
`;
