import type { Catalogue } from './en.js';

/** Français (vouvoiement, comme dans une boutique d’artisans). */
export const fr: Catalogue = {
  'greeting.default': 'Bonjour ! Je suis {assistant}, de {shop}.',
  'greeting.intro': 'Je suis {assistant}, l’assistant de {shop}.',
  'greeting.offer':
    'Je peux vérifier où en est votre commande, vous aider à modifier un détail personnalisé, régler un souci à la livraison ou répondre à vos questions sur la boutique. Que puis-je faire pour vous ?',
  'menu.prompt': 'Comment puis-je vous aider ?',

  'input.empty': 'Votre message semble vide.',
  'input.emoji_only':
    'Merci ! Je ne sais lire que les mots, par contre. Pouvez-vous me dire en une phrase ce dont vous avez besoin ?',
  'input.stale_choice':
    'Ce bouton correspond à une question précédente, je le laisse de côté. Voici où nous en sommes :',
  'input.not_understood': 'Pardon, je n’ai pas bien compris.',
  'input.unasked_yesno':
    'Je ne suis pas sûr de ce à quoi vous répondez : je ne crois pas vous avoir encore posé de question.',
  'input.unsupported_language':
    'Désolé, je ne parle que l’anglais, l’espagnol, le français, l’allemand, l’italien et le portugais. Laquelle préférez-vous ?',
  'lang.switched': 'Bien sûr, continuons en français.',
  'lang.en': 'English',
  'lang.es': 'Español',
  'lang.fr': 'Français',
  'lang.de': 'Deutsch',
  'lang.it': 'Italiano',
  'lang.pt': 'Português',

  'repair.ask': 'Pardon, j’ai mal compris. Pouvez-vous me redire ce que vous voulez savoir ?',
  'clarify.ask':
    'Je veux être sûr de vous aider pour la bonne chose. Laquelle de ces options s’en rapproche le plus ?',
  'intent.order_status': 'Où en est ma commande ?',
  'intent.delivery_problem': 'Un souci de livraison',
  'intent.change_details': 'Modifier un détail personnalisé',
  'intent.change_address': 'Changer mon adresse',
  'intent.cancel_order': 'Annuler ma commande',
  'intent.return_request': 'Retour ou échange',
  'intent.damaged_item': 'Un article est arrivé abîmé',
  'intent.wrong_item': 'Un problème avec mon article',
  'intent.missing_item': 'Il manque quelque chose',
  'intent.refund_status': 'Où en est mon remboursement ?',
  'intent.refund_request': 'Je voudrais un remboursement',
  'intent.payment_issue': 'Une question de paiement',
  'intent.shop_question': 'Poser une question',
  'intent.custom_request': 'Commander une pièce sur mesure',
  'intent.human_agent': 'Parler à quelqu’un',
  'intent.complaint': 'Je suis mécontent',
  'intent.greeting': 'Bonjour',
  'intent.thanks': 'Merci',
  'intent.other': 'Autre chose',

  'identity.ask_both':
    'Je regarde ça avec plaisir. Pour protéger votre commande, envoyez-moi votre **numéro de commande** et l’**adresse e-mail ou le code postal** utilisés lors de l’achat.',
  'identity.no_number':
    'Pas de souci. Le numéro de commande figure dans l’e-mail de confirmation envoyé à l’achat : en cherchant le nom de la boutique dans votre boîte de réception, vous devriez le retrouver. Si ce n’est pas le cas, une personne de l’équipe peut le rechercher pour vous.',
  'identity.which_order':
    'Celle pour laquelle vous avez besoin d’aide. Chaque commande a son numéro dans l’e-mail de confirmation reçu à l’achat : envoyez-moi ce numéro avec l’adresse e-mail ou le code postal utilisés, et je m’occupe du reste.',
  'identity.ask_number':
    'Merci ! Et quel est le **numéro de commande** ? Vous le trouverez dans l’e-mail de confirmation.',
  'identity.ask_secret':
    'Merci ! Pour confirmer que la commande **#{orderNumber}** est bien la vôtre, quelle est l’**adresse e-mail ou le code postal** de la commande ?',
  'identity.ok': 'Merci, j’ai trouvé la commande **#{orderNumber}**.',
  'identity.no_match':
    'Je n’ai pas pu associer ces informations à une commande. Vérifiez le numéro de commande et l’e-mail ou le code postal, puis réessayez.',
  'identity.throttled':
    'Pour votre sécurité, j’ai mis en pause les recherches de commande pendant un petit moment. Une personne de notre équipe peut vérifier avec vous, ou je peux répondre à vos questions générales.',

  'status.thanks':
    '{waited, select, yes {Merci beaucoup pour votre patience !} other {Je regarde cela pour vous tout de suite !}}',
  'status.thanks_late':
    'Merci pour votre patience, et je suis désolé que cela prenne plus de temps que prévu.',
  'status.leadtime_personal':
    'Votre **{item}** est {itemGender, select, f {faite main et personnalisée} other {fait main et personnalisé}} rien que pour vous : il faut compter notre délai habituel de **{min} à {max} jours ouvrés**.',
  'status.leadtime_handmade':
    'Votre **{item}** est {itemGender, select, f {faite} other {fait}} main : il faut compter notre délai habituel de **{min} à {max} jours ouvrés**.',
  'status.photo_received':
    'Et oui, nous avons bien votre photo : elle est jointe à la commande, vous n’avez rien d’autre à envoyer.',
  'status.stage': 'En ce moment, la commande **#{orderNumber}** est à l’étape **{stage}**.',
  'status.window': 'Nous prévoyons de l’expédier entre le **{start}** et le **{end}**.',
  'status.window_unknown':
    'Je ne peux pas encore donner de période d’expédition fiable, je préfère donc ne pas deviner. L’artisan la confirmera dès que possible.',
  'status.delayed_window':
    'Notre nouvelle estimation : une expédition entre le **{start}** et le **{end}**. L’artisan y travaille en ce moment.',
  'status.delayed_no_window':
    'Je n’ai pas encore de nouvelle date fiable, je préfère donc ne pas deviner. L’artisan y travaille en ce moment.',
  'status.delayed_offer_person':
    'La commande a maintenant **{days, plural, one {# jour ouvré} other {# jours ouvrés}}** de retard sur la période prévue, alors j’aimerais qu’une personne de l’équipe s’en occupe. Je lui transmets ?',
  'status.then_shipping':
    'Une fois le colis parti, comptez en plus le délai de livraison selon votre pays :\n\n{mdText}',
  'status.notify': 'Nous vous préviendrons dès qu’elle sera en route !',
  'status.shipped':
    'Bonne nouvelle : la commande **#{orderNumber}** a été expédiée le **{date}**{hasCarrier, select, yes { avec **{carrier}**} other {}}.',
  'status.tracking_link': 'Numéro de suivi : [**{trackingNumber}**]({mdUrl})',
  'status.tracking_number': 'Numéro de suivi : **{trackingNumber}**',
  'status.tracking_unknown': 'Je n’ai pas encore de numéro de suivi.',
  'status.eta': 'Livraison estimée : **{date}**.',
  'status.deadline_yes': 'Elle devrait donc arriver avant le **{date}**, à temps.',
  'status.deadline_no':
    'Je suis désolé : avec les dates prévues, elle n’arriverait pas avant le **{date}**. Si cette date compte, je peux transmettre à une personne de l’équipe pour voir ce qui est possible. Vous voulez ?',
  'status.deadline_unsure':
    'Elle quittera l’atelier au plus tard le **{end}**, mais je ne peux pas vous promettre qu’elle arrive avant le **{date}** : la livraison prend encore quelques jours ensuite. Si cette date compte, je peux demander à une personne de l’équipe si on peut l’avancer. Vous voulez ?',
  'status.eta_unknown': 'Le transporteur n’a pas encore donné d’estimation de livraison.',
  'status.delivered': 'La commande **#{orderNumber}** ({item}) a été livrée le **{date}**.',
  'status.cancelled': 'La commande **#{orderNumber}** a été annulée le **{date}**.',
  'delivery.not_received':
    'Je suis désolé qu’elle ne vous soit pas parvenue. Les colis sont parfois laissés chez un voisin ou dans un endroit sûr, cela vaut la peine de vérifier. Sinon, une personne de l’équipe peut ouvrir une enquête auprès du transporteur.',
  'delivery.in_transit_help':
    'Si le suivi n’a pas bougé depuis quelques jours, une personne de l’équipe peut demander au transporteur de retrouver le colis.',
  'delivery.not_shipped_yet': 'Elle n’est pas encore expédiée, il n’y a donc pas encore de suivi.',
  'delivery.problem_reported':
    'Je suis désolé, il y a un souci avec la livraison de la commande **#{orderNumber}** : le **{date}**, {hasCarrier, select, yes {**{carrier}**} other {le transporteur}} a signalé un incident{hasDetail, select, yes { (« {detail} »)} other {}}.',
  'delivery.problem_offer':
    'Une personne de notre équipe peut régler ça avec le transporteur et s’assurer que le colis vous parvienne. Je lui transmets ?',
  'status.if_not_arrived':
    'S’il n’est pas arrivé le **{date}**, écrivez-nous simplement ici : une personne de l’équipe demandera au transporteur de le retrouver et trouvera une solution avec vous, vous ne resterez pas sans rien.',
  'status.eta_followup':
    'Votre colis est en route{hasCarrier, select, yes { avec **{carrier}**} other {}} et devrait arriver le **{date}**.',

  'stage.received': 'commande reçue',
  'stage.design': 'conception et mise en page',
  'stage.making': 'fabrication',
  'stage.finishing': 'couleurs et finitions',
  'stage.quality_check': 'contrôle qualité final',
  'stage.ready_to_ship': 'emballée et prête à partir',
  'stage.materials': 'matériaux',
  'stage.packed': 'emballée',

  'field.engraving': 'gravure',
  'field.text': 'texte',
  'field.photo': 'photo',
  'field.size': 'taille',
  'field.colour': 'couleur',
  'field.gift_note': 'message cadeau',
  'field.metal': 'métal',
  'field.chain': 'chaîne',
  'field.initials': 'initiales',
  'field.glaze': 'émail',
  'field.pet': 'animal',
  'field.background': 'couleur de fond',
  // The field with its own article, as it stands in a sentence ("la talla", "l’incisione").
  'field_the.engraving': 'la gravure',
  'field_the.text': 'le texte',
  'field_the.photo': 'la photo',
  'field_the.size': 'la taille',
  'field_the.colour': 'la couleur',
  'field_the.gift_note': 'le message cadeau',
  'field_the.metal': 'le métal',
  'field_the.chain': 'la chaîne',
  'field_the.initials': 'les initiales',
  'field_the.glaze': 'l’émail',
  'field_the.pet': 'l’animal',
  'field_the.background': 'la couleur de fond',
  'field_the.other': 'le champ « {name} »',

  'change.nothing_personal':
    'La commande **#{orderNumber}** n’a aucun détail personnalisé que je puisse modifier.',
  'change.which_item': 'Quelle pièce souhaitez-vous modifier ?',
  'change.which_field': 'Que souhaitez-vous modifier sur votre **{item}** ?',
  'change.allowed':
    'Pas d’inquiétude ! Votre commande est encore dans la période de modification, nous pouvons donc mettre à jour votre **{item}**.',
  'change.ask_value': 'Quel doit être le nouveau contenu ({field}) ?',
  'change.ask_value_current':
    'Actuellement : **{current}**. Quel doit être le nouveau contenu ({field}) ?',
  'change.same_value':
    'C’est déjà **{current}**, il n’y a donc rien à changer. Souhaitez-vous mettre autre chose ?',
  'change.ask_value_again': 'Aucun souci. Que doit-on mettre ({field}) à la place ?',
  'change.ask_photo': 'Merci d’envoyer la nouvelle photo ici, dans la conversation.',
  'change.value_unclear':
    'Pardon, je n’ai pas saisi la nouvelle valeur ({field}). Pouvez-vous l’écrire exactement ?',
  'change.new_photo': 'la nouvelle photo envoyée',
  'change.confirm':
    'Pour être sûr : sur votre **{item}**, nous passons {fieldThe} à **{value}**. Je l’enregistre ?',
  'change.confirm_from':
    'Pour être sûr : sur votre **{item}**, nous passons {fieldThe} de **{current}** à **{value}**. Je l’enregistre ?',
  'change.done':
    'C’est fait ! J’ai enregistré **{value}** pour {fieldThe} sur la commande **#{orderNumber}**, et l’artisan est prévenu.',
  'change.refused_window':
    'Je suis vraiment désolé : votre **{item}** est une pièce unique déjà en cours de fabrication (étape **{stage}**) et la période de modification est terminée, nous ne pouvons donc plus la modifier.',
  'change.refused_locked':
    'Je suis vraiment désolé : votre **{item}** est une pièce unique qui a déjà atteint l’étape **{stage}**, où ce détail est figé, nous ne pouvons donc plus la modifier.',
  'change.refused_options':
    'Merci de votre compréhension. Si c’est vraiment important, je peux demander à une personne d’étudier une exception, ou vous pouvez passer une nouvelle commande avec les nouveaux détails.',

  'address.ask':
    'Bien sûr, l’adresse de la commande **#{orderNumber}** peut encore être modifiée. Envoyez-moi la nouvelle adresse complète : rue, code postal, ville et pays.',
  'address.ask_again':
    'Aucun souci, renvoyez-moi l’adresse complète : rue, code postal, ville et pays.',
  'address.unclear':
    'Je n’ai pas pu lire cela comme une adresse. Envoyez rue, code postal, ville et pays, séparés par des virgules.',
  'address.confirm':
    'Je vérifie : la commande **#{orderNumber}** partira à l’adresse {mdAddress}. Je l’enregistre ?',
  'address.done':
    'C’est fait ! La commande **#{orderNumber}** sera expédiée à l’adresse {mdAddress}.',
  'address.refused_shipped':
    'Votre commande a déjà quitté l’atelier{hasCarrier, select, yes { avec **{carrier}**} other {}}, nous ne pouvons donc plus changer l’adresse d’ici. Le transporteur peut souvent rediriger un colis si vous le contactez avec le numéro de suivi.',

  'cancel.confirm':
    'La commande **#{orderNumber}** n’est pas encore en production : elle peut être annulée avec un remboursement complet de **{amount}**. Je l’annule ?',
  'cancel.done':
    'La commande **#{orderNumber}** est annulée et le remboursement complet de **{amount}** est en route.',
  'cancel.kept': 'Parfait, la commande **#{orderNumber}** reste telle quelle.',
  'cancel.refused_production':
    'Je suis désolé, la commande **#{orderNumber}** est déjà en fabrication (étape **{stage}**) : selon la politique de la boutique, elle ne peut plus être annulée.',
  'cancel.refused_shipped':
    'Je suis désolé, la commande **#{orderNumber}** est déjà expédiée : elle ne peut plus être annulée.',

  'return.not_delivered':
    'La commande **#{orderNumber}** n’est pas encore livrée. Un retour est possible une fois qu’elle est arrivée, et je peux vérifier si elle peut encore être annulée.',
  'return.not_delivered_personalized':
    'La commande **#{orderNumber}** n’est pas encore livrée. Comme elle est personnalisée et faite rien que pour vous, elle ne pourra pas être retournée ensuite, mais je peux vérifier si elle peut encore être annulée ou modifiée.',
  'return.which_item': 'Quelle pièce souhaitez-vous retourner ou échanger ?',
  'return.which_kind':
    'Souhaitez-vous retourner votre **{item}** contre un remboursement, ou l’échanger ?',
  'return.confirm_return':
    'Votre **{item}** peut être {itemGender, select, f {retournée} other {retourné}} contre un remboursement. Je prépare le retour ?',
  'return.confirm_exchange':
    'Votre **{item}** peut être {itemGender, select, f {échangée} other {échangé}}. Je prépare l’échange ?',
  'return.buyer_pays': 'À noter : **les frais de retour sont à votre charge**.',
  'return.shop_pays': 'Les frais de retour sont **à notre charge**.',
  'return.done_return':
    'C’est fait ! Le retour de votre **{item}** (commande **#{orderNumber}**) est prêt. Nous vous envoyons les instructions par e-mail, et le remboursement suivra à réception.',
  'return.done_exchange':
    'C’est fait ! L’échange de votre **{item}** (commande **#{orderNumber}**) est prêt. Nous vous envoyons les instructions par e-mail.',
  'return.refused_personalized':
    'Je comprends. Comme votre **{item}** a été {itemGender, select, f {personnalisée} other {personnalisé}} rien que pour vous, {itemGender, select, f {elle} other {il}} ne peut pas être {itemGender, select, f {revendue} other {revendu}} : nous ne pouvons donc pas accepter de retour sans motif.',
  'return.refused_final_sale':
    'Je comprends. Votre **{item}** a été {itemGender, select, f {vendue} other {vendu}} en **vente finale** : {itemGender, select, f {elle} other {il}} ne peut pas être {itemGender, select, f {retournée} other {retourné}}.',
  'return.refused_window':
    'Je suis désolé, le délai de retour de votre **{item}** est dépassé : {itemGender, select, f {elle} other {il}} ne peut plus être {itemGender, select, f {retournée} other {retourné}}.',
  'return.refused_other':
    'Je suis désolé, selon la politique de la boutique, votre **{item}** ne peut pas être {itemGender, select, f {retournée} other {retourné}}.',
  'return.seller_rule':
    'Cette règle est fixée par l’artisan qui l’a vendu ; elle peut donc différer chez d’autres vendeurs de la boutique.',
  'return.refused_even_so':
    'Même dans ce cas, je suis désolé : votre **{item}** est une pièce faite rien que pour vous, nous ne pouvons donc pas la reprendre pour un changement d’avis, même sans avoir servi.',
  'return.alternatives': 'Voici ce que nous pouvons faire à la place :\n\n{mdList}',
  'alt.resize': 'Mise à taille',
  'alt.repair': 'Réparation',
  'alt.store_credit': 'Avoir en boutique',
  'alt.engrave_again': 'Regraver la pièce',
  'alt.exchange': 'Échange',

  'quality.sorry_damaged':
    'Oh non, je suis vraiment désolé que votre pièce soit arrivée abîmée. Nous allons arranger ça.',
  'quality.sorry_wrong':
    'Je suis vraiment désolé, c’est notre erreur et ce n’est pas ce que vous avez commandé. Nous allons arranger ça.',
  'quality.sorry_missing':
    'Je suis vraiment désolé qu’il manque quelque chose dans votre colis. Nous allons arranger ça.',
  'quality.which_item': 'De quelle pièce s’agit-il ?',
  'quality.prefers_remake':
    'C’est noté : vous préférez une **nouvelle pièce offerte**, nous en tiendrons compte.',
  'quality.prefers_refund':
    'C’est noté : vous préférez un **remboursement**, nous en tiendrons compte.',
  'quality.window_passed':
    'Pour information : les problèmes se signalent normalement dans les **{days} jours** après la livraison, et pour cette commande le dernier jour était le {lastDay}. Je transmets quand même à une personne de l’équipe, qui regardera cela avec soin.',
  'quality.ask_photo':
    'Pourriez-vous envoyer ici une photo du problème ? Cela permet à l’artisan de voir exactement ce qui s’est passé.',
  'quality.photo_later':
    'Rien ne presse. Quand vous aurez la photo, envoyez-la simplement ici dans le chat et nous reprendrons là où nous en étions.',
  'quality.photo_waiting':
    'Parfait, je garde votre demande ouverte en attendant la photo. À tout à l’heure !',
  'quality.photo_why':
    'Une photo nous permet de régler cela sans rien vous faire renvoyer. Pouvez-vous en envoyer une ? Si ce n’est vraiment pas possible, dites-le-moi et je transmets à une personne.',
  'quality.photo_thanks': 'Merci pour la photo.',
  'quality.remedies':
    'Voici ce que je peux vous proposer pour votre **{item}**. Que préférez-vous ?',
  'quality.remake_done':
    'C’est fait ! Une **nouvelle fabrication express et gratuite** de votre **{item}** est transmise à l’artisan (commande **#{orderNumber}**), et nous vous l’enverrons sans frais. Inutile de renvoyer l’ancienne.',
  'quality.refund_done': 'C’est fait ! Un remboursement de **{amount}** a été émis.',
  'quality.refund_pending':
    'J’ai demandé un remboursement de **{amount}**. Vu le montant, une personne de l’équipe doit d’abord le valider : il est donc **en attente d’approbation**. Nous vous écrirons dès qu’il sera approuvé.',

  'refund.in_transit':
    'Je comprends, et je suis désolé que vous attendiez encore. La commande **#{orderNumber}** est déjà en route : elle a été expédiée le **{date}**{hasCarrier, select, yes { avec **{carrier}**} other {}}.',
  'refund.in_transit_offer':
    'Comme elle est déjà chez le transporteur, le plus rapide pour la recevoir est de la laisser arriver. Si vous préférez ne pas attendre, ou si vous souhaitez toujours un remboursement, une personne de l’équipe peut examiner votre dossier. Je lui transmets ?',
  'refund.which_reason': 'Je peux vous aider. Que s’est-il passé ?',
  'refund.refused':
    'Je suis désolé, je ne peux pas émettre moi-même un remboursement de **{amount}**.',
  'refund.timing':
    'Les banques mettent en général **5 à 10 jours ouvrés** à faire apparaître un remboursement sur votre relevé.',
  'refund.status_none': 'Je ne vois encore aucun remboursement sur la commande **#{orderNumber}**.',
  'refund.status_recorded':
    'La commande **#{orderNumber}** indique **{amount}** remboursés à ce jour.',
  'refund.status_issued': 'Votre remboursement de **{amount}** a été émis le **{date}**.',
  'refund.status_pending':
    'Votre remboursement de **{amount}** est **en attente d’approbation** par notre équipe. Nous vous écrirons dès qu’une décision sera prise.',
  'refund.status_declined':
    'Votre demande de remboursement de **{amount}** a été examinée et n’a pas été acceptée. Une personne peut vous expliquer pourquoi et la réexaminer.',

  'gift.how_to':
    'Quelle jolie idée de cadeau ! Vous pouvez passer commande directement sur notre boutique et indiquer la personnalisation à ce moment-là ; l’artisan fabrique ensuite la pièce rien que pour cette personne. Si vous préférez une création entièrement sur mesure, je peux aussi noter votre demande.',
  'knowledge.ask': 'Bien sûr, que souhaitez-vous savoir ?',
  'knowledge.ships_to': '**{country}** : oui, nous y livrons.',
  'knowledge.ships_not_to': '**{country}** : désolé, nous n’y livrons pas pour le moment.',
  'knowledge.answer': 'Voici ce que dit notre boutique à ce sujet :\n\n**{section}**\n\n{mdText}',
  'knowledge.answer_more': '**{section}**\n\n{mdText}',
  'bot.honest':
    'Oui, je suis {assistant}, l’assistant automatique de {shop}. Je vous aide pour les commandes et les questions sur la boutique, et une personne de l’équipe peut prendre le relais quand vous le souhaitez.',
  'scope.other':
    'Cela sort de ce que je peux faire dans ce chat : je m’occupe des commandes et des questions sur la boutique. Si c’est pour notre équipe, je peux transmettre votre message à une personne.',
  'scope.account':
    'Depuis ce chat, je ne peux ni voir ni modifier les comptes, les mots de passe ou l’application : je m’occupe des commandes et des questions sur la boutique. Une personne de notre équipe peut vous aider pour cela. Voulez-vous que je lui transmette votre demande ?',
  'knowledge.unknown_part':
    'Pour « {question} » : je n’ai pas cette information de la boutique et je préfère ne pas inventer. Une personne de l’équipe pourra vous répondre.',
  'knowledge.unknown':
    'Je suis désolé, je ne connais pas la réponse et je préfère ne pas deviner. Une personne de notre équipe peut vous répondre.',

  'brief.intro':
    'Quelle belle idée, nous adorons créer quelque chose de nouveau ! Je note quelques détails pour l’artisan.',
  'brief.ask_item': 'Que souhaitez-vous que nous réalisions ?',
  'brief.ask_size': 'Quelle taille doit-il faire ?',
  'brief.ask_text': 'Un texte ou des prénoms à inclure ?',
  'brief.ask_colours': 'Quelles couleurs aimeriez-vous ?',
  'brief.ask_photos':
    'Avez-vous des photos à partager (par exemple de votre animal) ? Envoyez-les ici, ou passez cette étape.',
  'brief.ask_deadline': 'En avez-vous besoin pour une date précise ?',
  'brief.confirm': 'Voici votre demande :\n\n{mdSummary}\n\nJe l’envoie à l’artisan ?',
  'brief.label_item': 'Pièce',
  'brief.label_size': 'Taille',
  'brief.label_text': 'Texte',
  'brief.label_colours': 'Couleurs',
  'brief.label_photos': 'Photos',
  'brief.label_deadline': 'Pour le',
  'brief.none': 'non précisé',
  'brief.person_too':
    'Si vous préférez en parler avec une personne, choisissez « Parler à quelqu’un » et je transmets votre demande. Sinon, quelques questions rapides aident l’artisan à se préparer.',
  'brief.done':
    'C’est envoyé ! L’artisan étudiera votre demande et vous répondra avec un devis et un délai.',
  'brief.restart': 'Aucun souci, reprenons depuis le début.',

  'handoff.sorry': 'Je suis vraiment désolé, je comprends votre agacement.',
  'handoff.progress':
    'J’ai tout rassemblé et cela demande un spécialiste : je transmets le dossier complet à une personne de notre équipe. Vous n’aurez rien à répéter.',
  'handoff.progress_order':
    'J’ai vérifié la commande **#{orderNumber}** et cela demande un spécialiste : j’envoie tout le dossier à une personne de notre équipe. Vous n’aurez rien à répéter.',
  'handoff.alternative':
    'Très bien, j’ai transmis votre demande (**{desired}**) à l’équipe avec tous les détails. Vous n’aurez rien à répéter.',
  'handoff.when_open':
    'Quelqu’un vous répondra **aujourd’hui, pendant nos horaires d’ouverture**, ici et par e-mail.',
  'handoff.when_closed':
    'Nous sommes fermés en ce moment : quelqu’un vous répondra à partir du **{when}**, ici et par e-mail.',
  'handoff.meanwhile': 'Puis-je vous aider pour autre chose en attendant ?',
  'handoff.noted':
    'Je l’ai ajouté à votre dossier : la personne de l’équipe qui s’en occupe le verra aussi.',

  'complaint.sorry':
    'Je suis vraiment désolé que vous soyez mécontent. Dites-moi ce qui s’est passé et je ferai de mon mieux pour arranger les choses, ou je vous mets en relation avec une personne.',
  'attachment.thanks': 'Merci pour la photo ! De quoi s’agit-il ?',
  'flow.left_as_is': 'Aucun souci, je n’ai rien modifié.',
  'resume.offer': 'On reprend {topic} ?',
  'resume.back': 'Reprenons {topic}.',
  'topic.identify': 'la recherche de votre commande',
  'topic.change': 'votre modification',
  'topic.address': 'votre changement d’adresse',
  'topic.cancel': 'votre annulation',
  'topic.return': 'votre retour',
  'topic.quality': 'le problème avec votre article',
  'topic.brief': 'votre commande sur mesure',
  'topic.question': 'votre question',
  'topic.csat': 'votre avis',

  'error.action_failed':
    'Je suis désolé, un problème est survenu de notre côté et je n’ai pas pu terminer. J’ai transmis à une personne de l’équipe, qui s’en occupera et reviendra vers vous.',
  'thanks.reply': 'Avec plaisir ! Belle journée à vous.',
  'csat.ask':
    'Ravi d’avoir pu vous aider ! Comment m’en suis-je sorti, de 1 (mal) à 5 (très bien) ?',
  'csat.thanks': 'Merci beaucoup pour votre avis !',
  'csat.thanks_low': 'Merci de me le dire. Je transmets pour que nous fassions mieux.',

  'qr.status': 'Où en est ma commande ?',
  'qr.change': 'Modifier ma gravure',
  'qr.damaged': 'Article arrivé abîmé',
  'qr.wrong': 'Erreur ou faute d’orthographe',
  'qr.missing': 'Il manque quelque chose',
  'qr.question': 'Poser une question',
  'qr.custom': 'Une pièce sur mesure',
  'qr.person': 'Parler à quelqu’un',
  'qr.done': 'C’est tout, merci',
  'qr.something_else': 'Autre chose',
  'qr.no_thanks': 'Non, merci',
  'qr.never_mind': 'Laisser tomber',
  'qr.yes_save': 'Oui, enregistrer',
  'qr.yes_send': 'Oui, envoyer',
  'qr.yes_cancel': 'Oui, annuler',
  'qr.yes_go_ahead': 'Oui, allez-y',
  'qr.no_change': 'Non, modifier',
  'qr.no_keep': 'Non, garder',
  'qr.no_photo': 'Je ne peux pas envoyer de photo',
  'qr.remake': 'Nouvelle fabrication express gratuite',
  'qr.refund_amount': 'Remboursement de {amount}',
  'qr.return': 'Retour ou échange',
  'qr.return_refund': 'Retour avec remboursement',
  'qr.exchange': 'L’échanger',
  'qr.cancel': 'Annuler ma commande',
  'qr.changed_mind': 'J’ai changé d’avis',
  'qr.wait': 'Je vais attendre',
  'qr.ask_refund': 'Je voudrais un remboursement',
  'qr.new_order': 'Passer une nouvelle commande',
  'qr.helped': 'Ça m’aide, merci',
  'qr.another_question': 'Une autre question',
  'qr.resume': 'Oui, continuons',
  'qr.skip': 'Passer',
  'identity.ask_email':
    'Pour modifier la commande **#{orderNumber}**, j’ai besoin d’une dernière vérification : quelle est l’**adresse e-mail** de la commande ?',
  'identity.retry_kept':
    'Si la commande **#{orderNumber}** est la bonne, vérifiez l’**e-mail ou le code postal** ; sinon, envoyez-moi simplement le bon numéro.',
  'which_order.ask': 'C’est pour la commande **#{orderNumber}** ou pour une autre commande ?',
  'which_order.ask_number': 'Bien sûr, quel est le numéro de l’autre commande ?',
  'qr.this_order': 'Commande #{orderNumber}',
  'qr.other_order': 'Une autre commande',
  'change.kept': 'Aucun souci, on garde **{value}** ({field}). Je n’ai rien modifié.',
  'change.ask_exact':
    'Avec plaisir. Que doit indiquer exactement la nouvelle valeur ({field}) ? Écrivez simplement le texte tel qu’il doit apparaître.',
  'clarify.offer_person':
    'Désolé, je n’arrive pas à bien comprendre. Voulez-vous que je vous passe une personne de l’équipe ?',
  'input.invalid_thrice':
    'Désolé, je n’arrive toujours pas à le lire. Voulez-vous qu’une personne de l’équipe s’en occupe avec vous ?',
  'answer.also': 'Pour {count, plural, one {votre autre question} other {vos autres questions}} :',
  'topic.which_order': 'la commande concernée',
};
