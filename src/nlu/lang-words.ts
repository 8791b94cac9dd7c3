import type { Language } from '../domain/index.js';

/**
 * Everyday words of each language (function words, greetings, shop words). They seed the
 * language identifier besides our corpus, so that one- and two-word messages are told apart.
 */
export const languageSeedText: Record<Language, string> = {
  en: `the and you your my me i we it is are was were be been have has had do does did not no yes please thanks thank hello hi hey
    what when where why how who which can could would should will shall may might must this that these those there here
    with without for from into onto about after before until since of to at on in by up down out over again still just
    order package parcel delivery shipping refund return cancel change address item gift necklace ring mug portrait
    bye goodbye cheers great ok okay sorry help need want like love got get sent received arrived broken wrong missing
    tomorrow today yesterday week month day morning evening friday monday birthday christmas wedding money back`,
  es: `el la los las un una unos unas y o pero que qué de del al en con sin por para como cómo cuándo dónde donde cuando
    mi mis tu tus su sus yo tú usted nosotros es son está están estoy fue era ser estar tengo tiene hay muy más menos
    sí no gracias hola buenos días buenas tardes noches adiós favor por favor quiero necesito puedo puede podría
    pedido paquete envío envio devolución devolucion reembolso cancelar cambiar dirección direccion collar anillo taza
    retrato regalo llegó llego roto mal equivocado falta ayuda dinero mañana hoy ayer semana mes cumpleaños boda
    todavía todavia ya aún también hasta desde porque pues vale genial perfecto`,
  fr: `le la les un une des et ou mais que qui quoi de du au aux en avec sans pour par comme comment quand où dans sur
    mon ma mes ton ta tes son sa ses je tu il elle nous vous ils elles est sont suis était être avoir ai as a avons avez
    oui non merci bonjour bonsoir salut au revoir s'il vous plaît svp veux voudrais besoin peux pouvez pourriez
    commande colis livraison retour remboursement annuler changer modifier adresse collier bague tasse portrait cadeau
    arrivé cassé mauvais manque aide argent demain aujourd'hui hier semaine mois anniversaire mariage
    toujours encore déjà aussi jusqu'à depuis parce que alors d'accord génial parfait très beaucoup`,
  de: `der die das ein eine einen dem den und oder aber dass was wer wie wann wo warum mit ohne für von zu zum zur bei
    auf in im an am aus nach vor bis seit ich du er sie es wir ihr mein meine meinen dein sein ist sind bin war waren
    haben habe hat hatte nicht kein keine ja nein danke bitte hallo guten tag morgen abend tschüss auf wiedersehen
    möchte will brauche kann können könnten würde bestellung paket lieferung versand rücksendung rückerstattung
    stornieren ändern adresse kette ring tasse porträt geschenk angekommen kaputt falsch fehlt hilfe geld heute gestern
    woche monat geburtstag hochzeit noch schon auch immer sehr viel super toll genau`,
  it: `il lo la i gli le un uno una e o ma che chi cosa di del della al alla in con senza per come quando dove perché
    mio mia miei mie tuo tua suo sua io tu lui lei noi voi loro è sono sei era essere avere ho hai ha abbiamo avete
    sì no grazie ciao buongiorno buonasera arrivederci per favore vorrei voglio ho bisogno posso può potrebbe
    ordine pacco consegna spedizione reso rimborso annullare cambiare indirizzo collana anello tazza ritratto regalo
    arrivato rotto sbagliato manca aiuto soldi domani oggi ieri settimana mese compleanno matrimonio
    ancora già anche fino da perché allora va bene perfetto molto tanto`,
  pt: `o a os as um uma uns umas e ou mas que quem quando onde porque como de do da dos das no na nos nas em com sem por
    para meu minha meus minhas seu sua eu você vocês nós ele ela é são está estão estou foi era ser estar tenho tem há
    sim não obrigado obrigada olá oi bom dia boa tarde noite tchau adeus por favor quero preciso posso pode poderia
    encomenda pedido pacote entrega envio devolução reembolso cancelar mudar alterar endereço colar anel caneca
    retrato presente chegou partido quebrado errado falta ajuda dinheiro amanhã hoje ontem semana mês aniversário
    casamento ainda já também até desde então beleza ótimo perfeito muito`,
};

/**
 * Chat shorthand and everyday words that give a language away in one or two words ("vlw",
 * "obg", "bcp", "cmq", "gibts"). The identifier adds a bonus per word found; a word listed under
 * several languages (Spanish and Portuguese "q", "pq") only rules the others out.
 */
export const languageMarkers: Record<Language, string> = {
  en: `thx thanx tks pls plz u ur r im ive id dont cant wont didnt doesnt isnt wasnt gonna wanna gotta btw asap idk imo ty yeah yup nope hiya hey thanks okie kinda`,
  es: `q xq pq porq tmb tb tbn porfa porfis porfi xfa grax gracis grcs bn salu2 ntp aki dnd toy stoy vdd weno wey güey neta chido guay tio jaja jajaja jeje envian envían mandan ustedes vosotros llegó cuánto cuanto hola buenas gracias pedido vale`,
  fr: `bcp stp svp slt cc mdr ptdr jsp jpp dsl pk qd qqch qqn tjrs tkt bjr bsr vs ds jvais chui ouais ouai nan ben bah wesh mrc dac oui merci bonjour colis salut`,
  de: `dir dich nich nix jo jup nö nee hab habs gibts isses moin servus tschö tschüss lg vg mfg bzw usw kannst bitte danke dankeschön grüße vllt evtl ne hallo paket bestellung`,
  it: `cmq nn xké xke xche perché grz tvb qlc qlcs nulla allora boh mah vabbè vabbe raga ragazzi spedite spedizione ciao grazie prego salve buongiorno ordine pacco`,
  pt: `vlw obg obgd obgda blz pfv pfvr tmj vc vcs cê q pq qnd qdo cmg ngm nd td tds mt mto msm tá tô pro pra cadê né beleza valeu oi olá frete brasil vocês obrigado obrigada encomenda pedido sim não`,
};

/** Words every language's customers use ("ok", "lol", "xd"): no evidence for any language, so the hint decides. */
export const internationalWords = `ok okay okey okk k kk thx lol xd xdd haha hahaha hehe hmm mmm ah oh eh uh wow super top cool yes no si sí ja`;
