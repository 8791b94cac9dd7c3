import type { OrderInput } from '../domain/order.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Customer = OrderInput['customer'];
type Item = OrderInput['items'][number];
type Fulfillment = NonNullable<OrderInput['fulfillment']>;
type Titles = NonNullable<Item['titles']>;

/**
 * Each maker's own product names in the other five languages, with their grammatical gender.
 * German names lead with the noun, so they read right in every case ("Ihrer Namenskette mit …").
 */
const titles = {
  necklace: {
    es: { title: 'Collar con nombre estampado a mano', gender: 'm' },
    fr: { title: 'Collier prénom estampé à la main', gender: 'm' },
    de: { title: 'Namenskette mit Handprägung', gender: 'f' },
    it: { title: 'Collana con nome punzonata a mano', gender: 'f' },
    pt: { title: 'Colar com nome gravado à mão', gender: 'm' },
  },
  ring: {
    es: { title: 'Anillo apilable grabado', gender: 'm' },
    fr: { title: 'Bague empilable gravée', gender: 'f' },
    de: { title: 'Stapelring mit Gravur', gender: 'm' },
    it: { title: 'Anello impilabile inciso', gender: 'm' },
    pt: { title: 'Anel empilhável gravado', gender: 'm' },
  },
  hoops: {
    es: { title: 'Par de aros pequeños de oro laminado', gender: 'm' },
    fr: { title: 'Paire de petites créoles en gold-filled', gender: 'f' },
    de: { title: 'Creolen-Paar aus Gold-Filled', gender: 'n' },
    it: { title: 'Paio di cerchietti in gold filled', gender: 'm' },
    pt: { title: 'Par de argolas pequenas em gold filled', gender: 'm' },
  },
  mug: {
    es: { title: 'Taza de gres moteada', gender: 'f' },
    fr: { title: 'Mug en grès moucheté', gender: 'm' },
    de: { title: 'Becher aus gesprenkeltem Steinzeug', gender: 'm' },
    it: { title: 'Tazza in gres puntinata', gender: 'f' },
    pt: { title: 'Caneca de grés salpicada', gender: 'f' },
  },
  vase: {
    es: { title: 'Jarrón alto celadón', gender: 'm' },
    fr: { title: 'Grand vase céladon', gender: 'm' },
    de: { title: 'Seladon-Vase in hoher Form', gender: 'f' },
    it: { title: 'Vaso alto celadon', gender: 'm' },
    pt: { title: 'Jarra alta celadon', gender: 'f' },
  },
  bowl: {
    es: { title: 'Cuenco de servir con esmalte de ceniza', gender: 'm' },
    fr: { title: 'Saladier émaillé à la cendre', gender: 'm' },
    de: { title: 'Servierschale mit Ascheglasur', gender: 'f' },
    it: { title: 'Ciotola da portata con smalto alla cenere', gender: 'f' },
    pt: { title: 'Taça de servir com vidrado de cinza', gender: 'f' },
  },
  plate: {
    es: { title: 'Plato llano con monograma', gender: 'm' },
    fr: { title: 'Assiette plate monogrammée', gender: 'f' },
    de: { title: 'Speiseteller mit Monogramm', gender: 'm' },
    it: { title: 'Piatto piano con monogramma', gender: 'm' },
    pt: { title: 'Prato raso com monograma', gender: 'm' },
  },
  seconds: {
    es: { title: 'Vaso de segunda del taller (pequeño defecto de esmalte)', gender: 'm' },
    fr: { title: 'Gobelet second choix de l’atelier (petit défaut d’émail)', gender: 'm' },
    de: { title: 'Becher zweiter Wahl aus der Werkstatt (kleiner Glasurfehler)', gender: 'm' },
    it: {
      title: 'Bicchiere di seconda scelta del laboratorio (piccolo difetto di smalto)',
      gender: 'm',
    },
    pt: { title: 'Copo de segunda escolha do ateliê (pequeno defeito no vidrado)', gender: 'm' },
  },
} satisfies Record<string, Titles>;

