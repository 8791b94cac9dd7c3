import type { Language } from '../domain/order.js';

/** The e-mail channel's own words (the conversation's replies come from src/voice). */
export type MailTexts = {
  choices: string;
  attachmentTooLarge: string;
  attachmentNotPhoto: string;
  optOut: string;
  hello: (name: string | null) => string;
  subject: Record<'stage' | 'delay' | 'shipped' | 'delivered', (order: string) => string>;
  stage: (order: string, stage: string) => string;
  delay: (order: string, date: string | null) => string;
  shipped: (order: string, carrier: string | null, tracking: string | null) => string;
  delivered: (order: string) => string;
  stageNames: Record<string, string>;
};

const en: MailTexts = {
  choices: 'You can answer with one of these (the number is enough):',
  attachmentTooLarge:
    'One of your attachments was too big for us to open. Photos up to 10 MB work best.',
  attachmentNotPhoto:
    'We could only look at photos (JPEG, PNG or WebP), so one attachment was left aside.',
  optOut: 'Rather not get these updates? Turn them off here: {url}',
  hello: (name) => (name ? `Hi ${name},` : 'Hi,'),
  subject: {
    stage: (o) => `Your order ${o} has moved on`,
    delay: (o) => `Your order ${o} is running late`,
    shipped: (o) => `Your order ${o} is on its way`,
    delivered: (o) => `Your order ${o} has arrived`,
  },
  stage: (o, s) => `Good news: your order ${o} is now at the "${s}" stage.`,
  delay: (o, d) =>
    d
      ? `We're sorry: your order ${o} is taking longer than we promised. We now expect to send it by ${d}.`
      : `We're sorry: your order ${o} is taking longer than we promised. We'll write again as soon as we have a new date.`,
  shipped: (o, c, t) =>
    `Your order ${o} is on its way!${c && t ? ` ${c} tracking number: ${t}.` : t ? ` Tracking number: ${t}.` : ''}`,
  delivered: (o) =>
    `Your order ${o} has been delivered. We hope you love it! If anything isn't right, just reply to this e-mail.`,
  stageNames: {
    received: 'received',
    design: 'design',
    making: 'making',
    finishing: 'finishing',
    quality_check: 'quality check',
    ready_to_ship: 'ready to ship',
  },
};

const es: MailTexts = {
  choices: 'Puedes responder con una de estas opciones (basta con el número):',
  attachmentTooLarge:
    'Uno de los archivos adjuntos era demasiado grande para abrirlo. Las fotos de hasta 10 MB funcionan mejor.',
  attachmentNotPhoto:
    'Solo podemos ver fotos (JPEG, PNG o WebP), así que dejamos aparte un archivo adjunto.',
  optOut: '¿Prefieres no recibir estos avisos? Desactívalos aquí: {url}',
  hello: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
  subject: {
    stage: (o) => `Tu pedido ${o} avanza`,
    delay: (o) => `Tu pedido ${o} se retrasa`,
    shipped: (o) => `Tu pedido ${o} ya está en camino`,
    delivered: (o) => `Tu pedido ${o} ha llegado`,
  },
  stage: (o, s) => `¡Buenas noticias! Tu pedido ${o} ya está en la fase «${s}».`,
  delay: (o, d) =>
    d
      ? `Lo sentimos: tu pedido ${o} está tardando más de lo prometido. Ahora esperamos enviarlo antes del ${d}.`
      : `Lo sentimos: tu pedido ${o} está tardando más de lo prometido. Te escribiremos en cuanto tengamos una fecha nueva.`,
  shipped: (o, c, t) =>
    `¡Tu pedido ${o} ya está en camino!${c && t ? ` Número de seguimiento de ${c}: ${t}.` : t ? ` Número de seguimiento: ${t}.` : ''}`,
  delivered: (o) =>
    `Tu pedido ${o} ya se ha entregado. ¡Esperamos que te encante! Si algo no está bien, responde a este correo.`,
  stageNames: {
    received: 'recibido',
    design: 'diseño',
    making: 'elaboración',
    finishing: 'acabado',
    quality_check: 'control de calidad',
    ready_to_ship: 'listo para enviar',
  },
};

