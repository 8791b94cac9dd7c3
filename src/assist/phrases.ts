import type { Language } from '../domain/order.js';

/** Parameters the reply phrases take; all already formatted for the customer's language. */
export type PhraseParams = {
  name?: string | undefined;
  rep?: string | undefined;
  shop: string;
  order?: string | undefined;
  stage?: string | undefined;
  window?: string | undefined;
  carrier?: string | undefined;
  tracking?: string | undefined;
  amount?: string | undefined;
  formal: boolean;
};

export type PhraseId =
  | 'intro'
  | 'status'
  | 'statusDelayed'
  | 'shipped'
  | 'delivered'
  | 'qualityApology'
  | 'changeRefused'
  | 'changeConfirm'
  | 'refundPending'
  | 'refundApproved'
  | 'refundDeclined'
  | 'takenOver'
  | 'handedBack'
  | 'exceptionApproved'
  | 'exceptionDeclined'
  | 'closing';

type Phrases = Record<PhraseId, (p: PhraseParams) => string>;

const hi = (word: string, name?: string) => (name ? `${word} ${name},` : `${word},`);

// Written natively per language; formal/informal where the language makes the difference.
const en: Phrases = {
  exceptionApproved: () =>
    `Good news: a colleague has approved your request as an exception. We'll follow up here with the next steps.`,
  exceptionDeclined: () =>
    `A colleague has looked carefully at your request and can't make an exception this time. We'll follow up here with what we can do.`,
  intro: (p) =>
    `${hi('Hi', p.name)} I'm ${p.rep ?? 'here'} from ${p.shop}. I've read everything you've sent, so you won't need to repeat anything.`,
  status: (p) =>
    `Thank you for your patience! Your order **${p.order}** is handmade and is now at the **${p.stage}** stage. We expect it to ship between **${p.window}**.`,
  statusDelayed: (p) =>
    `I'm sorry your order **${p.order}** is taking longer than planned. It's at the **${p.stage}** stage, and the new estimate is to ship between **${p.window}**.`,
  shipped: (p) =>
    `Good news: your order **${p.order}** is on its way${p.carrier ? ` with **${p.carrier}**` : ''}.${p.tracking ? ` You can follow it here: ${p.tracking}` : " The tracking details aren't available yet."}`,
  delivered: (p) =>
    `Our records show your order **${p.order}** as delivered. If anything isn't right with it, tell me and I'll sort it out.`,
  qualityApology: () =>
    `I'm so sorry it arrived like this. Could you send a photo of the piece here in the chat? Then I can offer you a **free rush remake** or a **refund** straight away.`,
  changeRefused: (p) =>
    `Each piece is one-of-a-kind, and yours is already in production (**${p.stage}**), so the details can't be changed any more. I can add a note for the maker or help you with a new order.`,
  changeConfirm: () =>
    `To be sure I have it right, here are the final details in bold above. Shall I confirm them for the maker?`,
  refundPending: (p) =>
    `Your refund of **${p.amount}** is with a colleague for approval. You'll hear from us within **one business day**.`,
  refundApproved: (p) =>
    `Good news: your refund of **${p.amount}** has been approved. It usually shows on your statement within **5–10 business days**.`,
  refundDeclined: (p) =>
    `A colleague has reviewed your refund request of **${p.amount}** and can't approve it as asked. We'll get back to you here with what we can do instead.`,
  takenOver: (p) => `${p.rep ?? 'A member of our team'} from ${p.shop} has joined the chat.`,
  handedBack: (p) =>
    `${p.rep ?? 'Our colleague'} has handed the chat back to the ${p.shop} assistant. Keep writing here any time; if you'd like a person again, just say so.`,
  closing: () => `Is there anything else I can help you with?`,
};