const portraitSizes: Record<string, Record<'es' | 'fr' | 'de' | 'it' | 'pt', string>> = {
  small: { es: 'pequeño', fr: 'petit', de: 'klein', it: 'piccolo', pt: 'pequeno' },
  medium: { es: 'mediano', fr: 'moyen', de: 'mittel', it: 'medio', pt: 'médio' },
  large: { es: 'grande', fr: 'grand', de: 'groß', it: 'grande', pt: 'grande' },
  family: { es: 'familiar', fr: 'famille', de: 'Familie', it: 'famiglia', pt: 'família' },
};
const portraitTitles = (size: string): Titles => {
  const s = portraitSizes[size] ?? { es: size, fr: size, de: size, it: size, pt: size };
  return {
    es: { title: `Retrato de mascota pintado a mano (${s.es})`, gender: 'm' },
    fr: { title: `Portrait d’animal peint à la main (${s.fr})`, gender: 'm' },
    de: { title: `Tierporträt in Handmalerei (${s.de})`, gender: 'n' },
    it: { title: `Ritratto di animale dipinto a mano (${s.it})`, gender: 'm' },
    pt: { title: `Retrato de animal pintado à mão (${s.pt})`, gender: 'm' },
  };
};

const address = (
  line1: string,
  city: string,
  region: string,
  postcode: string,
  country = 'US',
): NonNullable<OrderInput['shippingAddress']> => ({
  line1,
  city,
  region,
  postcode,
  country,
});

const necklace = (name: string, price = 48): Item => ({
  sku: 'LUNA-NECK-NAME',
  title: 'Hand-stamped name necklace',
  titles: titles.necklace,
  sellerId: 'lunastudio',
  productType: 'necklace',
  quantity: 1,
  unitPrice: price,
  personalized: true,
  personalization: { engraving: name, metal: 'sterling silver', chain: '18 in' },
});
const ring = (text: string, size: string): Item => ({
  sku: 'LUNA-RING-ENGR',
  title: 'Engraved stacking ring',
  titles: titles.ring,
  sellerId: 'lunastudio',
  productType: 'ring',
  quantity: 1,
  unitPrice: 62,
  personalized: true,
  personalization: { engraving: text, size },
});
const hoops: Item = {
  sku: 'LUNA-HOOP-GOLD',
  title: 'Small gold-fill hoops',
  titles: titles.hoops,
  sellerId: 'lunastudio',
  productType: 'earrings',
  quantity: 1,
  unitPrice: 36,
};
const portrait = (pet: string, size: string, price: number): Item => ({
  sku: `PAW-PORTRAIT-${size.toUpperCase()}`,
  title: `Hand-painted pet portrait (${size})`,
  titles: portraitTitles(size),
  sellerId: 'pawtrait',
  productType: 'portrait',
  quantity: 1,
  unitPrice: price,
  personalized: true,
  personalization: { pet, background: 'sage green', photo: 'customer-upload.jpg' },
});
const mug = (quantity = 1): Item => ({
  sku: 'CLAY-MUG-SPECKLE',
  title: 'Speckled stoneware mug',
  titles: titles.mug,
  sellerId: 'claywork',
  productType: 'mug',
  quantity,
  unitPrice: 34,
});
const vase: Item = {
  sku: 'CLAY-VASE-TALL',
  title: 'Tall celadon vase',
  titles: titles.vase,
  sellerId: 'claywork',
  productType: 'vase',
  quantity: 1,
  unitPrice: 88,
};
const bowl: Item = {
  sku: 'CLAY-BOWL-SERVE',
  title: 'Serving bowl, ash glaze',
  titles: titles.bowl,
  sellerId: 'claywork',
  productType: 'bowl',
  quantity: 1,
  unitPrice: 64,
};
const initialsPlate: Item = {
  sku: 'CLAY-PLATE-INIT',
  title: 'Monogram dinner plate',
  titles: titles.plate,
  sellerId: 'claywork',
  productType: 'plate',
  quantity: 2,
  unitPrice: 29,
  personalized: true,
  personalization: { initials: 'R & T', glaze: 'ocean blue' },
};
const seconds: Item = {
  sku: 'CLAY-SECONDS-CUP',
  title: 'Studio seconds tumbler (small glaze flaw)',
  titles: titles.seconds,
  sellerId: 'claywork',
  productType: 'cup',
  quantity: 2,
  unitPrice: 14,
  finalSale: true,
};

