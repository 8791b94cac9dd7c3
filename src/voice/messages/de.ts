import type { Catalogue } from './en.js';

/** Deutsch (Sie-Form, freundlich und schlicht, wie in einer kleinen Werkstatt). */
export const de: Catalogue = {
  'greeting.default': 'Hallo! Ich bin {assistant} von {shop}.',
  'greeting.intro': 'Ich bin {assistant}, der Assistent von {shop}.',
  'greeting.offer':
    'Ich kann nachsehen, wo Ihre Bestellung gerade ist, bei Änderungen an einem personalisierten Stück helfen, klären, was falsch angekommen ist, oder Fragen zum Shop beantworten. Was kann ich für Sie tun?',
  'menu.prompt': 'Wobei kann ich Ihnen helfen?',

  'input.empty': 'Ihre Nachricht scheint leer zu sein.',
  'input.emoji_only':
    'Danke! Ich kann allerdings nur Wörter lesen. Können Sie mir in einem Satz sagen, was Sie brauchen?',
  'input.stale_choice':
    'Diese Schaltfläche gehört zu einer früheren Frage, deshalb lasse ich sie aus. Hier sind wir gerade:',
  'input.not_understood': 'Entschuldigung, das habe ich nicht ganz verstanden.',
  'input.unasked_yesno':
    'Ich bin nicht sicher, worauf sich das bezieht – ich glaube, ich habe noch nichts gefragt.',
  'input.unsupported_language':
    'Entschuldigung, ich kann nur Englisch, Spanisch, Französisch, Deutsch, Italienisch und Portugiesisch. Welche Sprache möchten Sie?',
  'lang.switched': 'Gern, machen wir auf Deutsch weiter.',
  'lang.en': 'English',
  'lang.es': 'Español',
  'lang.fr': 'Français',
  'lang.de': 'Deutsch',
  'lang.it': 'Italiano',
  'lang.pt': 'Português',

  'repair.ask': 'Entschuldigung, da habe ich Sie falsch verstanden. Was möchten Sie denn wissen?',
  'clarify.ask': 'Ich möchte Ihnen bei der richtigen Sache helfen. Was davon passt am besten?',
  'intent.order_status': 'Wo ist meine Bestellung?',
  'intent.delivery_problem': 'Ein Problem mit der Lieferung',
  'intent.change_details': 'Ein personalisiertes Detail ändern',
  'intent.change_address': 'Meine Adresse ändern',
  'intent.cancel_order': 'Meine Bestellung stornieren',
  'intent.return_request': 'Rückgabe oder Umtausch',
  'intent.damaged_item': 'Etwas kam beschädigt an',
  'intent.wrong_item': 'Mit meinem Artikel stimmt etwas nicht',
  'intent.missing_item': 'Es fehlt etwas',
  'intent.refund_status': 'Wo ist meine Erstattung?',
  'intent.refund_request': 'Ich möchte eine Erstattung',
  'intent.payment_issue': 'Eine Frage zur Zahlung',
  'intent.shop_question': 'Eine Frage stellen',
  'intent.custom_request': 'Etwas nach Maß bestellen',
  'intent.human_agent': 'Mit einer Person sprechen',
  'intent.complaint': 'Ich bin mit etwas unzufrieden',
  'intent.greeting': 'Hallo',
  'intent.thanks': 'Danke',
  'intent.other': 'Etwas anderes',

  'identity.ask_both':
    'Das sehe ich mir gern an. Damit Ihre Bestellung geschützt bleibt, schicken Sie mir bitte die **Bestellnummer** und die **E-Mail-Adresse oder Postleitzahl**, die Sie beim Kauf angegeben haben.',
  'identity.no_number':
    'Kein Problem. Die Bestellnummer steht in der Bestätigungs-E-Mail, die wir bei der Bestellung geschickt haben; wenn Sie in Ihrem Posteingang nach dem Namen des Shops suchen, finden Sie sie meist schnell. Falls nicht, kann jemand aus unserem Team sie für Sie heraussuchen.',
  'identity.which_order':
    'Die Bestellung, bei der Sie Hilfe brauchen. Jede Bestellung hat ihre eigene Nummer in der Bestätigungs-E-Mail, die Sie beim Kauf bekommen haben: Schicken Sie mir diese Nummer und die E-Mail-Adresse oder Postleitzahl der Bestellung, dann kümmere ich mich darum.',
  'identity.ask_number':
    'Danke! Und wie lautet die **Bestellnummer**? Sie steht in Ihrer Bestätigungs-E-Mail.',
  'identity.ask_secret':
    'Danke! Damit ich sicher bin, dass Bestellung **#{orderNumber}** Ihre ist: Wie lautet die **E-Mail-Adresse oder Postleitzahl** der Bestellung?',
  'identity.ok': 'Danke, ich habe Bestellung **#{orderNumber}** gefunden.',
  'identity.no_match':
    'Zu diesen Angaben konnte ich keine Bestellung finden. Bitte prüfen Sie die Bestellnummer und die E-Mail-Adresse oder Postleitzahl und versuchen Sie es noch einmal.',
  'identity.throttled':
    'Zu Ihrer Sicherheit habe ich die Bestellsuche für eine kurze Zeit pausiert. Eine Person aus unserem Team kann das mit Ihnen prüfen, oder ich beantworte allgemeine Fragen.',

  'status.thanks':
    '{waited, select, yes {Vielen Dank für Ihre Geduld!} other {Ich sehe gleich für Sie nach!}}',
  'status.thanks_late':
    'Danke für Ihre Geduld – und es tut mir leid, dass es länger dauert als geplant.',
  'status.leadtime_personal':
    '{itemGender, select, f {Ihre} other {Ihr}} **{item}** wird von Hand gefertigt und nur für Sie personalisiert, deshalb rechnen wir mit unserer üblichen Fertigungszeit von **{min}–{max} Werktagen**.',
  'status.leadtime_handmade':
    '{itemGender, select, f {Ihre} other {Ihr}} **{item}** wird von Hand gefertigt, deshalb rechnen wir mit unserer üblichen Fertigungszeit von **{min}–{max} Werktagen**.',
  'status.photo_received':
    'Und ja, Ihr Foto ist bei uns angekommen: Es liegt bei der Bestellung, Sie müssen nichts weiter schicken.',
  'status.stage': 'Gerade ist Bestellung **#{orderNumber}** im Schritt **{stage}**.',
  'status.window': 'Wir rechnen mit dem Versand zwischen **{start}** und **{end}**.',
  'status.window_unknown':
    'Einen verlässlichen Versandzeitraum kann ich noch nicht nennen, deshalb rate ich lieber nicht. Die Werkstatt bestätigt ihn, sobald es geht.',
  'status.delayed_window':
    'Nach unserer neuen Schätzung geht sie zwischen **{start}** und **{end}** in den Versand. Die Werkstatt arbeitet gerade daran.',
  'status.delayed_no_window':
    'Ein verlässliches neues Datum habe ich noch nicht, deshalb rate ich lieber nicht. Die Werkstatt arbeitet gerade daran.',
  'status.delayed_offer_person':
    'Sie liegt jetzt **{days, plural, one {# Werktag} other {# Werktage}}** hinter dem ursprünglichen Zeitraum, deshalb möchte ich, dass sich eine Person aus unserem Team darum kümmert. Soll ich es weitergeben?',
  'status.then_shipping':
    'Sobald das Paket unterwegs ist, kommt noch die Versandzeit dazu, je nachdem, wo Sie wohnen:\n\n{mdText}',
  'status.notify': 'Wir melden uns, sobald sie unterwegs ist!',
  'status.shipped':
    'Gute Nachricht: Bestellung **#{orderNumber}** wurde am **{date}** verschickt{hasCarrier, select, yes { mit **{carrier}**} other {}}.',
  'status.tracking_link': 'Sendungsnummer: [**{trackingNumber}**]({mdUrl})',
  'status.tracking_number': 'Sendungsnummer: **{trackingNumber}**',
  'status.tracking_unknown': 'Eine Sendungsnummer habe ich noch nicht.',
  'status.eta': 'Voraussichtliche Zustellung: **{date}**.',
  'status.deadline_yes': 'Sie sollte also vor **{date}** bei Ihnen sein, rechtzeitig.',
  'status.deadline_no':
    'Das tut mir leid: Nach den geplanten Terminen käme sie nicht vor **{date}** an. Wenn Ihnen das Datum wichtig ist, gebe ich den Fall gern an eine Person im Team weiter, die schaut, was möglich ist. Möchten Sie das?',
  'status.deadline_unsure':
    'Sie verlässt die Werkstatt spätestens am **{end}**, aber ich kann nicht versprechen, dass sie vor **{date}** ankommt: Danach dauert der Versand noch ein paar Tage. Wenn Ihnen das Datum wichtig ist, frage ich gern jemanden im Team, ob es schneller geht. Möchten Sie das?',
  'status.eta_unknown': 'Der Versanddienst hat noch keinen Zustelltermin genannt.',
  'status.delivered': 'Bestellung **#{orderNumber}** ({item}) wurde am **{date}** zugestellt.',
  'status.cancelled': 'Bestellung **#{orderNumber}** wurde am **{date}** storniert.',
  'delivery.not_received':
    'Es tut mir leid, dass sie nicht bei Ihnen angekommen ist. Manchmal wird ein Paket bei Nachbarn oder an einem sicheren Ort abgegeben, ein kurzer Blick lohnt sich. Wenn es nicht auftaucht, kann eine Person aus unserem Team einen Nachforschungsauftrag beim Versanddienst stellen.',
  'delivery.in_transit_help':
    'Wenn sich die Sendungsverfolgung seit ein paar Tagen nicht bewegt hat, kann eine Person aus unserem Team den Versanddienst um eine Nachforschung bitten.',
  'delivery.not_shipped_yet':
    'Sie ist noch nicht verschickt, deshalb gibt es noch keine Sendungsverfolgung.',
  'delivery.problem_reported':
    'Das tut mir leid: Bei der Zustellung von Bestellung **#{orderNumber}** gibt es ein Problem. Am **{date}** hat {hasCarrier, select, yes {**{carrier}**} other {der Versanddienst}} eine Störung gemeldet{hasDetail, select, yes { („{detail}“)} other {}}.',
  'delivery.problem_offer':
    'Jemand aus unserem Team kann das mit dem Versanddienst klären und dafür sorgen, dass Ihr Paket ankommt. Soll ich es weitergeben?',
  'status.if_not_arrived':
    'Wenn es bis **{date}** nicht angekommen ist, schreiben Sie uns einfach hier: Jemand aus dem Team lässt es beim Versanddienst suchen und findet mit Ihnen eine Lösung – Sie gehen nicht leer aus.',
  'status.eta_followup':
    'Ihr Paket ist unterwegs{hasCarrier, select, yes { mit **{carrier}**} other {}} und sollte am **{date}** ankommen.',

  'stage.received': 'Bestellung eingegangen',
  'stage.design': 'Entwurf und Layout',
  'stage.making': 'Fertigung',
  'stage.finishing': 'Farbe und Feinschliff',
  'stage.quality_check': 'letzte Qualitätskontrolle',
  'stage.ready_to_ship': 'verpackt und versandbereit',
  'stage.materials': 'Material',
  'stage.packed': 'verpackt',

  'field.engraving': 'Gravur',
  'field.text': 'Text',
  'field.photo': 'Foto',
  'field.size': 'Größe',
  'field.colour': 'Farbe',
  'field.gift_note': 'Geschenknachricht',
  'field.metal': 'Metall',
  'field.chain': 'Kette',
  'field.initials': 'Initialen',
  'field.glaze': 'Glasur',
  'field.pet': 'Haustier',
  'field.background': 'Hintergrundfarbe',
  // The field with its own article, as it stands in a sentence ("la talla", "l’incisione").
  'field_the.engraving': 'die Gravur',
  'field_the.text': 'der Text',
  'field_the.photo': 'das Foto',
  'field_the.size': 'die Größe',
  'field_the.colour': 'die Farbe',
  'field_the.gift_note': 'die Geschenknachricht',
  'field_the.metal': 'das Metall',
  'field_the.chain': 'die Kette',
  'field_the.initials': 'die Initialen',
  'field_the.glaze': 'die Glasur',
  'field_the.pet': 'das Haustier',
  'field_the.background': 'die Hintergrundfarbe',
  'field_the.other': 'das Feld „{name}“',

  'change.nothing_personal':
    'Bestellung **#{orderNumber}** hat keine personalisierten Details, die ich ändern kann.',
  'change.which_item': 'Welches Stück möchten Sie ändern?',
  'change.which_field':
    'Was möchten Sie an {itemGender, select, f {Ihrer} other {Ihrem}} **{item}** ändern?',
  'change.allowed':
    'Keine Sorge! Ihre Bestellung ist noch im Änderungszeitraum, wir können {itemGender, select, m {Ihren} f {Ihre} other {Ihr}} **{item}** also noch anpassen.',
  'change.ask_value': 'Wie soll die neue Angabe ({field}) lauten?',
  'change.ask_value_current':
    'Aktuell steht dort **{current}**. Wie soll die neue Angabe ({field}) lauten?',
  'change.same_value':
    'Dort steht schon **{current}**, es gibt also nichts zu ändern. Möchten Sie etwas anderes?',
  'change.ask_value_again': 'Kein Problem. Wie soll die Angabe ({field}) stattdessen lauten?',
  'change.ask_photo': 'Bitte laden Sie das neue Foto hier im Chat hoch.',
  'change.value_unclear':
    'Entschuldigung, die neue Angabe ({field}) habe ich nicht erkannt. Können Sie genau schreiben, wie sie lauten soll?',
  'change.new_photo': 'das neue Foto, das Sie geschickt haben',
  'change.confirm':
    'Nur zur Sicherheit: Bei {itemGender, select, f {Ihrer} other {Ihrem}} **{item}** gilt dann **{value}** ({field}). Soll ich das speichern?',
  'change.confirm_from':
    'Nur zur Sicherheit: Bei {itemGender, select, f {Ihrer} other {Ihrem}} **{item}** wird aus **{current}** dann **{value}** ({field}). Soll ich das speichern?',
  'change.done':
    'Erledigt! Gespeichert bei Bestellung **#{orderNumber}** ({field}: **{value}**), und die Werkstatt ist informiert.',
  'change.refused_window':
    'Das tut mir sehr leid: {itemGender, select, f {Ihre} other {Ihr}} **{item}** ist ein Einzelstück und schon in Arbeit (Schritt **{stage}**), und der Änderungszeitraum ist vorbei, deshalb können wir daran jetzt nichts mehr ändern.',
  'change.refused_locked':
    'Das tut mir sehr leid: {itemGender, select, f {Ihre} other {Ihr}} **{item}** ist ein Einzelstück und schon im Schritt **{stage}**, in dem dieses Detail feststeht, deshalb können wir daran jetzt nichts mehr ändern.',
  'change.refused_options':
    'Danke für Ihr Verständnis. Wenn es Ihnen sehr wichtig ist, kann ich eine Person bitten, eine Ausnahme zu prüfen, oder Sie geben eine neue Bestellung mit den neuen Angaben auf.',

  'address.ask':
    'Gern, die Adresse von Bestellung **#{orderNumber}** kann noch geändert werden. Bitte schicken Sie mir die vollständige neue Adresse: Straße, Postleitzahl, Ort und Land.',
  'address.ask_again':
    'Kein Problem, bitte schicken Sie die vollständige Adresse noch einmal: Straße, Postleitzahl, Ort und Land.',
  'address.unclear':
    'Das konnte ich nicht als Adresse lesen. Bitte schicken Sie Straße, Postleitzahl, Ort und Land, durch Kommas getrennt.',
  'address.confirm':
    'Zur Kontrolle: Bestellung **#{orderNumber}** geht an {mdAddress}. Soll ich das speichern?',
  'address.done': 'Erledigt! Bestellung **#{orderNumber}** wird jetzt an {mdAddress} verschickt.',
  'address.refused_shipped':
    'Ihre Bestellung hat die Werkstatt schon verlassen{hasCarrier, select, yes { mit **{carrier}**} other {}}, deshalb können wir die Adresse von hier aus nicht mehr ändern. Der Versanddienst kann ein Paket oft umleiten, wenn Sie ihn mit der Sendungsnummer kontaktieren.',

  'cancel.confirm':
    'Bestellung **#{orderNumber}** ist noch nicht in der Fertigung und kann mit voller Erstattung von **{amount}** storniert werden. Soll ich sie stornieren?',
  'cancel.done':
    'Bestellung **#{orderNumber}** ist storniert, und die volle Erstattung von **{amount}** ist unterwegs.',
  'cancel.kept': 'Prima, Bestellung **#{orderNumber}** bleibt, wie sie ist.',
  'cancel.refused_production':
    'Es tut mir leid, Bestellung **#{orderNumber}** wird schon gefertigt (Schritt **{stage}**), deshalb kann sie nach den Regeln des Shops nicht mehr storniert werden.',
  'cancel.refused_shipped':
    'Es tut mir leid, Bestellung **#{orderNumber}** ist schon verschickt und kann nicht mehr storniert werden.',

  'return.not_delivered':
    'Bestellung **#{orderNumber}** ist noch nicht zugestellt. Eine Rückgabe ist möglich, sobald sie angekommen ist, und ich kann prüfen, ob sie sich noch stornieren lässt.',
  'return.not_delivered_personalized':
    'Bestellung **#{orderNumber}** ist noch nicht zugestellt. Da sie personalisiert und nur für Sie gefertigt wird, lässt sie sich später nicht zurückgeben, aber ich kann prüfen, ob sie sich noch stornieren oder ändern lässt.',
  'return.which_item': 'Welches Stück möchten Sie zurückgeben oder umtauschen?',
  'return.which_kind':
    'Möchten Sie {itemGender, select, m {Ihren} f {Ihre} other {Ihr}} **{item}** gegen Erstattung zurückgeben oder umtauschen?',
  'return.confirm_return':
    '{itemGender, select, f {Ihre} other {Ihr}} **{item}** kann gegen Erstattung zurückgegeben werden. Soll ich die Rückgabe anlegen?',
  'return.confirm_exchange':
    '{itemGender, select, f {Ihre} other {Ihr}} **{item}** kann umgetauscht werden. Soll ich den Umtausch anlegen?',
  'return.buyer_pays': 'Bitte beachten Sie: **Die Rücksendekosten tragen Sie**.',
  'return.shop_pays': 'Die Rücksendekosten **übernehmen wir**.',
  'return.done_return':
    'Erledigt! Die Rückgabe für {itemGender, select, m {Ihren} f {Ihre} other {Ihr}} **{item}** (Bestellung **#{orderNumber}**) ist angelegt. Wir schicken Ihnen die Anleitung per E-Mail, und die Erstattung folgt, sobald das Stück bei uns ist.',
  'return.done_exchange':
    'Erledigt! Der Umtausch für {itemGender, select, m {Ihren} f {Ihre} other {Ihr}} **{item}** (Bestellung **#{orderNumber}**) ist angelegt. Wir schicken Ihnen die Anleitung per E-Mail.',
  'return.refused_personalized':
    'Das verstehe ich. {itemGender, select, f {Ihre} other {Ihr}} **{item}** wurde nur für Sie personalisiert und lässt sich nicht weiterverkaufen, deshalb können wir das Stück ohne Mangel nicht zurücknehmen.',
  'return.refused_final_sale':
    'Das verstehe ich. {itemGender, select, f {Ihre} other {Ihr}} **{item}** wurde als **Endverkauf** verkauft und ist von der Rückgabe ausgeschlossen.',
  'return.refused_window':
    'Es tut mir leid, die Rückgabefrist für {itemGender, select, m {Ihren} f {Ihre} other {Ihr}} **{item}** ist abgelaufen, deshalb ist eine Rückgabe jetzt nicht mehr möglich.',
  'return.refused_other':
    'Es tut mir leid, nach den Regeln des Shops kann {itemGender, select, f {Ihre} other {Ihr}} **{item}** nicht zurückgegeben werden.',
  'return.seller_rule':
    'Diese Regel legt die Werkstatt fest, die es verkauft hat, bei anderen Verkäufern im Shop kann sie anders sein.',
  'return.refused_even_so':
    'Auch dann leider nicht: **{item}** wurde nur für Sie angefertigt, deshalb können wir es bei einer Meinungsänderung nicht zurücknehmen, auch unbenutzt nicht.',
  'return.alternatives': 'Das können wir stattdessen anbieten:\n\n{mdList}',
  'alt.resize': 'Größe anpassen',
  'alt.repair': 'Reparatur',
  'alt.store_credit': 'Gutschrift im Shop',
  'alt.engrave_again': 'Neu gravieren',
  'alt.exchange': 'Umtausch',

  'quality.sorry_damaged':
    'Oh nein, es tut mir wirklich leid, dass Ihr Stück beschädigt angekommen ist. Das bringen wir in Ordnung.',
  'quality.sorry_wrong':
    'Das tut mir wirklich leid, das ist unser Fehler und nicht das, was Sie bestellt haben. Das bringen wir in Ordnung.',
  'quality.sorry_missing':
    'Es tut mir wirklich leid, dass etwas in Ihrem Paket fehlt. Das bringen wir in Ordnung.',
  'quality.which_item': 'Um welches Stück geht es?',
  'quality.prefers_remake':
    'Notiert: Sie hätten am liebsten eine **kostenlose Neuanfertigung**, das berücksichtigen wir.',
  'quality.prefers_refund':
    'Notiert: Sie hätten am liebsten eine **Erstattung**, das berücksichtigen wir.',
  'quality.window_passed':
    'Nur damit Sie es wissen: Probleme meldet man normalerweise innerhalb von **{days} Tagen** nach der Zustellung, bei dieser Bestellung war der letzte Tag {lastDay}. Ich gebe es trotzdem an eine Person aus dem Team weiter, die es sich genau ansieht.',
  'quality.ask_photo':
    'Könnten Sie hier im Chat ein Foto vom Problem hochladen? So sieht die Werkstatt genau, was passiert ist.',
  'quality.photo_later':
    'Kein Problem, das eilt nicht. Sobald Sie das Foto haben, laden Sie es einfach hier im Chat hoch, dann machen wir genau da weiter.',
  'quality.photo_waiting':
    'Perfekt, ich lasse Ihre Anfrage offen, bis das Foto da ist. Bis später!',
  'quality.photo_why':
    'Mit einem Foto können wir das lösen, ohne dass Sie etwas zurückschicken müssen. Können Sie eines hochladen? Wenn das wirklich nicht geht, sagen Sie es mir, dann gebe ich es an eine Person weiter.',
  'quality.photo_thanks': 'Danke für das Foto.',
  'quality.remedies':
    'Das kann ich Ihnen für {itemGender, select, m {Ihren} f {Ihre} other {Ihr}} **{item}** anbieten. Was ist Ihnen lieber?',
  'quality.remake_done':
    'Erledigt! Eine **kostenlose Express-Neuanfertigung** für {itemGender, select, m {Ihren} f {Ihre} other {Ihr}} **{item}** ist an die Werkstatt gegangen (Bestellung **#{orderNumber}**), und wir verschicken sie ohne Kosten für Sie. Das alte Stück müssen Sie nicht zurückschicken.',
  'quality.refund_done': 'Erledigt! Eine Erstattung von **{amount}** wurde veranlasst.',
  'quality.refund_pending':
    'Ich habe eine Erstattung von **{amount}** beantragt. Wegen des Betrags bestätigt sie zuerst eine Person aus unserem Team, sie **wartet also auf Freigabe**. Wir melden uns, sobald sie freigegeben ist.',

  'refund.in_transit':
    'Das verstehe ich, und es tut mir leid, dass Sie noch warten. Bestellung **#{orderNumber}** ist schon unterwegs: sie wurde am **{date}**{hasCarrier, select, yes { mit **{carrier}**} other {}} verschickt.',
  'refund.in_transit_offer':
    'Da das Paket schon beim Versanddienst ist, haben Sie es am schnellsten, wenn es einfach ankommt. Wenn Sie nicht warten möchten oder Ihr Geld trotzdem zurückhaben wollen, kann sich jemand aus dem Team Ihren Fall ansehen. Soll ich es weitergeben?',
  'refund.which_reason': 'Dabei helfe ich gern. Was ist passiert?',
  'refund.refused':
    'Es tut mir leid, eine Erstattung von **{amount}** kann ich nicht selbst veranlassen.',
  'refund.timing':
    'Banken brauchen meist **5–10 Werktage**, bis eine Erstattung auf dem Konto erscheint.',
  'refund.status_none': 'Ich sehe bei Bestellung **#{orderNumber}** noch keine Erstattung.',
  'refund.status_recorded': 'Bei Bestellung **#{orderNumber}** sind bisher **{amount}** erstattet.',
  'refund.status_issued': 'Ihre Erstattung von **{amount}** wurde am **{date}** veranlasst.',
  'refund.status_pending':
    'Ihre Erstattung von **{amount}** **wartet auf Freigabe** durch unser Team. Wir melden uns, sobald entschieden ist.',
  'refund.status_declined':
    'Ihr Erstattungsantrag über **{amount}** wurde geprüft und nicht bewilligt. Eine Person kann Ihnen die Gründe erklären und ihn noch einmal ansehen.',

  'gift.how_to':
    'Was für eine schöne Geschenkidee! Sie können das Stück direkt in unserem Shop bestellen und dabei die persönlichen Details angeben; die Werkstatt fertigt es dann eigens an. Wenn Sie lieber etwas ganz nach eigenem Entwurf möchten, nehme ich gern eine Sonderanfertigung auf.',
  'knowledge.ask': 'Gern, was möchten Sie wissen?',
  'knowledge.ships_to': '**{country}**: Ja, dorthin liefern wir.',
  'knowledge.ships_not_to': '**{country}**: Dorthin liefern wir im Moment leider nicht.',
  'knowledge.answer': 'Dazu sagt unser Shop Folgendes:\n\n**{section}**\n\n{mdText}',
  'knowledge.answer_more': '**{section}**\n\n{mdText}',
  'bot.honest':
    'Ja, ich bin {assistant}, der automatische Assistent von {shop}. Ich helfe bei Bestellungen und Fragen zum Shop, und jemand aus dem Team kann jederzeit übernehmen, wenn Sie möchten.',
  'scope.other':
    'Dabei kann ich in diesem Chat leider nicht helfen: Ich kümmere mich um Bestellungen und Fragen zum Shop. Wenn es etwas für unser Team ist, gebe ich Ihre Nachricht gern an eine Person weiter.',
  'scope.account':
    'Konten, Passwörter oder die App kann ich in diesem Chat weder sehen noch ändern: Ich kümmere mich um Bestellungen und Fragen zum Shop. Dabei hilft Ihnen gern jemand aus unserem Team. Soll ich Ihre Anfrage weitergeben?',
  'knowledge.unknown_part':
    'Zu „{question}“: Dazu habe ich keine Angaben des Shops und rate lieber nicht. Eine Person aus dem Team kann es Ihnen sagen.',
  'knowledge.unknown':
    'Das tut mir leid, die Antwort weiß ich nicht, und raten möchte ich nicht. Eine Person aus unserem Team kann sie Ihnen geben.',

  'brief.intro':
    'Wie schön, wir fertigen gern etwas Neues! Ich notiere ein paar Angaben für die Werkstatt.',
  'brief.ask_item': 'Was dürfen wir für Sie anfertigen?',
  'brief.ask_size': 'Welche Größe soll es haben?',
  'brief.ask_text': 'Soll ein Text oder Name darauf?',
  'brief.ask_colours': 'Welche Farben wünschen Sie sich?',
  'brief.ask_photos':
    'Haben Sie Fotos, die Sie teilen möchten (zum Beispiel von Ihrem Haustier)? Laden Sie sie hier hoch oder überspringen Sie diesen Schritt.',
  'brief.ask_deadline': 'Brauchen Sie es bis zu einem bestimmten Datum?',
  'brief.confirm':
    'Hier ist Ihr Auftrag:\n\n{mdSummary}\n\nSoll ich ihn an die Werkstatt schicken?',
  'brief.label_item': 'Stück',
  'brief.label_size': 'Größe',
  'brief.label_text': 'Text',
  'brief.label_colours': 'Farben',
  'brief.label_photos': 'Fotos',
  'brief.label_deadline': 'Gebraucht bis',
  'brief.none': 'keine Angabe',
  'brief.person_too':
    'Wenn Sie das lieber mit einer Person besprechen möchten, wählen Sie „Mit einer Person sprechen“, dann gebe ich es weiter. Sonst helfen ein paar kurze Fragen der Werkstatt bei der Vorbereitung.',
  'brief.done':
    'Verschickt! Die Werkstatt sieht sich Ihren Auftrag an und meldet sich mit einem Angebot und einem Zeitrahmen.',
  'brief.restart': 'Kein Problem, gehen wir es noch einmal durch.',

  'handoff.sorry': 'Das tut mir wirklich leid, ich verstehe Ihren Ärger.',
  'handoff.progress':
    'Ich habe alles zusammengetragen, und das braucht eine Fachperson, deshalb gebe ich es mit allen Details an eine Person aus unserem Team weiter. Sie müssen nichts wiederholen.',
  'handoff.progress_order':
    'Ich habe Bestellung **#{orderNumber}** geprüft, und das braucht eine Fachperson, deshalb schicke ich alles an eine Person aus unserem Team. Sie müssen nichts wiederholen.',
  'handoff.alternative':
    'Sehr gern, ich habe Ihren Wunsch (**{desired}**) mit allen Details an das Team weitergegeben. Sie müssen nichts wiederholen.',
  'handoff.when_open':
    'Jemand antwortet Ihnen **heute während unserer Öffnungszeiten**, hier und per E-Mail.',
  'handoff.when_closed':
    'Gerade sind wir nicht erreichbar, deshalb antwortet Ihnen jemand ab **{when}**, hier und per E-Mail.',
  'handoff.meanwhile': 'Kann ich Ihnen in der Zwischenzeit noch mit etwas anderem helfen?',
  'handoff.noted':
    'Ich habe das zu Ihrem Anliegen hinzugefügt – wer es bei uns im Team übernimmt, sieht es dann auch.',

  'complaint.sorry':
    'Es tut mir wirklich leid, dass Sie unzufrieden sind. Erzählen Sie mir, was passiert ist, dann tue ich mein Bestes, oder ich verbinde Sie mit einer Person.',
  'attachment.thanks': 'Danke für das Foto! Worum geht es?',
  'flow.left_as_is': 'Kein Problem, ich habe alles so gelassen, wie es war.',
  'resume.offer': 'Sollen wir mit {topic} weitermachen?',
  'resume.back': 'Weiter mit {topic}.',
  'topic.identify': 'der Suche nach Ihrer Bestellung',
  'topic.change': 'Ihrer Änderung',
  'topic.address': 'Ihrer Adressänderung',
  'topic.cancel': 'Ihrer Stornierung',
  'topic.return': 'Ihrer Rückgabe',
  'topic.quality': 'dem Problem an Ihrem Artikel',
  'topic.brief': 'Ihrem Auftrag nach Maß',
  'topic.question': 'Ihrer Frage',
  'topic.csat': 'Ihrer Bewertung',

  'error.action_failed':
    'Es tut mir leid, bei uns ist etwas schiefgelaufen, und ich konnte das nicht abschließen. Ich habe es an eine Person aus unserem Team weitergegeben, die es erledigt und sich bei Ihnen meldet.',
  'thanks.reply': 'Gern geschehen! Einen schönen Tag noch.',
  'csat.ask': 'Schön, dass ich helfen konnte! Wie war ich, von 1 (schlecht) bis 5 (sehr gut)?',
  'csat.thanks': 'Vielen Dank für Ihre Rückmeldung!',
  'csat.thanks_low': 'Danke, dass Sie es mir sagen. Ich gebe es weiter, damit wir besser werden.',

  'qr.status': 'Wo ist meine Bestellung?',
  'qr.change': 'Meine Gravur ändern',
  'qr.damaged': 'Etwas kam beschädigt an',
  'qr.wrong': 'Falsch oder falsch geschrieben',
  'qr.missing': 'Es fehlt etwas',
  'qr.question': 'Eine Frage stellen',
  'qr.custom': 'Eine Anfertigung nach Maß',
  'qr.person': 'Mit einer Person sprechen',
  'qr.done': 'Das war alles, danke',
  'qr.something_else': 'Etwas anderes',
  'qr.no_thanks': 'Nein, danke',
  'qr.never_mind': 'Doch nicht',
  'qr.yes_save': 'Ja, speichern',
  'qr.yes_send': 'Ja, abschicken',
  'qr.yes_cancel': 'Ja, stornieren',
  'qr.yes_go_ahead': 'Ja, bitte',
  'qr.no_change': 'Nein, ändern',
  'qr.no_keep': 'Nein, behalten',
  'qr.no_photo': 'Ich kann kein Foto schicken',
  'qr.remake': 'Kostenlose Express-Neuanfertigung',
  'qr.refund_amount': 'Erstattung von {amount}',
  'qr.return': 'Rückgabe oder Umtausch',
  'qr.return_refund': 'Rückgabe mit Erstattung',
  'qr.exchange': 'Umtauschen',
  'qr.cancel': 'Bestellung stornieren',
  'qr.changed_mind': 'Ich habe es mir anders überlegt',
  'qr.wait': 'Ich warte ab',
  'qr.ask_refund': 'Ich möchte eine Erstattung',
  'qr.new_order': 'Neue Bestellung aufgeben',
  'qr.helped': 'Das hilft, danke',
  'qr.another_question': 'Noch eine Frage',
  'qr.resume': 'Ja, weiter',
  'qr.skip': 'Überspringen',
  'identity.ask_email':
    'Um die Bestellung **#{orderNumber}** zu ändern, brauche ich noch eine Bestätigung: Wie lautet die **E-Mail-Adresse** der Bestellung?',
  'identity.retry_kept':
    'Wenn die Bestellung **#{orderNumber}** stimmt, prüfen Sie bitte die **E-Mail-Adresse oder Postleitzahl**; sonst schicken Sie mir einfach die richtige Bestellnummer.',
  'which_order.ask': 'Geht es um die Bestellung **#{orderNumber}** oder um eine andere?',
  'which_order.ask_number': 'Gern, wie lautet die Nummer der anderen Bestellung?',
  'qr.this_order': 'Bestellung #{orderNumber}',
  'qr.other_order': 'Eine andere Bestellung',
  'change.kept': 'Kein Problem, es bleibt bei **{value}** ({field}). Ich habe nichts geändert.',
  'change.ask_exact':
    'Gern. Was genau soll neu stehen ({field})? Schreiben Sie einfach den Text so, wie er erscheinen soll.',
  'clarify.offer_person':
    'Entschuldigung, ich verstehe es noch nicht richtig. Soll ich Sie an eine Person aus unserem Team weitergeben?',
  'input.invalid_thrice':
    'Entschuldigung, ich kann das leider immer noch nicht lesen. Soll jemand aus unserem Team das mit Ihnen klären?',
  'answer.also': 'Zu {count, plural, one {Ihrer anderen Frage} other {Ihren anderen Fragen}}:',
  'topic.which_order': 'um welche Bestellung es geht',
};