const es: Phrases = {
  exceptionApproved: (p) =>
    `¡Buenas noticias! Un compañero ha aprobado ${p.formal ? 'su' : 'tu'} solicitud como excepción. ${p.formal ? 'Le' : 'Te'} escribiremos aquí con los siguientes pasos.`,
  exceptionDeclined: (p) =>
    `Un compañero ha revisado con atención ${p.formal ? 'su' : 'tu'} solicitud y esta vez no puede hacer una excepción. ${p.formal ? 'Le' : 'Te'} escribiremos aquí con lo que sí podemos hacer.`,
  intro: (p) =>
    `${hi('Hola', p.name)} soy ${p.rep ?? 'del equipo'} de ${p.shop}. He leído todo lo que ${p.formal ? 'nos ha enviado, así que no tendrá' : 'nos has enviado, así que no tendrás'} que repetir nada.`,
  status: (p) =>
    `¡Gracias por ${p.formal ? 'su' : 'tu'} paciencia! ${p.formal ? 'Su' : 'Tu'} pedido **${p.order}** está hecho a mano y ahora está en la fase **${p.stage}**. Calculamos que saldrá entre **${p.window}**.`,
  statusDelayed: (p) =>
    `Siento que ${p.formal ? 'su' : 'tu'} pedido **${p.order}** esté tardando más de lo previsto. Está en la fase **${p.stage}** y la nueva previsión de envío es entre **${p.window}**.`,
  shipped: (p) =>
    `¡Buenas noticias! ${p.formal ? 'Su' : 'Tu'} pedido **${p.order}** ya está en camino${p.carrier ? ` con **${p.carrier}**` : ''}.${p.tracking ? ` ${p.formal ? 'Puede' : 'Puedes'} seguirlo aquí: ${p.tracking}` : ' Aún no tenemos los datos de seguimiento.'}`,
  delivered: (p) =>
    `Según nuestros datos, ${p.formal ? 'su' : 'tu'} pedido **${p.order}** ya se entregó. Si algo no está bien, ${p.formal ? 'dígamelo' : 'dímelo'} y lo solucionamos.`,
  qualityApology: (p) =>
    `Lo siento mucho. ¿${p.formal ? 'Podría enviarnos' : 'Podrías enviarnos'} una foto de la pieza por este chat? Así ${p.formal ? 'le' : 'te'} ofrezco enseguida una **nueva pieza urgente sin coste** o un **reembolso**.`,
  changeRefused: (p) =>
    `Cada pieza es única y la ${p.formal ? 'suya' : 'tuya'} ya está en producción (**${p.stage}**), así que ya no podemos cambiar los detalles. Puedo dejar una nota al artesano o ${p.formal ? 'ayudarle' : 'ayudarte'} con un pedido nuevo.`,
  changeConfirm: (p) =>
    `Para asegurarme, arriba ${p.formal ? 'tiene' : 'tienes'} los detalles finales en negrita. ¿Los confirmo para el artesano?`,
  refundPending: (p) =>
    `${p.formal ? 'Su' : 'Tu'} reembolso de **${p.amount}** está pendiente de aprobación por un compañero. ${p.formal ? 'Tendrá' : 'Tendrás'} noticias nuestras en **un día laborable**.`,
  refundApproved: (p) =>
    `¡Buenas noticias! Hemos aprobado ${p.formal ? 'su' : 'tu'} reembolso de **${p.amount}**. Normalmente aparece en ${p.formal ? 'su' : 'tu'} cuenta en **5–10 días laborables**.`,
  refundDeclined: (p) =>
    `Un compañero ha revisado ${p.formal ? 'su' : 'tu'} solicitud de reembolso de **${p.amount}** y no puede aprobarla tal como está. ${p.formal ? 'Le' : 'Te'} escribiremos aquí con lo que sí podemos hacer.`,
  takenOver: (p) =>
    `${p.rep ?? 'Una persona de nuestro equipo'}, de ${p.shop}, se ha unido al chat.`,
  handedBack: (p) =>
    `${p.rep ?? 'Nuestro equipo'} ha devuelto el chat al asistente de ${p.shop}. ${p.formal ? 'Puede' : 'Puedes'} seguir escribiendo aquí; si ${p.formal ? 'quiere' : 'quieres'} volver a hablar con una persona, solo ${p.formal ? 'tiene' : 'tienes'} que decirlo.`,
  closing: (p) => `¿${p.formal ? 'Puedo ayudarle' : 'Puedo ayudarte'} en algo más?`,
};