const unfulfilled: Fulfillment = { status: 'unfulfilled' };

/**
 * The demo shop's orders, placed relative to `now` so every situation of product.md is live
 * whenever the demo starts: inside and outside the change window, every production stage,
 * shipped with tracking, delivered recently and long ago, late, refunded, personalised or not,
 * final sale, and one high-value piece whose refund needs approval.
 */
export function demoOrders(now: Date): OrderInput[] {
  const t = now.getTime();
  const ago = (ms: number): string => new Date(t - ms).toISOString();
  const ahead = (ms: number): string => new Date(t + ms).toISOString();
  const order = (
    id: string,
    createdAgo: number,
    customer: Customer,
    items: Item[],
    rest: Partial<Omit<OrderInput, 'id' | 'createdAt' | 'customer' | 'items'>> & {
      shipping?: number;
      refunded?: number;
    } = {},
  ): OrderInput => {
    const { shipping = 6, refunded = 0, ...fields } = rest;
    const itemsTotal = items.reduce((sum, i) => sum + Number(i.unitPrice) * i.quantity, 0);
    return {
      id,
      createdAt: ago(createdAgo),
      currency: 'USD',
      customer,
      shippingAddress: address('12 Maple Street', 'Portland', 'OR', customer.postcode ?? '97205'),
      items,
      stage: 'received',
      fulfillment: unfulfilled,
      payment: { total: (itemsTotal + shipping).toFixed(2), refunded: refunded.toFixed(2) },
      ...fields,
    };
  };
  const shipped = (
    carrier: string,
    tracking: string,
    url: string,
    shippedAgo: number,
    etaAhead: number,
  ): Fulfillment => ({
    status: 'shipped',
    carrier,
    trackingNumber: tracking,
    trackingUrl: url,
    shippedAt: ago(shippedAgo),
    estimatedDeliveryAt: ahead(etaAhead),
  });
  const delivered = (
    carrier: string,
    tracking: string,
    shippedAgo: number,
    deliveredAgo: number,
  ): Fulfillment => ({
    status: 'delivered',
    carrier,
    trackingNumber: tracking,
    trackingUrl: `https://tools.usps.com/go/TrackConfirmAction?tLabels=${tracking}`,
    shippedAt: ago(shippedAgo),
    deliveredAt: ago(deliveredAgo),
  });
  const usps = (n: string): string => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`;

  return [
    // Fresh personalised order: inside the change window, nothing made yet.
    order(
      '1001',
      3 * HOUR,
      { email: 'ana@example.com', name: 'Ana Ruiz', postcode: '94110', language: 'en' },
      [necklace('Mia')],
      {
        stage: 'received',
        stageUpdatedAt: ago(3 * HOUR),
        shippingAddress: address('481 Valencia Street', 'San Francisco', 'CA', '94110'),
        note: 'Gift for my daughter, please double-check the spelling!',
      },
    ),
    // Pawtrait uses the shop's 24 h window: 30 h after ordering it is closed, though painting hasn't started.
    order(
      '1002',
      30 * HOUR,
      { email: 'ben@example.com', name: 'Ben Okafor', postcode: '10001', language: 'en' },
      [portrait('Biscuit', 'small', 95)],
      {
        stage: 'design',
        stageUpdatedAt: ago(20 * HOUR),
        shippingAddress: address('350 W 31st Street', 'New York', 'NY', '10001'),
      },
    ),
    // Luna's own 48 h window: still open after 30 h (seller-specific).
    order(
      '1003',
      30 * HOUR,
      { email: 'chloe@example.com', name: 'Chloe Martin', postcode: '60614', language: 'en' },
      [ring('Always & forever', '7')],
      {
        stage: 'design',
        stageUpdatedAt: ago(26 * HOUR),
        shippingAddress: address('2200 N Lincoln Ave', 'Chicago', 'IL', '60614'),
      },
    ),
    // Standard (not personalised) order placed an hour ago: cancellable with a full refund.
    order(
      '1004',
      1 * HOUR,
      { email: 'dev@example.com', name: 'Dev Patel', postcode: '78701', language: 'en' },
      [mug(2)],
      {
        stage: 'received',
        shippingAddress: address('600 Congress Ave', 'Austin', 'TX', '78701'),
      },
    ),
    order(
      '1005',
      4 * DAY,
      { email: 'elena@example.com', name: 'Elena Rossi', postcode: '02116', language: 'en' },
      [portrait('Luna and Sol', 'medium', 145)],
      {
        stage: 'materials',
        stageUpdatedAt: ago(1 * DAY),
        shippingAddress: address('45 Newbury Street', 'Boston', 'MA', '02116'),
      },
    ),
    // Engraving already being cut: locked.
    order(
      '1006',
      5 * DAY,
      { email: 'farah@example.com', name: 'Farah Haddad', postcode: '98101', language: 'en' },
      [necklace('Yusuf')],
      {
        stage: 'making',
        stageUpdatedAt: ago(2 * DAY),
        shippingAddress: address('1520 4th Ave', 'Seattle', 'WA', '98101'),
      },
    ),
    order(
      '1007',
      8 * DAY,
      { email: 'gus@example.com', name: 'Gus Lindqvist', postcode: '55401', language: 'en' },
      [vase, mug(1)],
      {
        stage: 'finishing',
        stageUpdatedAt: ago(1 * DAY),
        shippingAddress: address('250 Marquette Ave', 'Minneapolis', 'MN', '55401'),
      },
    ),
    order(
      '1008',
      9 * DAY,
      { email: 'hana@example.com', name: 'Hana Sato', postcode: '97205', language: 'en' },
      [ring('H.S. 2019', '6')],
      {
        stage: 'quality_check',
        stageUpdatedAt: ago(6 * HOUR),
      },
    ),
    // Packed and labelled: Claywork locks the address from here on.
    order(
      '1009',
      11 * DAY,
      { email: 'ivan@example.com', name: 'Ivan Petrov', postcode: '80202', language: 'en' },
      [bowl],
      {
        stage: 'ready_to_ship',
        stageUpdatedAt: ago(4 * HOUR),
        shippingAddress: address('1601 Blake Street', 'Denver', 'CO', '80202'),
      },
    ),
    // Shipped with tracking.
    order(
      '1010',
      12 * DAY,
      { email: 'jade@example.com', name: 'Jade Nguyen', postcode: '30303', language: 'en' },
      [necklace('Theo & Nora', 54)],
      {
        stage: 'ready_to_ship',
        fulfillment: shipped(
          'USPS',
          '9400111899223344556677',
          usps('9400111899223344556677'),
          2 * DAY,
          2 * DAY,
        ),
        shippingAddress: address('55 Trinity Ave SW', 'Atlanta', 'GA', '30303'),
      },
    ),
    // Shipped, out for delivery today.
    order(
      '1011',
      14 * DAY,
      { email: 'kofi@example.com', name: 'Kofi Mensah', postcode: '20001', language: 'en' },
      [mug(4)],
      {
        stage: 'ready_to_ship',
        fulfillment: shipped(
          'UPS',
          '1Z999AA10123456784',
          'https://www.ups.com/track?tracknum=1Z999AA10123456784',
          3 * DAY,
          5 * HOUR,
        ),
        shippingAddress: address('801 Mt Vernon Pl NW', 'Washington', 'DC', '20001'),
      },
    ),
    // Delivered recently, standard item: returnable.
    order(
      '1012',
      20 * DAY,
      { email: 'lena@example.com', name: 'Lena Vogel', postcode: '19103', language: 'en' },
      [vase],
      {
        stage: 'ready_to_ship',
        fulfillment: delivered('USPS', '9400111899223300001111', 8 * DAY, 5 * DAY),
        shippingAddress: address('1500 Market Street', 'Philadelphia', 'PA', '19103'),
      },
    ),
    // Delivered long ago: outside the 30-day return window.
    order(
      '1013',
      80 * DAY,
      { email: 'marco@example.com', name: 'Marco Bianchi', postcode: '33131', language: 'en' },
      [bowl],
      {
        stage: 'ready_to_ship',
        fulfillment: delivered('USPS', '9400111899223300002222', 66 * DAY, 62 * DAY),
        shippingAddress: address('801 Brickell Ave', 'Miami', 'FL', '33131'),
      },
    ),
    // Delivered recently, personalised: no returns for a change of mind.
    order(
      '1014',
      16 * DAY,
      { email: 'nina@example.com', name: 'Nina Kowalski', postcode: '48226', language: 'en' },
      [necklace('Zofia')],
      {
        stage: 'ready_to_ship',
        fulfillment: delivered('USPS', '9400111899223300003333', 6 * DAY, 3 * DAY),
        shippingAddress: address('1001 Woodward Ave', 'Detroit', 'MI', '48226'),
      },
    ),
    // Late: well past the ship window, flagged delayed by the maker.
    order(
      '1015',
      45 * DAY,
      { email: 'omar@example.com', name: 'Omar Farouk', postcode: '85004', language: 'en' },
      [portrait('Captain', 'large', 260)],
      {
        stage: 'making',
        stageUpdatedAt: ago(20 * DAY),
        delayed: true,
        note: 'Painter out sick for two weeks.',
        shippingAddress: address('2 N Central Ave', 'Phoenix', 'AZ', '85004'),
      },
    ),
    // Already partly refunded (a chipped lid, refunded 20.00 last week).
    order(
      '1016',
      30 * DAY,
      { email: 'priya@example.com', name: 'Priya Shah', postcode: '92101', language: 'en' },
      [bowl, mug(1)],
      {
        stage: 'ready_to_ship',
        fulfillment: delivered('USPS', '9400111899223300004444', 18 * DAY, 14 * DAY),
        refunded: 20,
        shippingAddress: address('600 W Broadway', 'San Diego', 'CA', '92101'),
      },
    ),
    // Final sale seconds.
    order(
      '1017',
      10 * DAY,
      { email: 'quinn@example.com', name: 'Quinn Avery', postcode: '37203', language: 'en' },
      [seconds],
      {
        stage: 'ready_to_ship',
        fulfillment: delivered('USPS', '9400111899223300005555', 6 * DAY, 3 * DAY),
        shippingAddress: address('222 2nd Ave S', 'Nashville', 'TN', '37203'),
      },
    ),
    // High value: a refund of this portrait is above the automatic limit and needs approval.
    order(
      '1018',
      25 * DAY,
      { email: 'rosa@example.com', name: 'Rosa Jimenez', postcode: '94103', language: 'en' },
      [portrait('Mochi, Pepper and Bean', 'family', 420)],
      {
        stage: 'ready_to_ship',
        fulfillment: delivered('UPS', '1Z999AA10123450018', 4 * DAY, 2 * DAY),
        shipping: 18,
        shippingAddress: address('1 Market Street', 'San Francisco', 'CA', '94103'),
      },
    ),
    // Two sellers in one order, in production.
    order(
      '1019',
      6 * DAY,
      { email: 'sam@example.com', name: 'Sam Carter', postcode: '27601', language: 'en' },
      [hoops, mug(1)],
      {
        stage: 'making',
        stageUpdatedAt: ago(1 * DAY),
        shippingAddress: address('300 Fayetteville St', 'Raleigh', 'NC', '27601'),
      },
    ),
    // Fully refunded: the mug arrived in pieces and the customer chose a refund.
    order(
      '1020',
      21 * DAY,
      { email: 'tomas@example.com', name: 'Tomás Ortega', postcode: '87501', language: 'es' },
      [mug(1)],
      {
        stage: 'ready_to_ship',
        fulfillment: delivered('USPS', '9400111899223300006666', 12 * DAY, 9 * DAY),
        refunded: 40,
        note: 'Arrived broken; refunded in full after photo.',
        shippingAddress: address('100 Paseo de Peralta', 'Santa Fe', 'NM', '87501'),
      },
    ),
    // Customers writing in other languages.
    order(
      '1021',
      5 * HOUR,
      { email: 'camille@example.com', name: 'Camille Dubois', postcode: '75011', language: 'fr' },
      [ring('C + L', '5')],
      {
        stage: 'received',
        currency: 'EUR',
        shipping: 12,
        shippingAddress: address('18 Rue Oberkampf', 'Paris', 'Île-de-France', '75011', 'FR'),
      },
    ),
    order(
      '1022',
      15 * DAY,
      { email: 'jonas@example.com', name: 'Jonas Becker', postcode: '10115', language: 'de' },
      [portrait('Bruno', 'small', 95)],
      {
        stage: 'ready_to_ship',
        currency: 'EUR',
        shipping: 14,
        fulfillment: shipped(
          'DHL',
          'JJD000390007765432',
          'https://www.dhl.com/de-en/home/tracking.html?tracking-id=JJD000390007765432',
          4 * DAY,
          3 * DAY,
        ),
        shippingAddress: address('Invalidenstraße 50', 'Berlin', 'Berlin', '10115', 'DE'),
      },
    ),
    // Claywork asks for breakage to be reported within 14 days; this one was delivered 20 days ago.
    order(
      '1023',
      32 * DAY,
      { email: 'giulia@example.com', name: 'Giulia Conti', postcode: '20121', language: 'it' },
      [initialsPlate],
      {
        stage: 'ready_to_ship',
        currency: 'EUR',
        shipping: 16,
        fulfillment: delivered('DHL', 'JJD000390007700023', 24 * DAY, 20 * DAY),
        shippingAddress: address('Via Brera 10', 'Milano', 'MI', '20121', 'IT'),
      },
    ),
    order(
      '1024',
      20 * HOUR,
      { email: 'joao@example.com', name: 'João Almeida', postcode: '1200-195', language: 'pt' },
      [necklace('Inês')],
      {
        stage: 'design',
        stageUpdatedAt: ago(2 * HOUR),
        currency: 'EUR',
        shipping: 12,
        shippingAddress: address('Rua da Misericórdia 14', 'Lisboa', 'Lisboa', '1200-195', 'PT'),
      },
    ),
    order(
      '1025',
      3 * DAY,
      { email: 'wei@example.com', name: 'Wei Chen', postcode: '11201', language: 'en' },
      [initialsPlate],
      {
        stage: 'design',
        stageUpdatedAt: ago(2 * DAY),
        shippingAddress: address('200 Montague Street', 'Brooklyn', 'NY', '11201'),
      },
    ),
  ];
}

/** A few demo orders and how to prove they are yours, for the README and the start banner. */
export const demoCredentials: readonly {
  orderId: string;
  email: string;
  postcode: string;
  situation: string;
}[] = [
  {
    orderId: '1001',
    email: 'ana@example.com',
    postcode: '94110',
    situation: 'engraved necklace, still inside the change window',
  },
  {
    orderId: '1006',
    email: 'farah@example.com',
    postcode: '98101',
    situation: 'engraving already in production (locked)',
  },
  {
    orderId: '1010',
    email: 'jade@example.com',
    postcode: '30303',
    situation: 'shipped, with USPS tracking',
  },
  {
    orderId: '1012',
    email: 'lena@example.com',
    postcode: '19103',
    situation: 'vase delivered 5 days ago (returnable)',
  },
  {
    orderId: '1014',
    email: 'nina@example.com',
    postcode: '48226',
    situation: 'personalised necklace delivered (not returnable)',
  },
  {
    orderId: '1015',
    email: 'omar@example.com',
    postcode: '85004',
    situation: 'pet portrait running late',
  },
  {
    orderId: '1018',
    email: 'rosa@example.com',
    postcode: '94103',
    situation: '420.00 portrait: a refund needs approval',
  },
];
