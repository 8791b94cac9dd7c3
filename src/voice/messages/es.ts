import type { Catalogue } from './en.js';

/** Español (tú, como se habla en la atención al cliente de una tienda artesanal). */
export const es: Catalogue = {
  'greeting.default': '¡Hola! Soy {assistant}, de {shop}.',
  'greeting.intro': 'Soy {assistant}, el asistente de {shop}.',
  'greeting.offer':
    'Puedo mirar cómo va tu pedido, ayudarte a cambiar un detalle personalizado, solucionar lo que haya llegado mal o responder preguntas sobre la tienda. ¿En qué te ayudo?',
  'menu.prompt': '¿En qué te puedo ayudar?',

  'input.empty': 'Parece que el mensaje ha llegado vacío.',
  'input.emoji_only':
    '¡Gracias! Aunque solo sé leer palabras. ¿Me cuentas en una frase qué necesitas?',
  'input.stale_choice':
    'Ese botón era de una pregunta anterior, así que lo dejo pasar. Seguimos por aquí:',
  'input.not_understood': 'Perdona, no lo he entendido bien.',
  'input.unasked_yesno': 'No sé muy bien a qué respondes; creo que aún no te he preguntado nada.',
  'input.unsupported_language':
    'Lo siento, solo puedo hablar en inglés, español, francés, alemán, italiano y portugués. ¿Cuál prefieres?',
  'lang.switched': 'Claro, seguimos en español.',
  'lang.en': 'English',
  'lang.es': 'Español',
  'lang.fr': 'Français',
  'lang.de': 'Deutsch',
  'lang.it': 'Italiano',
  'lang.pt': 'Português',

  'repair.ask': 'Perdona, te he entendido mal. ¿Me cuentas otra vez qué querías saber?',
  'clarify.ask':
    'Quiero asegurarme de ayudarte con lo correcto. ¿Cuál de estas opciones se parece más?',
  'intent.order_status': '¿Dónde está mi pedido?',
  'intent.delivery_problem': 'Un problema con la entrega',
  'intent.change_details': 'Cambiar un detalle personalizado',
  'intent.change_address': 'Cambiar mi dirección',
  'intent.cancel_order': 'Cancelar mi pedido',
  'intent.return_request': 'Devolución o cambio',
  'intent.damaged_item': 'Algo llegó dañado',
  'intent.wrong_item': 'Algo no está bien en mi pieza',
  'intent.missing_item': 'Falta algo',
  'intent.refund_status': '¿Dónde está mi reembolso?',
  'intent.refund_request': 'Quiero un reembolso',
  'intent.payment_issue': 'Una duda sobre el pago',
  'intent.shop_question': 'Hacer una pregunta',
  'intent.custom_request': 'Encargar algo a medida',
  'intent.human_agent': 'Hablar con una persona',
  'intent.complaint': 'No estoy contento con algo',
  'intent.greeting': 'Hola',
  'intent.thanks': 'Gracias',
  'intent.other': 'Otra cosa',

  'identity.ask_both':
    'Lo miro con gusto. Para proteger tu pedido, envíame el **número de pedido** y el **correo electrónico o código postal** que usaste al comprar.',
  'identity.no_number':
    'No pasa nada. El número de pedido viene en el correo de confirmación que enviamos al hacer el pedido; si buscas el nombre de la tienda en tu bandeja de entrada, suele aparecer. Si aun así no lo encuentras, una persona del equipo puede buscarlo por ti.',
  'identity.which_order':
    'El pedido con el que necesitas ayuda. Cada pedido tiene su número en el correo de confirmación que te enviamos al comprar: mándame ese número y el correo o el código postal que usaste, y yo me encargo.',
  'identity.ask_number':
    '¡Gracias! ¿Y el **número de pedido**? Lo tienes en el correo de confirmación.',
  'identity.ask_secret':
    '¡Gracias! Para confirmar que el pedido **#{orderNumber}** es tuyo, ¿cuál es el **correo electrónico o código postal** del pedido?',
  'identity.ok': 'Gracias, ya tengo el pedido **#{orderNumber}**.',
  'identity.no_match':
    'No he podido relacionar esos datos con ningún pedido. Revisa el número de pedido y el correo o código postal y vuelve a intentarlo.',
  'identity.throttled':
    'Por tu seguridad, he pausado las consultas de pedidos durante un rato. Una persona de nuestro equipo puede ayudarte a comprobarlo, o yo puedo responder preguntas generales.',

  'status.thanks':
    '{waited, select, yes {¡Muchas gracias por tu paciencia!} other {¡Claro, ahora mismo lo miro!}}',
  'status.thanks_late': 'Gracias por tu paciencia, y siento que esté tardando más de lo previsto.',
  'status.leadtime_personal':
    'Tu **{item}** se hace a mano y se personaliza solo para ti, así que lleva nuestro plazo habitual de **{min} a {max} días laborables**.',
  'status.leadtime_handmade':
    'Tu **{item}** se hace a mano, así que lleva nuestro plazo habitual de **{min} a {max} días laborables**.',
  'status.photo_received':
    'Y sí, tenemos tu foto: está con el pedido, así que no hace falta que envíes nada más.',
  'status.stage': 'Ahora mismo el pedido **#{orderNumber}** está en la fase de **{stage}**.',
  'status.window': 'Calculamos que saldrá entre el **{start}** y el **{end}**.',
  'status.window_unknown':
    'Todavía no puedo darte un plazo de envío fiable, así que prefiero no adivinar. El artesano lo confirmará en cuanto pueda.',
  'status.delayed_window':
    'Nuestra nueva estimación es que salga entre el **{start}** y el **{end}**. El artesano está trabajando en ello.',
  'status.delayed_no_window':
    'Aún no tengo una fecha nueva fiable, así que prefiero no adivinar. El artesano está trabajando en ello.',
  'status.delayed_offer_person':
    'Ya va **{days, plural, one {# día laborable} other {# días laborables}}** por detrás del plazo original, así que me gustaría que una persona del equipo lo revise contigo. ¿Se lo paso?',
  'status.then_shipping':
    'Una vez enviado, súmale el tiempo de entrega según dónde vivas:\n\n{mdText}',
  'status.notify': '¡Te avisaremos en cuanto esté en camino!',
  'status.shipped':
    'Buenas noticias: el pedido **#{orderNumber}** salió el **{date}**{hasCarrier, select, yes { con **{carrier}**} other {}}.',
  'status.tracking_link': 'Número de seguimiento: [**{trackingNumber}**]({mdUrl})',
  'status.tracking_number': 'Número de seguimiento: **{trackingNumber}**',
  'status.tracking_unknown': 'Todavía no tengo número de seguimiento.',
  'status.eta': 'Entrega estimada: **{date}**.',
  'status.deadline_yes': 'Así que debería llegarte antes del **{date}**, a tiempo.',
  'status.deadline_no':
    'Lo siento: con las fechas previstas no llegaría antes del **{date}**. Si esa fecha es importante, puedo pasarle el caso a una persona del equipo para ver qué se puede hacer. ¿Quieres?',
  'status.deadline_unsure':
    'Saldrá del taller como tarde el **{end}**, pero no puedo prometerte que llegue antes del **{date}**: después el envío tarda unos días más. Si esa fecha es importante, puedo pedirle a una persona del equipo que mire si se puede adelantar. ¿Quieres?',
  'status.eta_unknown': 'El transportista aún no ha dado una fecha de entrega estimada.',
  'status.delivered': 'El pedido **#{orderNumber}** ({item}) se entregó el **{date}**.',
  'status.cancelled': 'El pedido **#{orderNumber}** se canceló el **{date}**.',
  'delivery.not_received':
    'Siento que no te haya llegado. A veces el paquete se deja a un vecino o en un lugar seguro, así que merece la pena echar un vistazo. Si no aparece, una persona del equipo puede abrir una búsqueda con el transportista.',
  'delivery.in_transit_help':
    'Si el seguimiento lleva unos días sin moverse, una persona del equipo puede pedir al transportista que lo localice.',
  'delivery.not_shipped_yet': 'Todavía no ha salido, así que aún no hay seguimiento.',
  'delivery.problem_reported':
    'Lo siento, hay un problema con la entrega del pedido **#{orderNumber}**: el **{date}**, {hasCarrier, select, yes {**{carrier}**} other {la empresa de transporte}} avisó de una incidencia{hasDetail, select, yes { («{detail}»)} other {}}.',
  'delivery.problem_offer':
    'Una persona de nuestro equipo puede resolverlo con el transportista y asegurarse de que te llegue. ¿Se lo paso?',
  'status.if_not_arrived':
    'Si el **{date}** aún no te ha llegado, escríbenos aquí: una persona del equipo pedirá al transportista que lo localice y lo solucionará contigo, no te quedarás sin él.',
  'status.eta_followup':
    'Ya está en camino{hasCarrier, select, yes { con **{carrier}**} other {}} y debería llegarte el **{date}**.',

  'stage.received': 'pedido recibido',
  'stage.design': 'diseño y maquetación',
  'stage.making': 'elaboración',
  'stage.finishing': 'color y acabado',
  'stage.quality_check': 'control de calidad final',
  'stage.ready_to_ship': 'empaquetado y listo para enviar',
  'stage.materials': 'materiales',
  'stage.packed': 'empaquetado',

  'field.engraving': 'grabado',
  'field.text': 'texto',
  'field.photo': 'foto',
  'field.size': 'talla',
  'field.colour': 'color',
  'field.gift_note': 'nota de regalo',
  'field.metal': 'metal',
  'field.chain': 'cadena',
  'field.initials': 'iniciales',
  'field.glaze': 'esmalte',
  'field.pet': 'mascota',
  'field.background': 'color de fondo',
  // The field with its own article, as it stands in a sentence ("la talla", "l’incisione").
  'field_the.engraving': 'el grabado',
  'field_the.text': 'el texto',
  'field_the.photo': 'la foto',
  'field_the.size': 'la talla',
  'field_the.colour': 'el color',
  'field_the.gift_note': 'la nota de regalo',
  'field_the.metal': 'el metal',
  'field_the.chain': 'la cadena',
  'field_the.initials': 'las iniciales',
  'field_the.glaze': 'el esmalte',
  'field_the.pet': 'la mascota',
  'field_the.background': 'el color de fondo',
  'field_the.other': 'el campo «{name}»',

  'change.nothing_personal':
    'El pedido **#{orderNumber}** no tiene detalles personalizados que pueda cambiar.',
  'change.which_item': '¿Qué pieza quieres cambiar?',
  'change.which_field': '¿Qué quieres cambiar de tu **{item}**?',
  'change.allowed':
    '¡No te preocupes! Tu pedido sigue dentro del plazo de cambios, así que podemos actualizar tu **{item}**.',
  'change.ask_value': '¿Qué cambio quieres en {fieldThe}?',
  'change.ask_value_current': 'Ahora pone **{current}**. ¿Qué cambio quieres en {fieldThe}?',
  'change.same_value':
    'Ya pone **{current}**, así que no hay nada que cambiar. ¿Quieres poner otra cosa?',
  'change.ask_value_again': 'Sin problema. Entonces, ¿qué quieres en {fieldThe}?',
  'change.ask_photo': 'Sube aquí en el chat la nueva foto, por favor.',
  'change.value_unclear':
    'Perdona, no he pillado qué quieres en {fieldThe}. ¿Me escribes exactamente cómo debe quedar?',
  'change.new_photo': 'la nueva foto que has enviado',
  'change.confirm':
    'Para asegurarnos: en tu **{item}**, cambiamos {fieldThe} a **{value}**. ¿Lo guardo?',
  'change.confirm_from':
    'Para asegurarnos: en tu **{item}**, cambiamos {fieldThe} de **{current}** a **{value}**. ¿Lo guardo?',
  'change.done':
    '¡Hecho! He cambiado {fieldThe} a **{value}** en el pedido **#{orderNumber}**, y el artesano ya está avisado.',
  'change.refused_window':
    'Lo siento mucho: tu **{item}** es una pieza única y ya se está haciendo (está en la fase de **{stage}**), y el plazo de cambios ha terminado, así que ya no podemos {itemGender, select, f {cambiarla} other {cambiarlo}}.',
  'change.refused_locked':
    'Lo siento mucho: tu **{item}** es una pieza única y ya ha llegado a la fase de **{stage}**, en la que ese detalle queda fijado, así que ya no podemos {itemGender, select, f {cambiarla} other {cambiarlo}}.',
  'change.refused_options':
    'Gracias por entenderlo. Si es muy importante para ti, puedo pedir a una persona que valore una excepción, o puedes hacer un pedido nuevo con los datos nuevos.',

  'address.ask':
    'Claro, la dirección del pedido **#{orderNumber}** todavía se puede cambiar. Envíame la dirección nueva completa: calle, código postal, ciudad y país.',
  'address.ask_again':
    'Sin problema, envíame de nuevo la dirección completa: calle, código postal, ciudad y país.',
  'address.unclear':
    'No he podido leerlo como una dirección. Envíame calle, código postal, ciudad y país, separados por comas.',
  'address.confirm': 'Compruebo: el pedido **#{orderNumber}** irá a {mdAddress}. ¿La guardo?',
  'address.done': '¡Hecho! El pedido **#{orderNumber}** se enviará a {mdAddress}.',
  'address.refused_shipped':
    'Tu pedido ya ha salido del taller{hasCarrier, select, yes { con **{carrier}**} other {}}, así que desde aquí ya no podemos cambiar la dirección. Muchas veces el transportista puede redirigir el paquete si le escribes con el número de seguimiento.',

  'cancel.confirm':
    'El pedido **#{orderNumber}** todavía no ha entrado en producción, así que se puede cancelar con el reembolso completo de **{amount}**. ¿Lo cancelo?',
  'cancel.done':
    'El pedido **#{orderNumber}** está cancelado y el reembolso completo de **{amount}** ya está en camino.',
  'cancel.kept': 'Perfecto, el pedido **#{orderNumber}** sigue como estaba.',
  'cancel.refused_production':
    'Lo siento, el pedido **#{orderNumber}** ya se está haciendo (está en la fase de **{stage}**), así que según la política de la tienda ya no se puede cancelar.',
  'cancel.refused_shipped':
    'Lo siento, el pedido **#{orderNumber}** ya ha salido, así que ya no se puede cancelar.',

  'return.not_delivered':
    'El pedido **#{orderNumber}** todavía no se ha entregado. Las devoluciones se pueden hacer cuando llegue, y puedo comprobar si aún se puede cancelar.',
  'return.not_delivered_personalized':
    'El pedido **#{orderNumber}** todavía no se ha entregado. Como está personalizado y se hace solo para ti, luego no se puede devolver, pero puedo comprobar si aún se puede cancelar o cambiar.',
  'return.which_item': '¿Qué pieza quieres devolver o cambiar?',
  'return.which_kind':
    '¿Quieres devolver tu **{item}** con reembolso o {itemGender, select, f {cambiarla} other {cambiarlo}}?',
  'return.confirm_return': 'Tu **{item}** se puede devolver con reembolso. ¿Preparo la devolución?',
  'return.confirm_exchange': 'Tu **{item}** se puede cambiar. ¿Preparo el cambio?',
  'return.buyer_pays': 'Ten en cuenta que **el envío de la devolución corre de tu cuenta**.',
  'return.shop_pays': 'El envío de la devolución **corre de nuestra cuenta**.',
  'return.done_return':
    '¡Hecho! La devolución de tu **{item}** (pedido **#{orderNumber}**) está preparada. Te enviaremos las instrucciones por correo y el reembolso llegará cuando recibamos la pieza.',
  'return.done_exchange':
    '¡Hecho! El cambio de tu **{item}** (pedido **#{orderNumber}**) está preparado. Te enviaremos las instrucciones por correo.',
  'return.refused_personalized':
    'Te entiendo. Como tu **{item}** se personalizó solo para ti, no se puede volver a vender, así que no podemos aceptar una devolución sin motivo.',
  'return.refused_final_sale':
    'Te entiendo. Tu **{item}** se vendió como **venta final**, así que no se puede devolver.',
  'return.refused_window':
    'Lo siento, el plazo de devolución de tu **{item}** ya ha terminado, así que ahora no se puede devolver.',
  'return.refused_other':
    'Lo siento, según la política de la tienda tu **{item}** no se puede devolver.',
  'return.seller_rule':
    'Esta norma la pone el artesano que lo vendió, así que puede ser distinta en otros vendedores de la tienda.',
  'return.refused_even_so':
    'Aun así, lo siento: tu **{item}** se hizo solo para ti, así que no podemos aceptar una devolución por cambio de opinión, aunque no se haya usado.',
  'return.alternatives': 'Esto es lo que sí podemos hacer:\n\n{mdList}',
  'alt.resize': 'Ajustar la talla',
  'alt.repair': 'Reparación',
  'alt.store_credit': 'Saldo para la tienda',
  'alt.engrave_again': 'Volver a grabarlo',
  'alt.exchange': 'Cambio',

  'quality.sorry_damaged':
    '¡Vaya! Siento muchísimo que tu pieza haya llegado dañada. Vamos a solucionarlo.',
  'quality.sorry_wrong':
    'Lo siento mucho, es un error nuestro y no es lo que pediste. Vamos a solucionarlo.',
  'quality.sorry_missing': 'Siento mucho que falte algo en tu paquete. Vamos a solucionarlo.',
  'quality.which_item': '¿De qué pieza se trata?',
  'quality.prefers_remake':
    'Apuntado: prefieres que te lo **hagamos de nuevo gratis**, y lo tendremos en cuenta.',
  'quality.prefers_refund': 'Apuntado: prefieres un **reembolso**, y lo tendremos en cuenta.',
  'quality.window_passed':
    'Para que lo sepas: los problemas se avisan normalmente en los **{days} días** siguientes a la entrega, y para este pedido el último día fue el {lastDay}. Aun así se lo paso a una persona del equipo, que lo mirará con cariño.',
  'quality.ask_photo':
    '¿Puedes subir aquí en el chat una foto del problema? Así el artesano ve exactamente qué ha pasado.',
  'quality.photo_later':
    'Sin prisa. Cuando tengas la foto, súbela aquí en este chat y seguimos justo donde lo dejamos.',
  'quality.photo_waiting': 'Perfecto, dejo esto abierto hasta que llegue tu foto. ¡Hasta pronto!',
  'quality.photo_why':
    'Con una foto podemos solucionarlo sin que tengas que devolver nada. ¿Puedes subir una? Si de verdad no puedes, dímelo y se lo paso a una persona.',
  'quality.photo_thanks': 'Gracias por la foto.',
  'quality.remedies': 'Esto es lo que puedo ofrecerte para tu **{item}**. ¿Qué prefieres?',
  'quality.remake_done':
    '¡Hecho! El artesano hará una **nueva pieza urgente y gratuita** de tu **{item}** (pedido **#{orderNumber}**) y te la enviaremos sin coste. No hace falta que devuelvas la anterior.',
  'quality.refund_done': '¡Hecho! Ya hemos emitido un reembolso de **{amount}**.',
  'quality.refund_pending':
    'He solicitado un reembolso de **{amount}**. Por el importe, una persona del equipo tiene que confirmarlo antes, así que está **pendiente de aprobación**. Te escribiremos en cuanto esté aprobado.',

  'refund.in_transit':
    'Te entiendo, y siento que sigas esperando. El pedido **#{orderNumber}** ya está en camino: salió el **{date}**{hasCarrier, select, yes { con **{carrier}**} other {}}.',
  'refund.in_transit_offer':
    'Como ya lo tiene el transportista, lo más rápido para tenerlo es dejar que llegue. Si prefieres no esperar, o sigues queriendo que te devolvamos el dinero, una persona del equipo puede revisar tu caso. ¿Se lo paso?',
  'refund.which_reason': 'Te ayudo con eso. ¿Qué ha pasado?',
  'refund.refused': 'Lo siento, no puedo emitir desde aquí un reembolso de **{amount}**.',
  'refund.timing':
    'Los bancos suelen tardar **de 5 a 10 días laborables** en mostrar el reembolso en tu cuenta.',
  'refund.status_none': 'Todavía no veo ningún reembolso en el pedido **#{orderNumber}**.',
  'refund.status_recorded':
    'El pedido **#{orderNumber}** tiene **{amount}** reembolsados hasta ahora.',
  'refund.status_issued': 'Tu reembolso de **{amount}** se emitió el **{date}**.',
  'refund.status_pending':
    'Tu reembolso de **{amount}** está **pendiente de aprobación** por nuestro equipo. Te escribiremos en cuanto se decida.',
  'refund.status_declined':
    'Tu solicitud de reembolso de **{amount}** se revisó y no se aprobó. Una persona puede explicarte el motivo y volver a mirarlo.',

  'gift.how_to':
    '¡Qué idea de regalo tan bonita! Puedes hacer el pedido directamente en nuestra tienda y añadir la personalización al hacer el pedido; el artesano hará la pieza solo para esa persona. Si prefieres algo hecho totalmente a tu medida, también puedo tomar nota de un encargo.',
  'knowledge.ask': 'Claro, ¿qué quieres saber?',
  'knowledge.ships_to': '**{country}**: sí, hacemos envíos allí.',
  'knowledge.ships_not_to': '**{country}**: lo siento, por ahora no hacemos envíos allí.',
  'knowledge.answer':
    'Esto es lo que dice nuestra tienda al respecto:\n\n**{section}**\n\n{mdText}',
  'knowledge.answer_more': '**{section}**\n\n{mdText}',
  'bot.honest':
    'Sí, soy {assistant}, el asistente automático de {shop}. Te ayudo con pedidos y preguntas sobre la tienda, y cuando quieras te puede atender una persona del equipo.',
  'scope.other':
    'Eso se sale de lo que puedo hacer en este chat: yo me ocupo de los pedidos y de las preguntas sobre la tienda. Si es algo para el equipo, puedo pasárselo a una persona.',
  'scope.account':
    'Desde este chat no puedo ver ni cambiar cuentas, contraseñas ni la app: yo me ocupo de los pedidos y de las preguntas sobre la tienda. Con eso te puede ayudar una persona del equipo. ¿Quieres que se lo pase?',
  'knowledge.unknown_part':
    'Sobre «{question}»: no lo tengo en la información de la tienda y prefiero no inventármelo. Una persona del equipo te lo puede decir.',
  'knowledge.unknown':
    'Lo siento, no sé la respuesta y prefiero no inventármela. Una persona de nuestro equipo puede responderte.',

  'brief.intro':
    '¡Qué ilusión, nos encanta crear algo nuevo! Voy a apuntar algunos detalles para el artesano.',
  'brief.ask_item': '¿Qué te gustaría que hiciéramos?',
  'brief.ask_size': '¿De qué tamaño tiene que ser?',
  'brief.ask_text': '¿Quieres incluir algún texto o nombre?',
  'brief.ask_colours': '¿Qué colores te gustarían?',
  'brief.ask_photos':
    '¿Tienes fotos para compartir (por ejemplo, de tu mascota)? Súbelas aquí o sáltate este paso.',
  'brief.ask_deadline': '¿Lo necesitas para alguna fecha concreta?',
  'brief.confirm': 'Este es tu encargo:\n\n{mdSummary}\n\n¿Se lo envío al artesano?',
  'brief.label_item': 'Pieza',
  'brief.label_size': 'Tamaño',
  'brief.label_text': 'Texto',
  'brief.label_colours': 'Colores',
  'brief.label_photos': 'Fotos',
  'brief.label_deadline': 'Para cuándo',
  'brief.none': 'sin indicar',
  'brief.person_too':
    'Si prefieres hablarlo con una persona, elige «Hablar con una persona» y se lo paso. Si no, unas preguntas rápidas ayudan al artesano a prepararlo.',
  'brief.done':
    '¡Enviado! El artesano revisará tu encargo y te responderá con un presupuesto y un plazo.',
  'brief.restart': 'Sin problema, volvamos a repasarlo.',

  'handoff.sorry': 'Lo siento mucho, entiendo tu enfado.',
  'handoff.progress':
    'Ya tengo todo reunido y esto necesita a un especialista, así que se lo paso a una persona de nuestro equipo con todos los detalles. No tendrás que repetir nada.',
  'handoff.progress_order':
    'He revisado el pedido **#{orderNumber}** y esto necesita a un especialista, así que se lo envío todo a una persona de nuestro equipo. No tendrás que repetir nada.',
  'handoff.alternative':
    'Estupendo, he pasado tu petición de **{desired}** al equipo con todos los detalles. No tendrás que repetir nada.',
  'handoff.when_open':
    'Alguien te responderá **hoy, dentro de nuestro horario**, aquí mismo y por correo.',
  'handoff.when_closed':
    'Ahora mismo estamos cerrados, así que alguien te responderá a partir del **{when}**, aquí mismo y por correo.',
  'handoff.meanwhile': '¿Puedo ayudarte con algo más mientras tanto?',
  'handoff.noted':
    'Lo he añadido a tu caso, así que la persona del equipo que lo lleve también lo verá.',

  'complaint.sorry':
    'Siento mucho que no estés contento. Cuéntame qué ha pasado y haré lo posible por solucionarlo, o te paso con una persona.',
  'attachment.thanks': '¡Gracias por la foto! ¿De qué se trata?',
  'flow.left_as_is': 'Sin problema, lo he dejado todo como estaba.',
  'resume.offer': '¿Seguimos con {topic}?',
  'resume.back': 'Seguimos con {topic}.',
  'topic.identify': 'la búsqueda de tu pedido',
  'topic.change': 'tu cambio',
  'topic.address': 'tu cambio de dirección',
  'topic.cancel': 'tu cancelación',
  'topic.return': 'tu devolución',
  'topic.quality': 'el problema de tu pieza',
  'topic.brief': 'tu encargo a medida',
  'topic.question': 'tu pregunta',
  'topic.csat': 'tu valoración',

  'error.action_failed':
    'Lo siento, algo ha fallado por nuestra parte y no he podido terminarlo. Se lo he pasado a una persona del equipo, que lo completará y te escribirá.',
  'thanks.reply': '¡De nada! Que tengas un día estupendo.',
  'csat.ask': '¡Me alegra haberte ayudado! ¿Qué tal lo he hecho, del 1 (mal) al 5 (genial)?',
  'csat.thanks': '¡Muchas gracias por tu opinión!',
  'csat.thanks_low': 'Gracias por decírmelo. Lo comparto con el equipo para mejorar.',

  'qr.status': '¿Dónde está mi pedido?',
  'qr.change': 'Cambiar mi grabado',
  'qr.damaged': 'Algo llegó dañado',
  'qr.wrong': 'Incorrecto o mal escrito',
  'qr.missing': 'Falta algo',
  'qr.question': 'Hacer una pregunta',
  'qr.custom': 'Un encargo a medida',
  'qr.person': 'Hablar con una persona',
  'qr.done': 'Eso es todo, gracias',
  'qr.something_else': 'Otra cosa',
  'qr.no_thanks': 'No, gracias',
  'qr.never_mind': 'Da igual',
  'qr.yes_save': 'Sí, guárdalo',
  'qr.yes_send': 'Sí, envíalo',
  'qr.yes_cancel': 'Sí, cancélalo',
  'qr.yes_go_ahead': 'Sí, adelante',
  'qr.no_change': 'No, cambiarlo',
  'qr.no_keep': 'No, mantenerlo',
  'qr.no_photo': 'No puedo enviar una foto',
  'qr.remake': 'Nueva pieza urgente gratis',
  'qr.refund_amount': 'Reembolso de {amount}',
  'qr.return': 'Devolución o cambio',
  'qr.return_refund': 'Devolver con reembolso',
  'qr.exchange': 'Cambiarlo',
  'qr.cancel': 'Cancelar mi pedido',
  'qr.changed_mind': 'He cambiado de idea',
  'qr.wait': 'Prefiero esperar',
  'qr.ask_refund': 'Quiero un reembolso',
  'qr.new_order': 'Hacer un pedido nuevo',
  'qr.helped': 'Me sirve, gracias',
  'qr.another_question': 'Otra pregunta',
  'qr.resume': 'Sí, sigamos',
  'qr.skip': 'Saltar',
  'identity.ask_email':
    'Para hacer cambios en el pedido **#{orderNumber}** necesito comprobar una cosa más: ¿cuál es el **correo electrónico** del pedido?',
  'identity.retry_kept':
    'Si el pedido **#{orderNumber}** es el correcto, revisa el **correo o el código postal**; si no, mándame el número de pedido correcto.',
  'which_order.ask': '¿Es sobre el pedido **#{orderNumber}** o sobre otro pedido?',
  'which_order.ask_number': 'Claro, ¿cuál es el número del otro pedido?',
  'qr.this_order': 'Pedido #{orderNumber}',
  'qr.other_order': 'Otro pedido',
  'change.kept': 'Sin problema, lo dejamos como **{value}** ({field}). No he cambiado nada.',
  'change.ask_exact':
    'Encantada. ¿Qué debe poner exactamente ({field})? Escribe solo el texto tal como debe quedar.',
  'clarify.offer_person':
    'Perdona, no lo estoy entendiendo bien. ¿Quieres que te pase con una persona del equipo?',
  'input.invalid_thrice':
    'Perdona, sigo sin poder leerlo. ¿Quieres que una persona del equipo lo resuelva contigo?',
  'answer.also': 'Sobre {count, plural, one {tu otra pregunta} other {tus otras preguntas}}:',
  'topic.which_order': 'de qué pedido se trata',
};