const fr: Phrases = {
  exceptionApproved: (p) =>
    `Bonne nouvelle : un collègue a accepté ${p.formal ? 'votre' : 'ta'} demande à titre exceptionnel. Nous ${p.formal ? 'vous' : 'te'} donnerons la suite ici.`,
  exceptionDeclined: (p) =>
    `Un collègue a examiné ${p.formal ? 'votre' : 'ta'} demande avec attention et ne peut pas faire d'exception cette fois. Nous ${p.formal ? 'vous' : 'te'} dirons ici ce que nous pouvons faire.`,
  intro: (p) =>
    `${hi('Bonjour', p.name)} je suis ${p.rep ?? "de l'équipe"} de ${p.shop}. J'ai lu tout ce que ${p.formal ? "vous avez envoyé, vous n'aurez" : "tu as envoyé, tu n'auras"} rien à répéter.`,
  status: (p) =>
    `Merci pour ${p.formal ? 'votre' : 'ta'} patience ! ${p.formal ? 'Votre' : 'Ta'} commande **${p.order}** est faite à la main et en est à l'étape **${p.stage}**. Nous prévoyons l'expédition entre **${p.window}**.`,
  statusDelayed: (p) =>
    `Je suis désolé·e que ${p.formal ? 'votre' : 'ta'} commande **${p.order}** prenne plus de temps que prévu. Elle en est à l'étape **${p.stage}** ; la nouvelle estimation d'expédition est entre **${p.window}**.`,
  shipped: (p) =>
    `Bonne nouvelle : ${p.formal ? 'votre' : 'ta'} commande **${p.order}** est en route${p.carrier ? ` avec **${p.carrier}**` : ''}.${p.tracking ? ` Suivi ici : ${p.tracking}` : " Le suivi n'est pas encore disponible."}`,
  delivered: (p) =>
    `D'après nos données, ${p.formal ? 'votre' : 'ta'} commande **${p.order}** a été livrée. Si quelque chose ne va pas, ${p.formal ? 'dites-le-moi' : 'dis-le-moi'} et je m'en occupe.`,
  qualityApology: (p) =>
    `Je suis vraiment désolé·e. ${p.formal ? 'Pouvez-vous' : 'Peux-tu'} envoyer une photo de la pièce dans ce chat ? Je ${p.formal ? 'vous' : 'te'} proposerai tout de suite une **nouvelle fabrication express offerte** ou un **remboursement**.`,
  changeRefused: (p) =>
    `Chaque pièce est unique et la ${p.formal ? 'vôtre' : 'tienne'} est déjà en fabrication (**${p.stage}**) : les détails ne peuvent plus être modifiés. Je peux laisser une note à l'artisan ou ${p.formal ? 'vous aider' : "t'aider"} pour une nouvelle commande.`,
  changeConfirm: (p) =>
    `Pour être sûr·e, ${p.formal ? 'vous trouverez' : 'tu trouveras'} les détails définitifs en gras ci-dessus. Je les confirme à l'artisan ?`,
  refundPending: (p) =>
    `${p.formal ? 'Votre' : 'Ton'} remboursement de **${p.amount}** attend la validation d'un collègue. ${p.formal ? 'Vous aurez' : 'Tu auras'} de nos nouvelles sous **un jour ouvré**.`,
  refundApproved: (p) =>
    `Bonne nouvelle : ${p.formal ? 'votre' : 'ton'} remboursement de **${p.amount}** a été approuvé. Il apparaît en général sous **5 à 10 jours ouvrés**.`,
  refundDeclined: (p) =>
    `Un collègue a examiné ${p.formal ? 'votre' : 'ta'} demande de remboursement de **${p.amount}** et ne peut pas l'approuver telle quelle. Nous ${p.formal ? 'vous' : 'te'} répondrons ici avec ce que nous pouvons faire.`,
  takenOver: (p) =>
    `${p.rep ?? "Une personne de l'équipe"} de ${p.shop} a rejoint la conversation.`,
  handedBack: (p) =>
    `${p.rep ?? 'Notre équipe'} a repassé la conversation à l'assistant de ${p.shop}. ${p.formal ? 'Vous pouvez' : 'Tu peux'} continuer à écrire ici ; si ${p.formal ? 'vous souhaitez' : 'tu souhaites'} reparler à une personne, il suffit de le dire.`,
  closing: (p) => `${p.formal ? 'Puis-je vous aider' : "Je peux t'aider"} pour autre chose ?`,
};