const fr: MailTexts = {
  choices: 'Vous pouvez répondre par l’un de ces choix (le numéro suffit) :',
  attachmentTooLarge:
    'Une pièce jointe était trop lourde pour que nous puissions l’ouvrir. Les photos jusqu’à 10 Mo passent sans souci.',
  attachmentNotPhoto:
    'Nous ne pouvons regarder que des photos (JPEG, PNG ou WebP) : une pièce jointe a donc été mise de côté.',
  optOut: 'Vous préférez ne plus recevoir ces nouvelles ? Désactivez-les ici : {url}',
  hello: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  subject: {
    stage: (o) => `Votre commande ${o} avance`,
    delay: (o) => `Votre commande ${o} a du retard`,
    shipped: (o) => `Votre commande ${o} est en route`,
    delivered: (o) => `Votre commande ${o} est arrivée`,
  },
  stage: (o, s) => `Bonne nouvelle : votre commande ${o} est maintenant à l’étape « ${s} ».`,
  delay: (o, d) =>
    d
      ? `Nous sommes désolés : votre commande ${o} prend plus de temps que prévu. Nous comptons maintenant l’expédier d’ici le ${d}.`
      : `Nous sommes désolés : votre commande ${o} prend plus de temps que prévu. Nous vous écrirons dès que nous aurons une nouvelle date.`,
  shipped: (o, c, t) =>
    `Votre commande ${o} est en route !${c && t ? ` Numéro de suivi ${c} : ${t}.` : t ? ` Numéro de suivi : ${t}.` : ''}`,
  delivered: (o) =>
    `Votre commande ${o} a été livrée. Nous espérons qu’elle vous plaira ! Si quelque chose ne va pas, répondez simplement à cet e-mail.`,
  stageNames: {
    received: 'reçue',
    design: 'conception',
    making: 'fabrication',
    finishing: 'finitions',
    quality_check: 'contrôle qualité',
    ready_to_ship: 'prête à partir',
  },
};

const de: MailTexts = {
  choices: 'Du kannst mit einer dieser Möglichkeiten antworten (die Nummer genügt):',
  attachmentTooLarge:
    'Ein Anhang war zu groß, um ihn zu öffnen. Fotos bis 10 MB klappen am besten.',
  attachmentNotPhoto:
    'Wir können nur Fotos ansehen (JPEG, PNG oder WebP), deshalb haben wir einen Anhang beiseitegelassen.',
  optOut: 'Du möchtest diese Nachrichten nicht mehr bekommen? Hier abbestellen: {url}',
  hello: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
  subject: {
    stage: (o) => `Neues zu deiner Bestellung ${o}`,
    delay: (o) => `Deine Bestellung ${o} verzögert sich`,
    shipped: (o) => `Deine Bestellung ${o} ist unterwegs`,
    delivered: (o) => `Deine Bestellung ${o} ist angekommen`,
  },
  stage: (o, s) => `Gute Nachrichten: Deine Bestellung ${o} ist jetzt im Schritt „${s}“.`,
  delay: (o, d) =>
    d
      ? `Es tut uns leid: Deine Bestellung ${o} dauert länger als versprochen. Wir rechnen jetzt damit, sie bis ${d} zu verschicken.`
      : `Es tut uns leid: Deine Bestellung ${o} dauert länger als versprochen. Wir melden uns, sobald wir ein neues Datum haben.`,
  shipped: (o, c, t) =>
    `Deine Bestellung ${o} ist unterwegs!${c && t ? ` Sendungsnummer bei ${c}: ${t}.` : t ? ` Sendungsnummer: ${t}.` : ''}`,
  delivered: (o) =>
    `Deine Bestellung ${o} wurde zugestellt. Wir hoffen, sie gefällt dir! Falls etwas nicht stimmt, antworte einfach auf diese E-Mail.`,
  stageNames: {
    received: 'eingegangen',
    design: 'Entwurf',
    making: 'Herstellung',
    finishing: 'Feinschliff',
    quality_check: 'Qualitätskontrolle',
    ready_to_ship: 'versandbereit',
  },
};

