/**
 * Domain words of the six languages grouped into classes ("invoice", "bill", "factura",
 * "Rechnung", "fattura" → invoice). A word of a class adds the class as a feature, so what is
 * learnt from one word carries over to its synonyms and translations, even ones the corpus has
 * few lines for. Words are folded (lower case, no accents, ß → ss). An entry ending in `*` is a
 * prefix (at least four letters); the others must match the whole word.
 */
const classes: Record<string, string> = {
  invoice:
    'invoic* receipt* bill bills billed billing factur* rechnung* quittung* beleg fattur* fatura* ricevut* recibo* justificatif* kaufbeleg* scontrin* comprovant*',
  refund:
    'refund* reimburs* compensat* rebat* restitut* reembols* rembours* erstatt* ruckerstatt* ruckzahl* rimbors* indenniz* entschadig* indemni* estorn* gutschrift* abono reintegr*',
  cancel:
    'cancel* terminate termination annul* storn* anula* anule* cancela* cancell* disdic* rescind*',
  pay: 'pay paid paying payment* paypal charg* debit* pago pagar pagu* cobr* paiement* payer paye preleve* zahl* bezahl* abgebucht abbuch* pagam* pagat* addebit* cobranc* cartao tarjeta carte karte declin* rejet* rechaz* abgelehnt rifiut* recusad*',
  fee: 'fee fees frais gebuhr* comision* commission* penal* tasa tassa* taxa taxas surcharge* recargo* sovrapprez*',
  ship: 'deliver* ship shipp* shipment* parcel* package* courier* envio* envia* entrega* paquet* livraison* livre* livrer colis expedi* liefer* paket* versand* versend* sped* consegn* pacco pacchi corrier* correio* correo* encomend* postman',
  track: 'track* seguimiento rastre* rastreio suivi sendungsverfolg* tracciam* tracking',
  damage:
    'broke broken break* crack* smash* shatter* chipped damag* dent dented scratch* snapp* roto rota rotos rompi* danad* casse* brise* abime* endommag* felee kaputt* beschadig* zerbroch* gebroch* gesprung* rott* danneg* scheggiat* incrinat* quebr* danific* rachad* trincad* sprung riss risse rissig* macke fele felure* fendu* ebrech* crepa crepat* crepato lascad* trinca desportill* desconch* rajad* stain stains stained mancha manchas manchad* fleck flecken fleckig macchia macchie macchiat* soaked soggy empapad* mojad* tremp* durchnass* bagnat* fradici* molhad* encharcad*',
  missing:
    'missing falt* manqu* fehl* manca* mancant* absent* empty vacio vacia vide vides vuoto vuota vazio vazia',
  wrong: 'wrong incorrect* mistak* erron* equivoc* falsch* sbagli* errad* errat* misspel* typo*',
  person:
    'human* person people agent* staff represent* advis* operat* humano* persona* agente* humain* personne* conseiller conseillere conseillers conseilleres mensch* mitarbeit* berater* umano* operator* atendent* pessoa* owner owners inhaber* proprietair* proprietari* titolare titolari dueno duena manager* gerente* encargad* chef chefin',
  complaint: 'complain* claim* reclam* plaint* beschwer* lament* queix* reclama* grievanc*',
  thanks: 'thank* thx ty cheers gracias merci danke grazie obrigad* valeu',
  address:
    'address* adress* direcc* direccion adresse* anschrift* indirizz* endereco* postcode* postal zip plz cap cep morada',
  account:
    'account* login logged logging password* passwort* usernam* cuenta contrasena* compte konto* anmeld* eingelogg* accesso accedere senha* conta login* 2fa verificat* verifizier* verific* benutzer* nutzername* usuario* utilisateur* identifiant* utente utilizador* kennwort* pseudo',
  site: 'website* site sites app apps webpage* page pages browser* cart carts basket* carrito cesta panier warenkorb* carrello carrinho seite webseite* pagina* sitio loading spinning spinner glitch* buggy crash* crashes abgesturz* absturz* carga cargando carica caricare carrega carregando',
  return:
    'return* devol* devolv* renvo* retourn* retour* ruckgab* zuruckschick* zurucksend* zuruckgeschick* zuruckgesend* umtausch* rispedi* reso resi restitu* troca* trocar cambio exchang*',
  change:
    'chang* edit* modif* amend* alter* switch* swap* cambi* andern* geandert* mudar mude corrig* correct* korrigier*',
  personalise:
    'engrav* personalis* personaliz* personnalis* gravur* graviert* gravier* incision* incis* grava* grabad* customis* customiz*',
  money:
    'money cash geld kohle knete kohlen dinero pasta plata pelas argent fric thune soldi dinheiro grana',
  marketplace:
    'amazon ebay aliexpress temu shein shopee zalando vinted wallapop leboncoin cdiscount fnac kleinanzeigen mediamarkt tchibo unieuro worten olx mercadolivre mercadolibre walmart',
  job: 'hiring recruit* recrut* vacanc* cv curriculum* resume lebenslauf* bewerb* candidatur* postuler internship* intern interns stagiair* stagist* praktik* tirocin* apprentic* emploi* empleo* contratar contratan contratando embauch* assunzion* estagi* candidar* candidat* vaga vagas stellenangebot* stellenanzeig*',
  business:
    'supplier* suppliers fornitor* fournisseur* proveedor* lieferant* fornecedor* partnership* partenariat* collaborat* colaborac* colabora* kooperation* koopera* sponsor* influenc* journalist* periodist* giornalist* jornalist* interview* entrevist* intervist* podcast* wholesaler* distribut*',
  price:
    'price* pricing cost costs precio* prix tarif* preis* prezz* preco* kostet kosten costa cuesta custa custo custos coute combien quanto cuanto',
  newsletter:
    'newsletter* unsubscrib* mailing desinscri* desabonn* disiscriv* abbestell* abmeld* descadastr* desinscrev* promocional* promozional* promotionnel* werbemail*',
  status:
    'status* estado statut stato update* updates actualiz* aggiorn* atualiz* news novedad* nouvelles neuigkeit* notizi* novidad*',
};

const exact = new Map<string, string>();
const prefixes = new Map<string, string>();
for (const [name, words] of Object.entries(classes)) {
  for (const w of words.split(/\s+/)) {
    if (w.endsWith('*')) prefixes.set(w.slice(0, -1), name);
    else exact.set(w, name);
  }
}
const longestPrefix = Math.max(...[...prefixes.keys()].map((p) => p.length));
const cache = new Map<string, string>();

/** The class of a folded word, or '' when it is not a domain word. */
export function lexiconClass(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let found = exact.get(word) ?? '';
  for (let n = Math.min(word.length, longestPrefix); !found && n >= 4; n--)
    found = prefixes.get(word.slice(0, n)) ?? '';
  if (cache.size > 20000) cache.clear();
  cache.set(word, found);
  return found;
}