const de: Phrases = {
  exceptionApproved: (p) =>
    `Gute Nachricht: Eine Kollegin hat ${p.formal ? 'Ihre' : 'deine'} Anfrage ausnahmsweise genehmigt. Wir melden uns hier mit den nächsten Schritten.`,
  exceptionDeclined: (p) =>
    `Eine Kollegin hat ${p.formal ? 'Ihre' : 'deine'} Anfrage sorgfältig geprüft und kann diesmal keine Ausnahme machen. Wir melden uns hier mit dem, was möglich ist.`,
  intro: (p) =>
    `${hi('Hallo', p.name)} ich bin ${p.rep ?? 'aus dem Team'} von ${p.shop}. Ich habe alles gelesen, was ${p.formal ? 'Sie uns geschickt haben – Sie müssen' : 'du uns geschickt hast – du musst'} nichts wiederholen.`,
  status: (p) =>
    `Danke für ${p.formal ? 'Ihre' : 'deine'} Geduld! ${p.formal ? 'Ihre' : 'Deine'} Bestellung **${p.order}** wird von Hand gefertigt und ist gerade im Schritt **${p.stage}**. Wir rechnen mit dem Versand zwischen **${p.window}**.`,
  statusDelayed: (p) =>
    `Es tut mir leid, dass ${p.formal ? 'Ihre' : 'deine'} Bestellung **${p.order}** länger dauert als geplant. Sie ist im Schritt **${p.stage}**; der neue voraussichtliche Versand ist zwischen **${p.window}**.`,
  shipped: (p) =>
    `Gute Nachricht: ${p.formal ? 'Ihre' : 'Deine'} Bestellung **${p.order}** ist unterwegs${p.carrier ? ` mit **${p.carrier}**` : ''}.${p.tracking ? ` Sendungsverfolgung: ${p.tracking}` : ' Die Sendungsdaten liegen noch nicht vor.'}`,
  delivered: (p) =>
    `Laut unseren Daten wurde ${p.formal ? 'Ihre' : 'deine'} Bestellung **${p.order}** zugestellt. Wenn etwas nicht stimmt, ${p.formal ? 'sagen Sie' : 'sag'} mir Bescheid.`,
  qualityApology: (p) =>
    `Das tut mir sehr leid. ${p.formal ? 'Können Sie' : 'Kannst du'} hier im Chat ein Foto des Stücks schicken? Dann biete ich ${p.formal ? 'Ihnen' : 'dir'} sofort eine **kostenlose Express-Neuanfertigung** oder eine **Erstattung** an.`,
  changeRefused: (p) =>
    `Jedes Stück ist ein Unikat, und ${p.formal ? 'Ihres' : 'deins'} ist schon in Arbeit (**${p.stage}**), deshalb lassen sich die Details nicht mehr ändern. Ich kann eine Notiz für die Werkstatt hinterlegen oder bei einer neuen Bestellung helfen.`,
  changeConfirm: (p) =>
    `Damit alles stimmt: Oben ${p.formal ? 'sehen Sie' : 'siehst du'} die endgültigen Details fett gedruckt. Soll ich sie so an die Werkstatt geben?`,
  refundPending: (p) =>
    `${p.formal ? 'Ihre' : 'Deine'} Erstattung über **${p.amount}** liegt einer Kollegin zur Freigabe vor. ${p.formal ? 'Sie hören' : 'Du hörst'} innerhalb von **einem Werktag** von uns.`,
  refundApproved: (p) =>
    `Gute Nachricht: ${p.formal ? 'Ihre' : 'Deine'} Erstattung über **${p.amount}** ist freigegeben. Sie erscheint meist innerhalb von **5–10 Werktagen** auf dem Konto.`,
  refundDeclined: (p) =>
    `Eine Kollegin hat ${p.formal ? 'Ihren' : 'deinen'} Erstattungswunsch über **${p.amount}** geprüft und kann ihn so nicht freigeben. Wir melden uns hier mit dem, was wir stattdessen tun können.`,
  takenOver: (p) => `${p.rep ?? 'Jemand aus unserem Team'} von ${p.shop} ist jetzt im Chat.`,
  handedBack: (p) =>
    `${p.rep ?? 'Unser Team'} hat den Chat wieder an den Assistenten von ${p.shop} übergeben. ${p.formal ? 'Schreiben Sie' : 'Schreib'} gern weiter hier; wenn ${p.formal ? 'Sie wieder mit einem Menschen sprechen möchten, sagen Sie' : 'du wieder mit einem Menschen sprechen möchtest, sag'} einfach Bescheid.`,
  closing: (p) => `Kann ich ${p.formal ? 'Ihnen' : 'dir'} sonst noch helfen?`,
};