const it: MailTexts = {
  choices: 'Puoi rispondere con una di queste opzioni (basta il numero):',
  attachmentTooLarge:
    'Uno degli allegati era troppo grande per aprirlo. Le foto fino a 10 MB vanno benissimo.',
  attachmentNotPhoto:
    'Possiamo guardare solo foto (JPEG, PNG o WebP), quindi abbiamo messo da parte un allegato.',
  optOut: 'Preferisci non ricevere questi aggiornamenti? Disattivali qui: {url}',
  hello: (name) => (name ? `Ciao ${name},` : 'Ciao,'),
  subject: {
    stage: (o) => `Il tuo ordine ${o} va avanti`,
    delay: (o) => `Il tuo ordine ${o} è in ritardo`,
    shipped: (o) => `Il tuo ordine ${o} è in viaggio`,
    delivered: (o) => `Il tuo ordine ${o} è arrivato`,
  },
  stage: (o, s) => `Buone notizie: il tuo ordine ${o} ora è nella fase «${s}».`,
  delay: (o, d) =>
    d
      ? `Ci dispiace: il tuo ordine ${o} sta richiedendo più tempo del previsto. Ora contiamo di spedirlo entro ${d}.`
      : `Ci dispiace: il tuo ordine ${o} sta richiedendo più tempo del previsto. Ti scriveremo appena avremo una nuova data.`,
  shipped: (o, c, t) =>
    `Il tuo ordine ${o} è in viaggio!${c && t ? ` Numero di tracciamento ${c}: ${t}.` : t ? ` Numero di tracciamento: ${t}.` : ''}`,
  delivered: (o) =>
    `Il tuo ordine ${o} è stato consegnato. Speriamo che ti piaccia! Se qualcosa non va, rispondi pure a questa e-mail.`,
  stageNames: {
    received: 'ricevuto',
    design: 'progettazione',
    making: 'lavorazione',
    finishing: 'rifinitura',
    quality_check: 'controllo qualità',
    ready_to_ship: 'pronto per la spedizione',
  },
};

const pt: MailTexts = {
  choices: 'Pode responder com uma destas opções (basta o número):',
  attachmentTooLarge:
    'Um dos anexos era grande demais para o abrirmos. Fotos até 10 MB funcionam melhor.',
  attachmentNotPhoto:
    'Só conseguimos ver fotos (JPEG, PNG ou WebP), por isso deixámos um anexo de lado.',
  optOut: 'Prefere não receber estas novidades? Desative-as aqui: {url}',
  hello: (name) => (name ? `Olá, ${name}!` : 'Olá!'),
  subject: {
    stage: (o) => `A sua encomenda ${o} avançou`,
    delay: (o) => `A sua encomenda ${o} está atrasada`,
    shipped: (o) => `A sua encomenda ${o} já vai a caminho`,
    delivered: (o) => `A sua encomenda ${o} chegou`,
  },
  stage: (o, s) => `Boas notícias: a sua encomenda ${o} está agora na fase «${s}».`,
  delay: (o, d) =>
    d
      ? `Lamentamos: a sua encomenda ${o} está a demorar mais do que prometemos. Contamos agora enviá-la até ${d}.`
      : `Lamentamos: a sua encomenda ${o} está a demorar mais do que prometemos. Voltamos a escrever assim que tivermos uma nova data.`,
  shipped: (o, c, t) =>
    `A sua encomenda ${o} já vai a caminho!${c && t ? ` Número de seguimento ${c}: ${t}.` : t ? ` Número de seguimento: ${t}.` : ''}`,
  delivered: (o) =>
    `A sua encomenda ${o} foi entregue. Esperamos que goste! Se algo não estiver bem, basta responder a este e-mail.`,
  stageNames: {
    received: 'recebida',
    design: 'design',
    making: 'produção',
    finishing: 'acabamento',
    quality_check: 'controlo de qualidade',
    ready_to_ship: 'pronta a enviar',
  },
};

export const mailTexts: Record<Language, MailTexts> = { en, es, fr, de, it, pt };
