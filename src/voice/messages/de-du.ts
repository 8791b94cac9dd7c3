import type { MessageId } from './en.js';

/**
 * Deutsch mit du, für Kundinnen und Kunden, die selbst duzen: nur die häufigsten Sätze, die sich
 * von der Sie-Form unterscheiden. Alles andere bleibt in der Sie-Form des Katalogs.
 */
export const deDu: Partial<Record<MessageId, string>> = {
  'menu.prompt': 'Wobei kann ich dir helfen?',
  'repair.ask': 'Entschuldige, da habe ich dich falsch verstanden. Was möchtest du denn wissen?',
  'clarify.ask': 'Ich möchte dir bei der richtigen Sache helfen. Was davon passt am besten?',
  'clarify.offer_person':
    'Entschuldige, ich verstehe es noch nicht richtig. Soll ich dich an eine Person aus unserem Team weitergeben?',
  'identity.ask_both':
    'Das sehe ich mir gern an. Damit deine Bestellung geschützt bleibt, schick mir bitte die **Bestellnummer** und die **E-Mail-Adresse oder Postleitzahl**, die du beim Kauf angegeben hast.',
  'identity.ask_number':
    'Danke! Und wie lautet die **Bestellnummer**? Sie steht in deiner Bestätigungs-E-Mail.',
  'identity.ask_secret':
    'Danke! Damit ich sicher bin, dass Bestellung **#{orderNumber}** deine ist: Wie lautet die **E-Mail-Adresse oder Postleitzahl** der Bestellung?',
  'identity.no_match':
    'Zu diesen Angaben konnte ich keine Bestellung finden. Prüf bitte die Bestellnummer und die E-Mail-Adresse oder Postleitzahl und versuch es noch einmal.',
  'identity.retry_kept':
    'Wenn die Bestellung **#{orderNumber}** stimmt, prüf bitte die **E-Mail-Adresse oder Postleitzahl**; sonst schick mir einfach die richtige Bestellnummer.',
  'status.thanks':
    '{waited, select, yes {Vielen Dank für deine Geduld!} other {Ich sehe gleich für dich nach!}}',
  'status.thanks_late':
    'Danke für deine Geduld – und es tut mir leid, dass es länger dauert als geplant.',
  'status.leadtime_personal':
    '{itemGender, select, f {Deine} other {Dein}} **{item}** wird von Hand gefertigt und nur für dich personalisiert, deshalb rechnen wir mit unserer üblichen Fertigungszeit von **{min}–{max} Werktagen**.',
  'status.leadtime_handmade':
    '{itemGender, select, f {Deine} other {Dein}} **{item}** wird von Hand gefertigt, deshalb rechnen wir mit unserer üblichen Fertigungszeit von **{min}–{max} Werktagen**.',
  'status.photo_received':
    'Und ja, dein Foto ist bei uns angekommen: Es liegt bei der Bestellung, du musst nichts weiter schicken.',
  'status.then_shipping':
    'Sobald das Paket unterwegs ist, kommt noch die Versandzeit dazu, je nachdem, wo du wohnst:\n\n{mdText}',
  'status.deadline_yes': 'Sie sollte also vor **{date}** bei dir sein, rechtzeitig.',
  'status.eta_followup':
    'Dein Paket ist unterwegs{hasCarrier, select, yes { mit **{carrier}**} other {}} und sollte am **{date}** ankommen.',
  'change.which_item': 'Welches Stück möchtest du ändern?',
  'change.which_field':
    'Was möchtest du an {itemGender, select, f {deiner} other {deinem}} **{item}** ändern?',
  'change.allowed':
    'Keine Sorge! Deine Bestellung ist noch im Änderungszeitraum, wir können {itemGender, select, m {deinen} f {deine} other {dein}} **{item}** also noch anpassen.',
  'change.ask_photo': 'Lade das neue Foto einfach hier im Chat hoch.',
  'change.value_unclear':
    'Entschuldige, die neue Angabe ({field}) habe ich nicht erkannt. Kannst du genau schreiben, wie sie lauten soll?',
  'change.new_photo': 'das neue Foto, das du geschickt hast',
  'change.confirm':
    'Nur zur Sicherheit: Bei {itemGender, select, f {deiner} other {deinem}} **{item}** gilt dann **{value}** ({field}). Soll ich das speichern?',
  'change.confirm_from':
    'Nur zur Sicherheit: Bei {itemGender, select, f {deiner} other {deinem}} **{item}** wird aus **{current}** dann **{value}** ({field}). Soll ich das speichern?',
  'change.refused_window':
    'Das tut mir sehr leid: {itemGender, select, f {Deine} other {Dein}} **{item}** ist ein Einzelstück und schon in Arbeit (Schritt **{stage}**), und der Änderungszeitraum ist vorbei, deshalb können wir daran jetzt nichts mehr ändern.',
  'change.refused_locked':
    'Das tut mir sehr leid: {itemGender, select, f {Deine} other {Dein}} **{item}** ist ein Einzelstück und schon im Schritt **{stage}**, in dem dieses Detail feststeht, deshalb können wir daran jetzt nichts mehr ändern.',
  'change.refused_options':
    'Danke für dein Verständnis. Wenn es dir sehr wichtig ist, kann ich eine Person bitten, eine Ausnahme zu prüfen, oder du gibst eine neue Bestellung mit den neuen Angaben auf.',
  'change.ask_exact':
    'Gern. Was genau soll neu stehen ({field})? Schreib den Text einfach so, wie er erscheinen soll.',
  'address.ask':
    'Gern, die Adresse von Bestellung **#{orderNumber}** kann noch geändert werden. Schick mir bitte die vollständige neue Adresse: Straße, Postleitzahl, Ort und Land.',
  'address.ask_again':
    'Kein Problem, schick mir die vollständige Adresse bitte noch einmal: Straße, Postleitzahl, Ort und Land.',
  'address.refused_shipped':
    'Deine Bestellung hat die Werkstatt schon verlassen{hasCarrier, select, yes { mit **{carrier}**} other {}}, deshalb können wir die Adresse von hier aus nicht mehr ändern. Der Versanddienst kann ein Paket oft umleiten, wenn du ihn mit der Sendungsnummer kontaktierst.',
  'return.which_kind':
    'Möchtest du {itemGender, select, m {deinen} f {deine} other {dein}} **{item}** gegen Erstattung zurückgeben oder umtauschen?',
  'return.refused_personalized':
    'Das verstehe ich. {itemGender, select, f {Deine} other {Dein}} **{item}** wurde nur für dich personalisiert und lässt sich nicht weiterverkaufen, deshalb können wir das Stück ohne Mangel nicht zurücknehmen.',
  'quality.sorry_damaged':
    'Oh nein, es tut mir wirklich leid, dass dein Stück beschädigt angekommen ist. Das bringen wir in Ordnung.',
  'quality.sorry_wrong':
    'Das tut mir wirklich leid, das ist unser Fehler und nicht das, was du bestellt hast. Das bringen wir in Ordnung.',
  'quality.sorry_missing':
    'Es tut mir wirklich leid, dass etwas in deinem Paket fehlt. Das bringen wir in Ordnung.',
  'quality.prefers_remake':
    'Notiert: Du hättest am liebsten eine **kostenlose Neuanfertigung**, das berücksichtigen wir.',
  'quality.prefers_refund':
    'Notiert: Du hättest am liebsten eine **Erstattung**, das berücksichtigen wir.',
  'quality.window_passed':
    'Nur damit du es weißt: Probleme meldet man normalerweise innerhalb von **{days} Tagen** nach der Zustellung, bei dieser Bestellung war der letzte Tag {lastDay}. Ich gebe es trotzdem an eine Person aus dem Team weiter, die es sich genau ansieht.',
  'change.same_value':
    'Dort steht schon **{current}**, es gibt also nichts zu ändern. Möchtest du etwas anderes?',
  'quality.ask_photo':
    'Kannst du hier im Chat ein Foto vom Problem hochladen? So sieht die Werkstatt genau, was passiert ist.',
  'quality.photo_why':
    'Mit einem Foto können wir das lösen, ohne dass du etwas zurückschicken musst. Kannst du eins hochladen? Wenn das wirklich nicht geht, sag es mir, dann gebe ich es an eine Person weiter.',
  'quality.remedies':
    'Das kann ich dir für {itemGender, select, m {deinen} f {deine} other {dein}} **{item}** anbieten. Was ist dir lieber?',
  'refund.status_issued': 'Deine Erstattung von **{amount}** wurde am **{date}** veranlasst.',
  'gift.how_to':
    'Was für eine schöne Geschenkidee! Du kannst das Stück direkt in unserem Shop bestellen und dabei die persönlichen Details angeben; die Werkstatt fertigt es dann eigens an. Wenn du lieber etwas ganz nach eigenem Entwurf möchtest, nehme ich gern eine Sonderanfertigung auf.',
  'knowledge.ask': 'Gern, was möchtest du wissen?',
  'knowledge.unknown_part':
    'Zu „{question}“: Dazu habe ich keine Angaben des Shops und rate lieber nicht. Eine Person aus dem Team kann es dir sagen.',
  'knowledge.unknown':
    'Das tut mir leid, die Antwort weiß ich nicht, und raten möchte ich nicht. Eine Person aus unserem Team kann sie dir geben.',
  'scope.other':
    'Dabei kann ich in diesem Chat leider nicht helfen: Ich kümmere mich um Bestellungen und Fragen zum Shop. Wenn es etwas für unser Team ist, gebe ich deine Nachricht gern an eine Person weiter.',
  'handoff.sorry': 'Das tut mir wirklich leid, ich verstehe deinen Ärger.',
  'handoff.progress':
    'Ich habe alles zusammengetragen, und das braucht eine Fachperson, deshalb gebe ich es mit allen Details an eine Person aus unserem Team weiter. Du musst nichts wiederholen.',
  'handoff.progress_order':
    'Ich habe Bestellung **#{orderNumber}** geprüft, und das braucht eine Fachperson, deshalb schicke ich alles an eine Person aus unserem Team. Du musst nichts wiederholen.',
  'handoff.when_open':
    'Jemand antwortet dir **heute während unserer Öffnungszeiten**, hier und per E-Mail.',
  'handoff.when_closed':
    'Gerade sind wir nicht erreichbar, deshalb antwortet dir jemand ab **{when}**, hier und per E-Mail.',
  'handoff.meanwhile': 'Kann ich dir in der Zwischenzeit noch mit etwas anderem helfen?',
  'handoff.noted':
    'Ich habe das zu deinem Anliegen hinzugefügt – wer es bei uns im Team übernimmt, sieht es dann auch.',
  'complaint.sorry':
    'Es tut mir wirklich leid, dass du unzufrieden bist. Erzähl mir, was passiert ist, dann tue ich mein Bestes, oder ich verbinde dich mit einer Person.',
  'answer.also': 'Zu {count, plural, one {deiner anderen Frage} other {deinen anderen Fragen}}:',
  'csat.thanks': 'Vielen Dank für deine Rückmeldung!',
  'topic.identify': 'der Suche nach deiner Bestellung',
  'topic.change': 'deiner Änderung',
  'topic.cancel': 'deiner Stornierung',
  'topic.return': 'deiner Rückgabe',
  'topic.question': 'deiner Frage',
};
