import type { Catalogue } from './en.js';

/** Italiano (del tu, caldo e semplice, come in una bottega artigiana). */
export const it: Catalogue = {
  'greeting.default': 'Ciao! Sono {assistant} di {shop}.',
  'greeting.intro': 'Sono {assistant}, l’assistente di {shop}.',
  'greeting.offer':
    'Posso controllare a che punto è il tuo ordine, aiutarti a modificare un dettaglio personalizzato, sistemare ciò che è arrivato sbagliato o rispondere a domande sul negozio. Cosa posso fare per te?',
  'menu.prompt': 'Come posso aiutarti?',

  'input.empty': 'Il messaggio sembra vuoto.',
  'input.emoji_only':
    'Grazie! Però so leggere solo le parole. Mi dici in una frase di cosa hai bisogno?',
  'input.stale_choice':
    'Quel pulsante era di una domanda precedente, quindi lo lascio stare. Ecco dove siamo:',
  'input.not_understood': 'Scusa, non ho capito bene.',
  'input.unasked_yesno':
    'Non sono sicuro a cosa ti riferisci: credo di non averti ancora chiesto nulla.',
  'input.unsupported_language':
    'Mi dispiace, parlo solo inglese, spagnolo, francese, tedesco, italiano e portoghese. Quale preferisci?',
  'lang.switched': 'Certo, continuiamo in italiano.',
  'lang.en': 'English',
  'lang.es': 'Español',
  'lang.fr': 'Français',
  'lang.de': 'Deutsch',
  'lang.it': 'Italiano',
  'lang.pt': 'Português',

  'repair.ask': 'Scusa, ho capito male. Mi dici di nuovo cosa vorresti sapere?',
  'clarify.ask':
    'Voglio essere sicuro di aiutarti con la cosa giusta. Quale di queste si avvicina di più?',
  'intent.order_status': 'Dov’è il mio ordine?',
  'intent.delivery_problem': 'Un problema con la consegna',
  'intent.change_details': 'Modificare un dettaglio personalizzato',
  'intent.change_address': 'Cambiare indirizzo',
  'intent.cancel_order': 'Annullare l’ordine',
  'intent.return_request': 'Reso o cambio',
  'intent.damaged_item': 'Qualcosa è arrivato danneggiato',
  'intent.wrong_item': 'C’è qualcosa che non va nel mio articolo',
  'intent.missing_item': 'Manca qualcosa',
  'intent.refund_status': 'Dov’è il mio rimborso?',
  'intent.refund_request': 'Vorrei un rimborso',
  'intent.payment_issue': 'Una domanda sul pagamento',
  'intent.shop_question': 'Fare una domanda',
  'intent.custom_request': 'Ordinare qualcosa su misura',
  'intent.human_agent': 'Parlare con una persona',
  'intent.complaint': 'Non sono soddisfatto di qualcosa',
  'intent.greeting': 'Ciao',
  'intent.thanks': 'Grazie',
  'intent.other': 'Altro',

  'identity.ask_both':
    'Controllo volentieri. Per proteggere il tuo ordine, mandami il **numero d’ordine** e l’**e-mail o il CAP** usati per l’acquisto.',
  'identity.no_number':
    'Nessun problema. Il numero d’ordine è nell’e-mail di conferma che abbiamo mandato al momento dell’acquisto: di solito basta cercare il nome del negozio nella posta in arrivo. Se non lo trovi, una persona del team può cercarlo per te.',
  'identity.which_order':
    'Quello per cui ti serve aiuto. Ogni ordine ha il suo numero nell’e-mail di conferma che ti abbiamo mandato all’acquisto: mandami quel numero e l’e-mail o il CAP che hai usato, e ci penso io.',
  'identity.ask_number':
    'Grazie! E qual è il **numero d’ordine**? Lo trovi nell’e-mail di conferma.',
  'identity.ask_secret':
    'Grazie! Per confermare che l’ordine **#{orderNumber}** è tuo, qual è l’**e-mail o il CAP** dell’ordine?',
  'identity.ok': 'Grazie, ho trovato l’ordine **#{orderNumber}**.',
  'identity.no_match':
    'Non sono riuscito ad abbinare questi dati a un ordine. Controlla il numero d’ordine e l’e-mail o il CAP e riprova.',
  'identity.throttled':
    'Per la tua sicurezza ho messo in pausa le ricerche degli ordini per un po’. Una persona del nostro team può verificarlo con te, oppure posso rispondere a domande generali.',

  'status.thanks':
    '{waited, select, yes {Grazie mille per la pazienza!} other {Controllo subito per te!}}',
  'status.thanks_late':
    'Grazie per la pazienza, e mi dispiace che stia richiedendo più tempo del previsto.',
  'status.leadtime_personal':
    '{itemGender, select, f {La tua} other {Il tuo}} **{item}** è {itemGender, select, f {fatta} other {fatto}} a mano e {itemGender, select, f {personalizzata} other {personalizzato}} solo per te, quindi richiede il nostro tempo di lavorazione standard di **{min}–{max} giorni lavorativi**.',
  'status.leadtime_handmade':
    '{itemGender, select, f {La tua} other {Il tuo}} **{item}** è {itemGender, select, f {fatta} other {fatto}} a mano, quindi richiede il nostro tempo di lavorazione standard di **{min}–{max} giorni lavorativi**.',
  'status.photo_received':
    'E sì, abbiamo la tua foto: è con l’ordine, quindi non devi mandare nient’altro.',
  'status.stage': 'In questo momento l’ordine **#{orderNumber}** è nella fase di **{stage}**.',
  'status.window': 'Prevediamo di spedirlo tra **{start}** e **{end}**.',
  'status.window_unknown':
    'Non posso ancora darti un periodo di spedizione affidabile, quindi preferisco non tirare a indovinare. L’artigiano lo confermerà appena possibile.',
  'status.delayed_window':
    'La nostra nuova stima è che parta tra **{start}** e **{end}**. L’artigiano ci sta lavorando adesso.',
  'status.delayed_no_window':
    'Non ho ancora una nuova data affidabile, quindi preferisco non tirare a indovinare. L’artigiano ci sta lavorando adesso.',
  'status.delayed_offer_person':
    'Ormai è in ritardo di **{days, plural, one {# giorno lavorativo} other {# giorni lavorativi}}** rispetto al periodo previsto, quindi vorrei che una persona del team se ne occupasse. Glielo passo?',
  'status.then_shipping':
    'Una volta spedito, aggiungi i tempi di consegna in base a dove abiti:\n\n{mdText}',
  'status.notify': 'Ti avviseremo appena sarà in viaggio!',
  'status.shipped':
    'Buone notizie: l’ordine **#{orderNumber}** è stato spedito il **{date}**{hasCarrier, select, yes { con **{carrier}**} other {}}.',
  'status.tracking_link': 'Numero di tracciamento: [**{trackingNumber}**]({mdUrl})',
  'status.tracking_number': 'Numero di tracciamento: **{trackingNumber}**',
  'status.tracking_unknown': 'Non ho ancora un numero di tracciamento.',
  'status.eta': 'Consegna prevista: **{date}**.',
  'status.deadline_yes': 'Quindi dovrebbe arrivarti prima di **{date}**, in tempo.',
  'status.deadline_no':
    'Mi dispiace: con le date previste non arriverebbe prima di **{date}**. Se quella data è importante, posso passare il caso a una persona del team per vedere cosa si può fare. Vuoi?',
  'status.deadline_unsure':
    'Partirà dal laboratorio al più tardi **{end}**, ma non posso prometterti che arrivi prima di **{date}**: dopo la spedizione richiede ancora qualche giorno. Se quella data è importante, posso chiedere a una persona del team se si può anticipare. Vuoi?',
  'status.eta_unknown': 'Il corriere non ha ancora indicato una data di consegna.',
  'status.delivered': 'L’ordine **#{orderNumber}** ({item}) è stato consegnato il **{date}**.',
  'status.cancelled': 'L’ordine **#{orderNumber}** è stato annullato il **{date}**.',
  'delivery.not_received':
    'Mi dispiace che non ti sia arrivato. A volte i pacchi vengono lasciati a un vicino o in un posto sicuro, vale la pena dare un’occhiata. Se non salta fuori, una persona del team può aprire una ricerca con il corriere.',
  'delivery.in_transit_help':
    'Se il tracciamento è fermo da qualche giorno, una persona del team può chiedere al corriere di rintracciare il pacco.',
  'delivery.not_shipped_yet': 'Non è ancora partito, quindi non c’è ancora un tracciamento.',
  'delivery.problem_reported':
    'Mi dispiace, c’è un problema con la consegna dell’ordine **#{orderNumber}**: il **{date}**, {hasCarrier, select, yes {**{carrier}**} other {il corriere}} ha segnalato un disguido{hasDetail, select, yes { («{detail}»)} other {}}.',
  'delivery.problem_offer':
    'Una persona del nostro team può risolverlo con il corriere e assicurarsi che il pacco ti arrivi. Glielo passo?',
  'status.if_not_arrived':
    'Se entro **{date}** non è ancora arrivato, scrivici qui: una persona del team chiederà al corriere di rintracciarlo e troverà una soluzione con te, non resterai senza.',
  'status.eta_followup':
    'Il pacco è in viaggio{hasCarrier, select, yes { con **{carrier}**} other {}} e dovrebbe arrivare il **{date}**.',

  'stage.received': 'ordine ricevuto',
  'stage.design': 'progettazione e impaginazione',
  'stage.making': 'lavorazione',
  'stage.finishing': 'colore e rifinitura',
  'stage.quality_check': 'controllo qualità finale',
  'stage.ready_to_ship': 'imballato e pronto per la spedizione',
  'stage.materials': 'materiali',
  'stage.packed': 'imballato',

  'field.engraving': 'incisione',
  'field.text': 'testo',
  'field.photo': 'foto',
  'field.size': 'misura',
  'field.colour': 'colore',
  'field.gift_note': 'biglietto regalo',
  'field.metal': 'metallo',
  'field.chain': 'catenina',
  'field.initials': 'iniziali',
  'field.glaze': 'smalto',
  'field.pet': 'animale',
  'field.background': 'colore dello sfondo',
  // The field with its own article, as it stands in a sentence ("la talla", "l’incisione").
  'field_the.engraving': 'l’incisione',
  'field_the.text': 'il testo',
  'field_the.photo': 'la foto',
  'field_the.size': 'la misura',
  'field_the.colour': 'il colore',
  'field_the.gift_note': 'il biglietto regalo',
  'field_the.metal': 'il metallo',
  'field_the.chain': 'la catenina',
  'field_the.initials': 'le iniziali',
  'field_the.glaze': 'lo smalto',
  'field_the.pet': 'l’animale',
  'field_the.background': 'il colore dello sfondo',
  'field_the.other': 'il campo «{name}»',

  'change.nothing_personal':
    'L’ordine **#{orderNumber}** non ha dettagli personalizzati che io possa modificare.',
  'change.which_item': 'Quale pezzo vuoi modificare?',
  'change.which_field':
    'Cosa vuoi modificare {itemGender, select, f {della tua} other {del tuo}} **{item}**?',
  'change.allowed':
    'Nessun problema! Il tuo ordine è ancora nel periodo per le modifiche, quindi possiamo aggiornare {itemGender, select, f {la tua} other {il tuo}} **{item}**.',
  'change.ask_value': 'Come deve essere il nuovo valore ({field})?',
  'change.ask_value_current':
    'Ora c’è scritto **{current}**. Come deve essere il nuovo valore ({field})?',
  'change.same_value':
    'C’è già scritto **{current}**, quindi non c’è niente da cambiare. Vuoi mettere qualcos’altro?',
  'change.ask_value_again': 'Nessun problema. Cosa mettiamo invece ({field})?',
  'change.ask_photo': 'Carica qui nella chat la nuova foto, per favore.',
  'change.value_unclear':
    'Scusa, non ho capito il nuovo valore ({field}). Puoi scrivere esattamente come deve essere?',
  'change.new_photo': 'la nuova foto che hai inviato',
  'change.confirm':
    'Per sicurezza: {itemGender, select, f {sulla tua} other {sul tuo}} **{item}** cambiamo {fieldThe} in **{value}**. Lo salvo?',
  'change.confirm_from':
    'Per sicurezza: {itemGender, select, f {sulla tua} other {sul tuo}} **{item}** cambiamo {fieldThe} da **{current}** a **{value}**. Lo salvo?',
  'change.done':
    'Fatto! Ho cambiato {fieldThe} in **{value}** sull’ordine **#{orderNumber}**, e l’artigiano è stato avvisato.',
  'change.refused_window':
    'Mi dispiace tanto: {itemGender, select, f {la tua} other {il tuo}} **{item}** è un pezzo unico già in lavorazione (fase di **{stage}**) e il periodo per le modifiche è finito, quindi ora non possiamo più cambiarlo.',
  'change.refused_locked':
    'Mi dispiace tanto: {itemGender, select, f {la tua} other {il tuo}} **{item}** è un pezzo unico ed è già {itemGender, select, f {arrivata} other {arrivato}} alla fase di **{stage}**, in cui quel dettaglio è fissato, quindi ora non possiamo più cambiarlo.',
  'change.refused_options':
    'Grazie per la comprensione. Se è davvero importante, posso chiedere a una persona di valutare un’eccezione, oppure puoi fare un nuovo ordine con i nuovi dettagli.',

  'address.ask':
    'Certo, l’indirizzo dell’ordine **#{orderNumber}** si può ancora cambiare. Mandami il nuovo indirizzo completo: via, CAP, città e paese.',
  'address.ask_again': 'Nessun problema, rimandami l’indirizzo completo: via, CAP, città e paese.',
  'address.unclear':
    'Non sono riuscito a leggerlo come indirizzo. Mandami via, CAP, città e paese, separati da virgole.',
  'address.confirm': 'Verifico: l’ordine **#{orderNumber}** andrà a {mdAddress}. Lo salvo?',
  'address.done': 'Fatto! L’ordine **#{orderNumber}** sarà spedito a {mdAddress}.',
  'address.refused_shipped':
    'Il tuo ordine ha già lasciato il laboratorio{hasCarrier, select, yes { con **{carrier}**} other {}}, quindi da qui non possiamo più cambiare l’indirizzo. Spesso il corriere può deviare il pacco se lo contatti con il numero di tracciamento.',

  'cancel.confirm':
    'L’ordine **#{orderNumber}** non è ancora in lavorazione, quindi si può annullare con il rimborso completo di **{amount}**. Lo annullo?',
  'cancel.done':
    'L’ordine **#{orderNumber}** è annullato e il rimborso completo di **{amount}** è in arrivo.',
  'cancel.kept': 'Perfetto, l’ordine **#{orderNumber}** resta com’è.',
  'cancel.refused_production':
    'Mi dispiace, l’ordine **#{orderNumber}** è già in lavorazione (fase di **{stage}**), quindi secondo le regole del negozio non si può più annullare.',
  'cancel.refused_shipped':
    'Mi dispiace, l’ordine **#{orderNumber}** è già stato spedito, quindi non si può più annullare.',

  'return.not_delivered':
    'L’ordine **#{orderNumber}** non è ancora stato consegnato. Il reso è possibile una volta arrivato, e posso controllare se si può ancora annullare.',
  'return.not_delivered_personalized':
    'L’ordine **#{orderNumber}** non è ancora stato consegnato. Essendo personalizzato e fatto apposta per te, poi non si potrà rendere, ma posso controllare se si può ancora annullare o modificare.',
  'return.which_item': 'Quale pezzo vuoi rendere o cambiare?',
  'return.which_kind':
    'Vuoi rendere {itemGender, select, f {la tua} other {il tuo}} **{item}** con rimborso o {itemGender, select, f {cambiarla} other {cambiarlo}}?',
  'return.confirm_return':
    '{itemGender, select, f {La tua} other {Il tuo}} **{item}** si può rendere con rimborso. Preparo il reso?',
  'return.confirm_exchange':
    '{itemGender, select, f {La tua} other {Il tuo}} **{item}** si può cambiare. Preparo il cambio?',
  'return.buyer_pays': 'Tieni presente che **le spese di reso sono a tuo carico**.',
  'return.shop_pays': 'Le spese di reso sono **a carico nostro**.',
  'return.done_return':
    'Fatto! Il reso {itemGender, select, f {della tua} other {del tuo}} **{item}** (ordine **#{orderNumber}**) è pronto. Ti mandiamo le istruzioni via e-mail e il rimborso arriverà quando riceveremo il pezzo.',
  'return.done_exchange':
    'Fatto! Il cambio {itemGender, select, f {della tua} other {del tuo}} **{item}** (ordine **#{orderNumber}**) è pronto. Ti mandiamo le istruzioni via e-mail.',
  'return.refused_personalized':
    'Ti capisco. Poiché {itemGender, select, f {la tua} other {il tuo}} **{item}** è {itemGender, select, f {stata personalizzata} other {stato personalizzato}} solo per te, non può essere {itemGender, select, f {rivenduta} other {rivenduto}}, quindi non possiamo accettare un reso senza motivo.',
  'return.refused_final_sale':
    'Ti capisco. {itemGender, select, f {La tua} other {Il tuo}} **{item}** è {itemGender, select, f {stata venduta} other {stato venduto}} come **vendita finale**, quindi non si può rendere.',
  'return.refused_window':
    'Mi dispiace, il periodo di reso {itemGender, select, f {per la tua} other {per il tuo}} **{item}** è scaduto, quindi ora non si può più rendere.',
  'return.refused_other':
    'Mi dispiace, secondo le regole del negozio {itemGender, select, f {la tua} other {il tuo}} **{item}** non si può rendere.',
  'return.seller_rule':
    'Questa regola la stabilisce l’artigiano che l’ha venduto, quindi può essere diversa per altri venditori del negozio.',
  'return.refused_even_so':
    'Anche così, mi dispiace: {itemGender, select, f {la tua} other {il tuo}} **{item}** {itemGender, select, f {è stata fatta} other {è stato fatto}} solo per te, quindi non possiamo accettare un reso per ripensamento, {itemGender, select, f {anche se non l’hai mai usata} other {anche se non l’hai mai usato}}.',
  'return.alternatives': 'Ecco cosa possiamo fare invece:\n\n{mdList}',
  'alt.resize': 'Adattare la misura',
  'alt.repair': 'Riparazione',
  'alt.store_credit': 'Credito nel negozio',
  'alt.engrave_again': 'Incidere di nuovo',
  'alt.exchange': 'Cambio',

  'quality.sorry_damaged':
    'Oh no, mi dispiace tantissimo che il tuo pezzo sia arrivato danneggiato. Sistemiamo subito.',
  'quality.sorry_wrong':
    'Mi dispiace tanto, è un errore nostro e non è quello che hai ordinato. Sistemiamo subito.',
  'quality.sorry_missing':
    'Mi dispiace tanto che manchi qualcosa nel tuo pacco. Sistemiamo subito.',
  'quality.which_item': 'Di quale pezzo si tratta?',
  'quality.prefers_remake': 'Segnato: preferisci che lo **rifacciamo gratis**, e ne terremo conto.',
  'quality.prefers_refund': 'Segnato: preferisci un **rimborso**, e ne terremo conto.',
  'quality.window_passed':
    'Solo per fartelo sapere: di solito i problemi si segnalano entro **{days} giorni** dalla consegna, e per questo ordine l’ultimo giorno era {lastDay}. Passo comunque la cosa a una persona del team, che la guarderà con attenzione.',
  'quality.ask_photo':
    'Puoi caricare qui nella chat una foto del problema? Così l’artigiano vede esattamente cosa è successo.',
  'quality.photo_later':
    'Nessuna fretta. Quando hai la foto, caricala qui in chat e riprendiamo da dove ci siamo fermati.',
  'quality.photo_waiting': 'Perfetto, tengo aperta la richiesta finché non arriva la foto. A dopo!',
  'quality.photo_why':
    'Con una foto possiamo risolvere senza farti rispedire nulla. Riesci a caricarne una? Se proprio non puoi, dimmelo e passo tutto a una persona.',
  'quality.photo_thanks': 'Grazie per la foto.',
  'quality.remedies':
    'Ecco cosa posso offrirti {itemGender, select, f {per la tua} other {per il tuo}} **{item}**. Cosa preferisci?',
  'quality.remake_done':
    'Fatto! Un **rifacimento urgente e gratuito** {itemGender, select, f {della tua} other {del tuo}} **{item}** è stato passato all’artigiano (ordine **#{orderNumber}**) e te lo spediremo senza costi. Non serve rimandare indietro {itemGender, select, f {quella vecchia} other {quello vecchio}}.',
  'quality.refund_done': 'Fatto! È stato emesso un rimborso di **{amount}**.',
  'quality.refund_pending':
    'Ho richiesto un rimborso di **{amount}**. Per via dell’importo, una persona del team deve prima confermarlo, quindi è **in attesa di approvazione**. Ti scriveremo appena sarà approvato.',

  'refund.in_transit':
    'Capisco, e mi dispiace che tu stia ancora aspettando. L’ordine **#{orderNumber}** è già in viaggio: è stato spedito il **{date}**{hasCarrier, select, yes { con **{carrier}**} other {}}.',
  'refund.in_transit_offer':
    'Visto che è già nelle mani del corriere, il modo più rapido per averlo è lasciarlo arrivare. Se preferisci non aspettare, o vuoi comunque il rimborso, una persona del team può esaminare il tuo caso. Glielo passo?',
  'refund.which_reason': 'Ti aiuto volentieri. Cos’è successo?',
  'refund.refused': 'Mi dispiace, non posso emettere da qui un rimborso di **{amount}**.',
  'refund.timing':
    'Di solito le banche impiegano **5–10 giorni lavorativi** per mostrare il rimborso sul conto.',
  'refund.status_none': 'Non vedo ancora nessun rimborso sull’ordine **#{orderNumber}**.',
  'refund.status_recorded':
    'L’ordine **#{orderNumber}** risulta rimborsato per **{amount}** finora.',
  'refund.status_issued': 'Il tuo rimborso di **{amount}** è stato emesso il **{date}**.',
  'refund.status_pending':
    'Il tuo rimborso di **{amount}** è **in attesa di approvazione** da parte del team. Ti scriveremo appena verrà deciso.',
  'refund.status_declined':
    'La tua richiesta di rimborso di **{amount}** è stata esaminata e non approvata. Una persona può spiegarti il motivo e riesaminarla.',

  'gift.how_to':
    'Che bella idea regalo! Puoi ordinare direttamente nel nostro negozio e indicare la personalizzazione mentre ordini; l’artigiano realizza poi il pezzo apposta per quella persona. Se preferisci qualcosa di completamente su misura, posso anche prendere nota di una richiesta personalizzata.',
  'knowledge.ask': 'Certo, cosa vuoi sapere?',
  'knowledge.ships_to': '**{country}**: sì, spediamo anche lì.',
  'knowledge.ships_not_to': '**{country}**: mi dispiace, al momento non spediamo lì.',
  'knowledge.answer': 'Ecco cosa dice il nostro negozio in proposito:\n\n**{section}**\n\n{mdText}',
  'knowledge.answer_more': '**{section}**\n\n{mdText}',
  'bot.honest':
    'Sì, sono {assistant}, l’assistente automatico di {shop}. Ti aiuto con gli ordini e le domande sul negozio, e quando vuoi può subentrare una persona del team.',
  'scope.other':
    'Questo va oltre quello che posso fare in questa chat: mi occupo degli ordini e delle domande sul negozio. Se è qualcosa per il nostro team, posso passare il messaggio a una persona.',
  'scope.account':
    'Da questa chat non posso vedere né modificare account, password o l’app: mi occupo degli ordini e delle domande sul negozio. Per questo può aiutarti una persona del nostro team. Vuoi che le passi la richiesta?',
  'knowledge.unknown_part':
    'Su «{question}»: non ho questa informazione del negozio e preferisco non inventare. Una persona del team può risponderti.',
  'knowledge.unknown':
    'Mi dispiace, non conosco la risposta e preferisco non inventarla. Una persona del nostro team può risponderti.',

  'brief.intro':
    'Che bello, adoriamo creare qualcosa di nuovo! Segno qualche dettaglio per l’artigiano.',
  'brief.ask_item': 'Cosa vorresti che realizzassimo?',
  'brief.ask_size': 'Di che misura deve essere?',
  'brief.ask_text': 'Vuoi includere un testo o dei nomi?',
  'brief.ask_colours': 'Quali colori ti piacerebbero?',
  'brief.ask_photos':
    'Hai delle foto da condividere (per esempio del tuo animale)? Caricale qui oppure salta questo passaggio.',
  'brief.ask_deadline': 'Ti serve entro una data precisa?',
  'brief.confirm': 'Ecco la tua richiesta:\n\n{mdSummary}\n\nLa mando all’artigiano?',
  'brief.label_item': 'Pezzo',
  'brief.label_size': 'Misura',
  'brief.label_text': 'Testo',
  'brief.label_colours': 'Colori',
  'brief.label_photos': 'Foto',
  'brief.label_deadline': 'Serve entro',
  'brief.none': 'non indicato',
  'brief.person_too':
    'Se preferisci parlarne con una persona, scegli «Parlare con una persona» e le passo la richiesta. Altrimenti, qualche domanda veloce aiuta l’artigiano a prepararsi.',
  'brief.done':
    'Inviata! L’artigiano guarderà la tua richiesta e ti risponderà con un preventivo e i tempi.',
  'brief.restart': 'Nessun problema, ripassiamola insieme.',

  'handoff.sorry': 'Mi dispiace davvero, capisco la tua frustrazione.',
  'handoff.progress':
    'Ho raccolto tutto e serve uno specialista, quindi passo la questione a una persona del nostro team con tutti i dettagli. Non dovrai ripetere nulla.',
  'handoff.progress_order':
    'Ho controllato l’ordine **#{orderNumber}** e serve uno specialista, quindi mando tutto a una persona del nostro team. Non dovrai ripetere nulla.',
  'handoff.alternative':
    'Perfetto, ho passato al team la tua richiesta (**{desired}**) con tutti i dettagli. Non dovrai ripetere nulla.',
  'handoff.when_open':
    'Qualcuno ti risponderà **oggi, durante il nostro orario di apertura**, qui e via e-mail.',
  'handoff.when_closed':
    'In questo momento siamo chiusi, quindi qualcuno ti risponderà a partire da **{when}**, qui e via e-mail.',
  'handoff.meanwhile': 'Posso aiutarti con qualcos’altro nel frattempo?',
  'handoff.noted':
    'L’ho aggiunto alla tua richiesta, così la persona del team che se ne occupa lo vedrà.',

  'complaint.sorry':
    'Mi dispiace davvero che tu non sia soddisfatto. Raccontami cos’è successo e farò del mio meglio per sistemarlo, oppure ti passo a una persona.',
  'attachment.thanks': 'Grazie per la foto! Di cosa si tratta?',
  'flow.left_as_is': 'Nessun problema, ho lasciato tutto com’era.',
  'resume.offer': 'Riprendiamo {topic}?',
  'resume.back': 'Riprendiamo {topic}.',
  'topic.identify': 'la ricerca del tuo ordine',
  'topic.change': 'la tua modifica',
  'topic.address': 'il cambio di indirizzo',
  'topic.cancel': 'l’annullamento',
  'topic.return': 'il tuo reso',
  'topic.quality': 'il problema con il tuo articolo',
  'topic.brief': 'il tuo ordine su misura',
  'topic.question': 'la tua domanda',
  'topic.csat': 'la tua valutazione',

  'error.action_failed':
    'Mi dispiace, qualcosa è andato storto da parte nostra e non sono riuscito a completarlo. L’ho passato a una persona del team, che lo completerà e ti ricontatterà.',
  'thanks.reply': 'Figurati! Buona giornata.',
  'csat.ask':
    'Sono contento di esserti stato utile! Come sono andato, da 1 (male) a 5 (benissimo)?',
  'csat.thanks': 'Grazie mille per il tuo parere!',
  'csat.thanks_low': 'Grazie per avermelo detto. Lo riferisco al team per migliorare.',

  'qr.status': 'Dov’è il mio ordine?',
  'qr.change': 'Modificare l’incisione',
  'qr.damaged': 'Arrivato danneggiato',
  'qr.wrong': 'Sbagliato o scritto male',
  'qr.missing': 'Manca qualcosa',
  'qr.question': 'Fare una domanda',
  'qr.custom': 'Un ordine su misura',
  'qr.person': 'Parlare con una persona',
  'qr.done': 'È tutto, grazie',
  'qr.something_else': 'Altro',
  'qr.no_thanks': 'No, grazie',
  'qr.never_mind': 'Lascia stare',
  'qr.yes_save': 'Sì, salva',
  'qr.yes_send': 'Sì, invia',
  'qr.yes_cancel': 'Sì, annulla',
  'qr.yes_go_ahead': 'Sì, procedi',
  'qr.no_change': 'No, modifica',
  'qr.no_keep': 'No, tienilo',
  'qr.no_photo': 'Non posso mandare una foto',
  'qr.remake': 'Rifacimento urgente gratuito',
  'qr.refund_amount': 'Rimborso di {amount}',
  'qr.return': 'Reso o cambio',
  'qr.return_refund': 'Reso con rimborso',
  'qr.exchange': 'Cambiarlo',
  'qr.cancel': 'Annullare l’ordine',
  'qr.changed_mind': 'Ho cambiato idea',
  'qr.wait': 'Aspetto',
  'qr.ask_refund': 'Vorrei un rimborso',
  'qr.new_order': 'Fare un nuovo ordine',
  'qr.helped': 'Mi è utile, grazie',
  'qr.another_question': 'Un’altra domanda',
  'qr.resume': 'Sì, continuiamo',
  'qr.skip': 'Salta',
  'identity.ask_email':
    'Per modificare l’ordine **#{orderNumber}** mi serve un’ultima verifica: qual è l’**indirizzo e-mail** dell’ordine?',
  'identity.retry_kept':
    'Se l’ordine **#{orderNumber}** è quello giusto, controlla l’**e-mail o il CAP**; altrimenti mandami il numero d’ordine corretto.',
  'which_order.ask': 'Si tratta dell’ordine **#{orderNumber}** o di un altro ordine?',
  'which_order.ask_number': 'Certo, qual è il numero dell’altro ordine?',
  'qr.this_order': 'Ordine #{orderNumber}',
  'qr.other_order': 'Un altro ordine',
  'change.kept': 'Nessun problema, resta **{value}** ({field}). Non ho cambiato nulla.',
  'change.ask_exact':
    'Volentieri. Cosa deve esserci scritto esattamente ({field})? Scrivi solo il testo come deve apparire.',
  'clarify.offer_person':
    'Scusa, non riesco a capire bene. Vuoi che ti passi una persona del nostro team?',
  'input.invalid_thrice':
    'Scusa, non riesco ancora a leggerlo. Vuoi che una persona del nostro team se ne occupi con te?',
  'answer.also': 'Quanto {count, plural, one {all’altra domanda} other {alle altre domande}}:',
  'topic.which_order': 'l’ordine di cui si tratta',
};