const it: Phrases = {
  exceptionApproved: (p) =>
    `Buone notizie: un collega ha approvato la ${p.formal ? 'Sua' : 'tua'} richiesta come eccezione. ${p.formal ? 'Le' : 'Ti'} scriveremo qui i prossimi passi.`,
  exceptionDeclined: (p) =>
    `Un collega ha esaminato con attenzione la ${p.formal ? 'Sua' : 'tua'} richiesta e questa volta non può fare un'eccezione. ${p.formal ? 'Le' : 'Ti'} scriveremo qui cosa possiamo fare.`,
  intro: (p) =>
    `${hi('Ciao', p.name)} sono ${p.rep ?? 'del team'} di ${p.shop}. Ho letto tutto quello che ${p.formal ? 'ci ha inviato, non dovrà' : 'ci hai inviato, non dovrai'} ripetere nulla.`,
  status: (p) =>
    `Grazie per la ${p.formal ? 'Sua' : 'tua'} pazienza! Il ${p.formal ? 'Suo' : 'tuo'} ordine **${p.order}** è fatto a mano ed è ora nella fase **${p.stage}**. Prevediamo la spedizione tra **${p.window}**.`,
  statusDelayed: (p) =>
    `Mi dispiace che il ${p.formal ? 'Suo' : 'tuo'} ordine **${p.order}** stia richiedendo più tempo del previsto. È nella fase **${p.stage}** e la nuova stima di spedizione è tra **${p.window}**.`,
  shipped: (p) =>
    `Buone notizie: il ${p.formal ? 'Suo' : 'tuo'} ordine **${p.order}** è in viaggio${p.carrier ? ` con **${p.carrier}**` : ''}.${p.tracking ? ` Tracciamento: ${p.tracking}` : ' I dati di tracciamento non sono ancora disponibili.'}`,
  delivered: (p) =>
    `Dai nostri dati il ${p.formal ? 'Suo' : 'tuo'} ordine **${p.order}** risulta consegnato. Se qualcosa non va, ${p.formal ? 'me lo dica' : 'dimmelo'} e ci penso io.`,
  qualityApology: (p) =>
    `Mi dispiace davvero. ${p.formal ? 'Può' : 'Puoi'} inviare una foto del pezzo qui in chat? Così ${p.formal ? 'Le' : 'ti'} propongo subito un **rifacimento urgente gratuito** o un **rimborso**.`,
  changeRefused: (p) =>
    `Ogni pezzo è unico e il ${p.formal ? 'Suo' : 'tuo'} è già in lavorazione (**${p.stage}**), quindi i dettagli non si possono più cambiare. Posso lasciare una nota all'artigiano o ${p.formal ? 'aiutarLa' : 'aiutarti'} con un nuovo ordine.`,
  changeConfirm: (p) =>
    `Per sicurezza, qui sopra ${p.formal ? 'trova' : 'trovi'} i dettagli finali in grassetto. Li confermo all'artigiano?`,
  refundPending: (p) =>
    `Il ${p.formal ? 'Suo' : 'tuo'} rimborso di **${p.amount}** è in attesa di approvazione da parte di un collega. ${p.formal ? 'Avrà' : 'Avrai'} nostre notizie entro **un giorno lavorativo**.`,
  refundApproved: (p) =>
    `Buone notizie: il ${p.formal ? 'Suo' : 'tuo'} rimborso di **${p.amount}** è stato approvato. Di solito compare sul conto entro **5–10 giorni lavorativi**.`,
  refundDeclined: (p) =>
    `Un collega ha esaminato la ${p.formal ? 'Sua' : 'tua'} richiesta di rimborso di **${p.amount}** e non può approvarla così com'è. ${p.formal ? 'Le' : 'Ti'} scriveremo qui con ciò che possiamo fare.`,
  takenOver: (p) => `Adesso in chat c'è ${p.rep ?? 'una persona del nostro team'} di ${p.shop}.`,
  handedBack: (p) =>
    `${p.rep ?? 'Il nostro team'} ha riaffidato la chat all'assistente di ${p.shop}. ${p.formal ? 'Può' : 'Puoi'} continuare a scrivere qui; se ${p.formal ? 'desidera' : 'vuoi'} parlare di nuovo con una persona, basta dirlo.`,
  closing: (p) => `${p.formal ? 'Posso aiutarLa' : 'Posso aiutarti'} in altro?`,
};

