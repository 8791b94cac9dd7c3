/**
 * English reply templates (ICU MessageFormat). Every other language has exactly these keys.
 * Bold (**…**) marks the facts a customer scans for; apostrophes are typographic (’) so ICU
 * quoting never bites.
 */
export const en = {
  'greeting.default': 'Hi! I’m {assistant} from {shop}.',
  'greeting.intro': 'I’m {assistant}, the assistant of {shop}.',
  'greeting.offer':
    'I can check where your order is, help with changes to a personalised piece, sort out anything that arrived wrong, or answer questions about the shop. What can I do for you?',
  'menu.prompt': 'What can I help you with?',

  'input.empty': 'I didn’t get a message there, it looks empty.',
  'input.emoji_only':
    'Thanks! I can only read words, though. Could you tell me in a sentence what you need?',
  'input.stale_choice':
    'That button belongs to an earlier question, so I’ll leave it. Here’s where we are:',
  'input.not_understood': 'Sorry, I didn’t quite catch that.',
  'input.unasked_yesno': 'I’m not sure what that answers, I don’t think I asked anything yet.',
  'input.unsupported_language':
    'Sorry, I can only chat in English, Spanish, French, German, Italian and Portuguese. Which would you like?',
  'lang.switched': 'Of course, let’s continue in English.',
  'lang.en': 'English',
  'lang.es': 'Español',
  'lang.fr': 'Français',
  'lang.de': 'Deutsch',
  'lang.it': 'Italiano',
  'lang.pt': 'Português',

  'repair.ask': 'I’m sorry, I got that wrong. Could you tell me again what you’d like to know?',
  'clarify.ask': 'I want to make sure I help with the right thing. Which of these is closest?',
  'intent.order_status': 'Where’s my order?',
  'intent.delivery_problem': 'A problem with delivery',
  'intent.change_details': 'Change a personalised detail',
  'intent.change_address': 'Change my address',
  'intent.cancel_order': 'Cancel my order',
  'intent.return_request': 'Return or exchange',
  'intent.damaged_item': 'Something arrived damaged',
  'intent.wrong_item': 'Something is wrong with my item',
  'intent.missing_item': 'Something is missing',
  'intent.refund_status': 'Where’s my refund?',
  'intent.refund_request': 'I’d like a refund',
  'intent.payment_issue': 'A payment question',
  'intent.shop_question': 'Ask a question',
  'intent.custom_request': 'Order something custom',
  'intent.human_agent': 'Talk to a person',
  'intent.complaint': 'I’m unhappy with something',
  'intent.greeting': 'Hello',
  'intent.thanks': 'Thanks',
  'intent.other': 'Something else',

  'identity.ask_both':
    'Happy to look into it. To keep your order private, please send me your **order number** and the **e-mail address or postcode** you used when ordering.',
  'identity.no_number':
    'No problem. The order number is in the confirmation e-mail we sent when the order was placed, so searching your inbox for the shop’s name usually finds it. If you still can’t find it, a person from our team can look it up for you.',
  'identity.which_order':
    'The one you’d like help with. Each order has its own number in the confirmation e-mail we sent when you ordered: send me that number and the e-mail address or postcode you used, and I’ll take it from there.',
  'identity.ask_number':
    'Thanks! And what’s the **order number**? You’ll find it in your confirmation e-mail.',
  'identity.ask_secret':
    'Thanks! To confirm order **#{orderNumber}** is yours, what’s the **e-mail address or postcode** on the order?',
  'identity.ok': 'Thank you, I’ve found order **#{orderNumber}**.',
  'identity.no_match':
    'I couldn’t match those details to an order. Please check the order number and the e-mail or postcode and try again.',
  'identity.throttled':
    'For your security I’ve paused order look-ups for a little while. A person from our team can help you check it instead, or I can answer general questions.',

  'status.thanks':
    '{waited, select, yes {Thanks so much for your patience!} other {Happy to check on that for you!}}',
  'status.thanks_late':
    'Thank you for your patience, and I’m sorry this is taking longer than planned.',
  'status.leadtime_personal':
    'Your **{item}** is made by hand and personalised just for you, so it takes our standard **{min}–{max} business days** to make.',
  'status.leadtime_handmade':
    'Your **{item}** is made by hand, so it takes our standard **{min}–{max} business days** to make.',
  'status.photo_received':
    'And yes, we have your photo: it’s with the order, so there’s nothing more you need to send.',
  'status.stage': 'Right now order **#{orderNumber}** is at the **{stage}** stage.',
  'status.window': 'We expect it to ship between **{start}** and **{end}**.',
  'status.window_unknown':
    'I can’t give a reliable ship window for it yet, so I won’t guess. The maker will confirm it as soon as they can.',
  'status.delayed_window':
    'Our new estimate is that it ships between **{start}** and **{end}**. The maker is working on it now.',
  'status.delayed_no_window':
    'I don’t have a reliable new date yet, so I won’t guess. The maker is working on it now.',
  'status.delayed_offer_person':
    'It’s now **{days, plural, one {# business day} other {# business days}}** past the original window, so I’d like a person from our team to check on it for you. Shall I pass it on?',
  'status.then_shipping':
    'Once it’s on its way, add the delivery time for where you live:\n\n{mdText}',
  'status.notify': 'We’ll let you know as soon as it’s on its way!',
  'status.shipped':
    'Good news: order **#{orderNumber}** shipped on **{date}**{hasCarrier, select, yes { with **{carrier}**} other {}}.',
  'status.tracking_link': 'Tracking number: [**{trackingNumber}**]({mdUrl})',
  'status.tracking_number': 'Tracking number: **{trackingNumber}**',
  'status.tracking_unknown': 'I don’t have a tracking number for it yet.',
  'status.eta': 'Estimated delivery: **{date}**.',
  'status.deadline_yes': 'So it should reach you before **{date}**, in time.',
  'status.deadline_no':
    'I’m sorry: going by the dates we have, it wouldn’t arrive before **{date}**. If that date matters, I can pass this to a person on the team to see what can be done. Would you like that?',
  'status.deadline_unsure':
    'It will leave the workshop by **{end}** at the latest, but I can’t promise it arrives before **{date}**: delivery takes a few more days after that. If that date matters, I can ask a person on the team whether it can be hurried. Would you like that?',
  'status.eta_unknown': 'The carrier hasn’t given a delivery estimate yet.',
  'status.delivered': 'Order **#{orderNumber}** ({item}) was delivered on **{date}**.',
  'status.cancelled': 'Order **#{orderNumber}** was cancelled on **{date}**.',
  'delivery.not_received':
    'I’m sorry it hasn’t reached you. Sometimes parcels are left with a neighbour or in a safe place, so it’s worth a quick look. If it’s not there, a person from our team can open a search with the carrier.',
  'delivery.in_transit_help':
    'If the tracking hasn’t moved for a few days, a person from our team can ask the carrier to trace it.',
  'delivery.not_shipped_yet': 'It hasn’t shipped yet, so there’s no tracking to check.',
  'delivery.problem_reported':
    'I’m sorry, there’s a problem with the delivery of order **#{orderNumber}**: on **{date}**, {hasCarrier, select, yes {**{carrier}**} other {the carrier}} reported a delivery issue{hasDetail, select, yes { (“{detail}”)} other {}}.',
  'delivery.problem_offer':
    'A person from our team can sort it out with the carrier and make sure it reaches you. Shall I pass it on?',
  'status.if_not_arrived':
    'If it hasn’t arrived by **{date}**, just write to us here: a person from the team will ask the carrier to trace it and sort it out with you, so you won’t be left without it.',
  'status.eta_followup':
    'It’s on its way{hasCarrier, select, yes { with **{carrier}**} other {}}, and the carrier expects to deliver it on **{date}**.',

  'stage.received': 'order received',
  'stage.design': 'design and layout',
  'stage.making': 'making',
  'stage.finishing': 'colour and finishing',
  'stage.quality_check': 'final quality check',
  'stage.ready_to_ship': 'packed and ready to ship',
  'stage.materials': 'materials',
  'stage.packed': 'packed',

  'field.engraving': 'engraving',
  'field.text': 'text',
  'field.photo': 'photo',
  'field.size': 'size',
  'field.colour': 'colour',
  'field.gift_note': 'gift note',
  'field.metal': 'metal',
  'field.chain': 'chain',
  'field.initials': 'initials',
  'field.glaze': 'glaze',
  'field.pet': 'pet',
  'field.background': 'background colour',
  // The field with its own article, as it stands in a sentence ("la talla", "l’incisione").
  'field_the.engraving': 'the engraving',
  'field_the.text': 'the text',
  'field_the.photo': 'the photo',
  'field_the.size': 'the size',
  'field_the.colour': 'the colour',
  'field_the.gift_note': 'the gift note',
  'field_the.metal': 'the metal',
  'field_the.chain': 'the chain',
  'field_the.initials': 'the initials',
  'field_the.glaze': 'the glaze',
  'field_the.pet': 'the pet',
  'field_the.background': 'the background colour',
  'field_the.other': 'the {name}',

  'change.nothing_personal': 'Order **#{orderNumber}** has no personalised details I can change.',
  'change.which_item': 'Which piece would you like to change?',
  'change.which_field': 'What would you like to change on your **{item}**?',
  'change.allowed':
    'No worries! Your order is still inside our change window, so we can update your **{item}**.',
  'change.ask_value': 'What should the new {field} be?',
  'change.ask_value_current': 'It currently says **{current}**. What should the new {field} be?',
  'change.same_value':
    'It already says **{current}**, so there’s nothing to change. Would you like something different?',
  'change.ask_value_again': 'No problem. What should the {field} be instead?',
  'change.ask_photo': 'Please upload the new photo here in the chat.',
  'change.value_unclear':
    'Sorry, I didn’t catch the new {field}. Could you type exactly what it should be?',
  'change.new_photo': 'the new photo you sent',
  'change.confirm':
    'Just to be sure, the new {field} for your **{item}** will be: **{value}**. Shall I save it?',
  'change.confirm_from':
    'Just to be sure, the {field} on your **{item}** will change from **{current}** to **{value}**. Shall I save it?',
  'change.done':
    'Done! The {field} is now **{value}**, saved on order **#{orderNumber}**, and the maker has been told.',
  'change.refused_window':
    'I’m so sorry, your **{item}** is one of a kind and is already being made (it’s at the **{stage}** stage), and the change window has closed, so we can’t change it now.',
  'change.refused_locked':
    'I’m so sorry, your **{item}** is one of a kind and has already reached the **{stage}** stage, where that detail is fixed, so we can’t change it now.',
  'change.refused_options':
    'Thank you for understanding. If it really matters, I can ask a person to look for an exception, or you could place a new order with the new details.',

  'address.ask':
    'Sure, the address on order **#{orderNumber}** can still be changed. Please send the full new address: street, postcode, city and country.',
  'address.ask_again':
    'No problem, please send the full address again: street, postcode, city and country.',
  'address.unclear':
    'I couldn’t read that as an address. Please send street, postcode, city and country, separated by commas.',
  'address.confirm':
    'Just to check, order **#{orderNumber}** will go to: {mdAddress}. Shall I save it?',
  'address.done': 'Done! Order **#{orderNumber}** will now ship to {mdAddress}.',
  'address.refused_shipped':
    'Your order has already left the studio{hasCarrier, select, yes { with **{carrier}**} other {}}, so we can’t change the address from here any more. The carrier can often redirect a parcel if you contact them with the tracking number.',

  'cancel.confirm':
    'Order **#{orderNumber}** hasn’t gone into production yet, so it can be cancelled with a full refund of **{amount}**. Shall I cancel it?',
  'cancel.done':
    'Order **#{orderNumber}** is cancelled and a full refund of **{amount}** is on its way.',
  'cancel.kept': 'Great, order **#{orderNumber}** stays as it is.',
  'cancel.refused_production':
    'I’m sorry, order **#{orderNumber}** is already being made (it’s at the **{stage}** stage), so it can’t be cancelled any more under the shop’s policy.',
  'cancel.refused_shipped':
    'I’m sorry, order **#{orderNumber}** has already shipped, so it can’t be cancelled any more.',

  'return.not_delivered':
    'Order **#{orderNumber}** hasn’t been delivered yet. Returns are possible once it has arrived, and I can check whether it can still be cancelled.',
  'return.not_delivered_personalized':
    'Order **#{orderNumber}** hasn’t been delivered yet. As it’s personalised and made just for you, it can’t be returned afterwards, but I can check whether it can still be cancelled or changed.',
  'return.which_item': 'Which piece would you like to return or exchange?',
  'return.which_kind': 'Would you like to return your **{item}** for a refund, or exchange it?',
  'return.confirm_return':
    'Your **{item}** can be returned for a refund. Shall I set up the return?',
  'return.confirm_exchange': 'Your **{item}** can be exchanged. Shall I set up the exchange?',
  'return.buyer_pays': 'Please note that **return shipping is paid by you**.',
  'return.shop_pays': 'Return shipping is **on us**.',
  'return.done_return':
    'Done! The return for your **{item}** (order **#{orderNumber}**) is set up. We’ll e-mail you the return instructions, and the refund follows once it arrives back.',
  'return.done_exchange':
    'Done! The exchange for your **{item}** (order **#{orderNumber}**) is set up. We’ll e-mail you the instructions.',
  'return.refused_personalized':
    'I understand. Because your **{item}** was personalised just for you, it can’t be resold, so we can’t take it back for a no-reason return.',
  'return.refused_final_sale':
    'I understand. Your **{item}** was sold as **final sale**, so it can’t be returned.',
  'return.refused_window':
    'I’m sorry, the return window for your **{item}** has closed, so it can’t be returned now.',
  'return.refused_other': 'I’m sorry, your **{item}** can’t be returned under the shop’s policy.',
  'return.seller_rule':
    'This rule is set by the maker who sold it, so it may differ from other sellers in the shop.',
  'return.refused_even_so':
    'Even then, I’m afraid: your **{item}** was made just for you, so we can’t take it back for a change of mind, used or not.',
  'return.alternatives': 'Here’s what we can do instead:\n\n{mdList}',
  'alt.resize': 'Resizing',
  'alt.repair': 'Repair',
  'alt.store_credit': 'Store credit',
  'alt.engrave_again': 'Engrave it again',
  'alt.exchange': 'Exchange',

  'quality.sorry_damaged': 'Oh no, I’m so sorry your piece arrived damaged. Let’s put this right.',
  'quality.sorry_wrong':
    'I’m so sorry, that’s our mistake and not what you ordered. Let’s put this right.',
  'quality.sorry_missing':
    'I’m so sorry something is missing from your parcel. Let’s put this right.',
  'quality.which_item': 'Which piece is it about?',
  'quality.prefers_remake':
    'Noted: you’d prefer a **free remake**, and we’ll take that into account.',
  'quality.prefers_refund': 'Noted: you’d prefer a **refund**, and we’ll take that into account.',
  'quality.window_passed':
    'Just so you know: problems are normally reported within **{days} days** of delivery, and for this order the last day was {lastDay}. I’ll still pass it to a person, who will look at it with care.',
  'quality.ask_photo':
    'Could you upload a photo of the problem here in the chat? It helps the maker see exactly what happened.',
  'quality.photo_later':
    'No rush at all. When you have the photo, just upload it here in this chat and we’ll pick up right where we left off.',
  'quality.photo_waiting': 'Perfect, I’ll keep this open until your photo comes in. Talk soon!',
  'quality.photo_why':
    'A photo lets us fix this without sending anything back. Could you upload one? If you really can’t, just tell me and I’ll pass it to a person.',
  'quality.photo_thanks': 'Thank you for the photo.',
  'quality.remedies': 'Here’s what I can offer for your **{item}**. Which would you prefer?',
  'quality.remake_done':
    'Done! A **free rush remake** of your **{item}** is on the way to the maker (order **#{orderNumber}**), and we’ll ship it at no cost to you. You don’t need to send the old one back.',
  'quality.refund_done': 'Done! A refund of **{amount}** has been issued.',
  'quality.refund_pending':
    'I’ve requested a refund of **{amount}**. Because of the amount, a person from our team confirms it first, so it’s **waiting for approval**. You’ll hear from us as soon as it’s approved.',

  'refund.in_transit':
    'I understand, and I’m sorry you’re still waiting. Order **#{orderNumber}** is already on its way: it shipped on **{date}**{hasCarrier, select, yes { with **{carrier}**} other {}}.',
  'refund.in_transit_offer':
    'As it’s already with the carrier, the quickest way to have it is to let it arrive. If you’d rather not wait, or you still want your money back, a person from our team can look at your case. Shall I pass it on?',
  'refund.which_reason': 'I can help with that. What happened?',
  'refund.refused': 'I’m sorry, I can’t issue a refund of **{amount}** myself.',
  'refund.timing': 'Banks usually take **5–10 business days** to show a refund on your statement.',
  'refund.status_none': 'I don’t see any refund on order **#{orderNumber}** yet.',
  'refund.status_recorded': 'Order **#{orderNumber}** shows **{amount}** refunded so far.',
  'refund.status_issued': 'Your refund of **{amount}** was issued on **{date}**.',
  'refund.status_pending':
    'Your refund of **{amount}** is **waiting for approval** by our team. You’ll hear from us as soon as it’s decided.',
  'refund.status_declined':
    'Your refund request of **{amount}** was reviewed and not approved. A person can explain why and look at it again.',

  'gift.how_to':
    'What a lovely gift idea! You can order it straight from our shop and add the personal touches as you order; the maker then makes it just for them. If you’d rather have something made completely to your own design, I can take a custom request instead.',
  'knowledge.ask': 'Sure, what would you like to know?',
  'knowledge.ships_to': '**{country}**: yes, we ship there.',
  'knowledge.ships_not_to': '**{country}**: sorry, we don’t ship there at the moment.',
  'knowledge.answer': 'Here’s what our shop says on that:\n\n**{section}**\n\n{mdText}',
  'knowledge.answer_more': '**{section}**\n\n{mdText}',
  'bot.honest':
    'Yes, I’m {assistant}, the automatic assistant of {shop}. I can help with orders and questions about the shop, and a person from the team can take over whenever you like.',
  'scope.other':
    'That’s outside what I can help with in this chat: I look after orders and questions about our shop. If it’s something for our team, I can pass it on to a person.',
  'scope.account':
    'I can’t see or change accounts, passwords or the app from this chat: I look after orders and questions about the shop. Someone from our team can help with that. Shall I pass it on to a person?',
  'knowledge.unknown_part':
    'About “{question}”: I don’t have that in the shop’s information and would rather not guess. A person from our team can tell you.',
  'knowledge.unknown':
    'I’m sorry, I don’t know the answer to that, and I’d rather not guess. A person from our team can answer it for you.',

  'brief.intro':
    'How exciting, we love making something new! I’ll note a few details for the maker.',
  'brief.ask_item': 'What would you like us to make?',
  'brief.ask_size': 'What size should it be?',
  'brief.ask_text': 'Any text or names to include?',
  'brief.ask_colours': 'Which colours would you like?',
  'brief.ask_photos':
    'Do you have photos to share (for example of your pet)? Upload them here, or skip.',
  'brief.ask_deadline': 'Do you need it by a certain date?',
  'brief.confirm': 'Here’s your brief:\n\n{mdSummary}\n\nShall I send it to the maker?',
  'brief.label_item': 'Piece',
  'brief.label_size': 'Size',
  'brief.label_text': 'Text',
  'brief.label_colours': 'Colours',
  'brief.label_photos': 'Photos',
  'brief.label_deadline': 'Needed by',
  'brief.none': 'not given',
  'brief.person_too':
    'If you’d rather talk it through with a person, choose “Talk to a person” and I’ll pass this on. Otherwise a few quick questions help the maker prepare.',
  'brief.done': 'Sent! The maker will look at your brief and reply with a quote and a time frame.',
  'brief.restart': 'No problem, let’s go through it again.',

  'handoff.sorry': 'I’m really sorry about this, and I understand how frustrating it is.',
  'handoff.progress':
    'I’ve gathered everything and this needs a specialist, so I’m passing it to a person from our team with all the details. You won’t have to repeat yourself.',
  'handoff.progress_order':
    'I’ve checked order **#{orderNumber}** and this needs a specialist, so I’m sending everything over to a person from our team. You won’t have to repeat yourself.',
  'handoff.alternative':
    'Lovely, I’ve passed your request for **{desired}** to the team with all the details. You won’t have to repeat yourself.',
  'handoff.when_open':
    'Someone will reply **today, during our opening hours**, right here and by e-mail.',
  'handoff.when_closed':
    'We’re closed right now, so someone will reply from **{when}**, right here and by e-mail.',
  'handoff.meanwhile': 'Is there anything else I can help with in the meantime?',
  'handoff.noted':
    'I’ve added this to your case, so the person from our team who picks it up will see it too.',

  'complaint.sorry':
    'I’m really sorry you’re unhappy. Tell me what happened and I’ll do my best to sort it out, or I can pass you to a person.',
  'attachment.thanks': 'Thanks for the photo! What is it about?',
  'flow.left_as_is': 'No problem, I’ve left everything as it was.',
  'resume.offer': 'Shall we get back to {topic}?',
  'resume.back': 'Back to {topic}.',
  'topic.identify': 'finding your order',
  'topic.change': 'your change',
  'topic.address': 'your address change',
  'topic.cancel': 'your cancellation',
  'topic.return': 'your return',
  'topic.quality': 'the problem with your item',
  'topic.brief': 'your custom order',
  'topic.question': 'your question',
  'topic.csat': 'your feedback',

  'error.action_failed':
    'I’m sorry, something went wrong on our side and I couldn’t finish that. I’ve passed it to a person from our team, who will complete it and get back to you.',
  'thanks.reply': 'You’re welcome! Have a lovely day.',
  'csat.ask': 'Glad I could help! How did I do, from 1 (poor) to 5 (great)?',
  'csat.thanks': 'Thank you so much for the feedback!',
  'csat.thanks_low': 'Thank you for telling me. I’ll pass it on so we can do better.',

  'qr.status': 'Where’s my order?',
  'qr.change': 'Change my engraving',
  'qr.damaged': 'Something arrived damaged',
  'qr.wrong': 'Wrong or misspelled',
  'qr.missing': 'Something is missing',
  'qr.question': 'Ask a question',
  'qr.custom': 'A custom order',
  'qr.person': 'Talk to a person',
  'qr.done': 'That’s all, thanks',
  'qr.something_else': 'Something else',
  'qr.no_thanks': 'No, thanks',
  'qr.never_mind': 'Never mind',
  'qr.yes_save': 'Yes, save it',
  'qr.yes_send': 'Yes, send it',
  'qr.yes_cancel': 'Yes, cancel it',
  'qr.yes_go_ahead': 'Yes, go ahead',
  'qr.no_change': 'No, change it',
  'qr.no_keep': 'No, keep it',
  'qr.no_photo': 'I can’t send a photo',
  'qr.remake': 'Free rush remake',
  'qr.refund_amount': 'Refund of {amount}',
  'qr.return': 'Return or exchange',
  'qr.return_refund': 'Return for a refund',
  'qr.exchange': 'Exchange it',
  'qr.cancel': 'Cancel my order',
  'qr.changed_mind': 'Changed my mind',
  'qr.wait': 'I’ll wait for it',
  'qr.ask_refund': 'I’d like a refund',
  'qr.new_order': 'Place a new order',
  'qr.helped': 'That helps, thanks',
  'qr.another_question': 'Another question',
  'qr.resume': 'Yes, let’s continue',
  'qr.skip': 'Skip',
  'identity.ask_email':
    'To make changes to order **#{orderNumber}** I need one more check: what’s the **e-mail address** on the order?',
  'identity.retry_kept':
    'If order **#{orderNumber}** is the right one, please check the **e-mail address or postcode**; if not, just send me the right order number.',
  'which_order.ask': 'Is this about order **#{orderNumber}**, or another order?',
  'which_order.ask_number': 'Sure, what’s the number of the other order?',
  'qr.this_order': 'Order #{orderNumber}',
  'qr.other_order': 'Another order',
  'change.kept': 'No problem, the {field} stays **{value}**. I haven’t changed anything.',
  'change.ask_exact':
    'Happy to. What exactly should the new {field} say? Just type the words as they should appear.',
  'clarify.offer_person':
    'Sorry, I’m not getting this right. Would you like me to pass you to a person from our team?',
  'input.invalid_thrice':
    'Sorry, I still can’t make that out. Would you like a person from our team to sort it out with you?',
  'answer.also': 'About your other {count, plural, one {question} other {questions}}:',
  'topic.which_order': 'which order it’s about',
} as const;

export type MessageId = keyof typeof en;
export type Catalogue = Record<MessageId, string>;