const pt: Phrases = {
  exceptionApproved: (p) =>
    `Boas notícias: um colega aprovou o ${p.formal ? 'seu' : 'teu'} pedido como exceção. Vamos escrever-${p.formal ? 'lhe' : 'te'} aqui com os próximos passos.`,
  exceptionDeclined: (p) =>
    `Um colega analisou com atenção o ${p.formal ? 'seu' : 'teu'} pedido e desta vez não pode abrir uma exceção. Vamos escrever-${p.formal ? 'lhe' : 'te'} aqui com o que podemos fazer.`,
  intro: (p) =>
    `${hi('Olá', p.name)} sou ${p.rep ?? 'da equipa'} da ${p.shop}. Li tudo o que ${p.formal ? 'nos enviou, por isso não vai precisar' : 'nos enviaste, por isso não vais precisar'} de repetir nada.`,
  status: (p) =>
    `Obrigado pela ${p.formal ? 'sua' : 'tua'} paciência! A ${p.formal ? 'sua' : 'tua'} encomenda **${p.order}** é feita à mão e está agora na fase **${p.stage}**. Prevemos o envio entre **${p.window}**.`,
  statusDelayed: (p) =>
    `Lamento que a ${p.formal ? 'sua' : 'tua'} encomenda **${p.order}** esteja a demorar mais do que o previsto. Está na fase **${p.stage}** e a nova previsão de envio é entre **${p.window}**.`,
  shipped: (p) =>
    `Boas notícias: a ${p.formal ? 'sua' : 'tua'} encomenda **${p.order}** já está a caminho${p.carrier ? ` com a **${p.carrier}**` : ''}.${p.tracking ? ` Seguimento: ${p.tracking}` : ' Os dados de seguimento ainda não estão disponíveis.'}`,
  delivered: (p) =>
    `Segundo os nossos dados, a ${p.formal ? 'sua' : 'tua'} encomenda **${p.order}** foi entregue. Se algo não estiver bem, ${p.formal ? 'diga-me' : 'diz-me'} e eu trato disso.`,
  qualityApology: (p) =>
    `Lamento muito. ${p.formal ? 'Pode' : 'Podes'} enviar uma foto da peça aqui no chat? Assim ${p.formal ? 'ofereço-lhe' : 'ofereço-te'} logo uma **nova peça urgente sem custos** ou um **reembolso**.`,
  changeRefused: (p) =>
    `Cada peça é única e a ${p.formal ? 'sua' : 'tua'} já está em produção (**${p.stage}**), por isso os detalhes já não podem ser alterados. Posso deixar uma nota ao artesão ou ${p.formal ? 'ajudá-lo' : 'ajudar-te'} com uma nova encomenda.`,
  changeConfirm: (p) =>
    `Para ter a certeza, ${p.formal ? 'tem' : 'tens'} acima os detalhes finais a negrito. Confirmo-os ao artesão?`,
  refundPending: (p) =>
    `O ${p.formal ? 'seu' : 'teu'} reembolso de **${p.amount}** aguarda a aprovação de um colega. ${p.formal ? 'Terá' : 'Terás'} notícias nossas dentro de **um dia útil**.`,
  refundApproved: (p) =>
    `Boas notícias: o ${p.formal ? 'seu' : 'teu'} reembolso de **${p.amount}** foi aprovado. Costuma aparecer na conta em **5 a 10 dias úteis**.`,
  refundDeclined: (p) =>
    `Um colega analisou o ${p.formal ? 'seu' : 'teu'} pedido de reembolso de **${p.amount}** e não o pode aprovar tal como está. Vamos responder-${p.formal ? 'lhe' : 'te'} aqui com o que podemos fazer.`,
  takenOver: (p) => `${p.rep ?? 'Uma pessoa da nossa equipa'} da ${p.shop} juntou-se à conversa.`,
  handedBack: (p) =>
    `${p.rep ?? 'A nossa equipa'} devolveu a conversa ao assistente da ${p.shop}. ${p.formal ? 'Pode' : 'Podes'} continuar a escrever aqui; se ${p.formal ? 'quiser' : 'quiseres'} voltar a falar com uma pessoa, é só dizer.`,
  closing: (p) => `${p.formal ? 'Posso ajudá-lo' : 'Posso ajudar-te'} em mais alguma coisa?`,
};

const catalogue: Record<Language, Phrases> = { en, es, fr, de, it, pt };

/** One phrase in one language, with the shop's voice already applied to formality. */
export function phrase(id: PhraseId, lang: Language, params: PhraseParams): string {
  return catalogue[lang][id](params);
}
