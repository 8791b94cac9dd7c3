import type { MessageId } from './en.js';

/** Español de usted, para tiendas con `formality: formal`; solo las claves que cambian respecto al tuteo. */
export const esFormal: Partial<Record<MessageId, string>> = {
  'status.deadline_yes': 'Así que debería llegarle antes del **{date}**, a tiempo.',
  'status.deadline_no':
    'Lo siento: con las fechas previstas no llegaría antes del **{date}**. Si esa fecha es importante, puedo pasarle el caso a una persona del equipo para ver qué se puede hacer. ¿Le parece bien?',
  'status.deadline_unsure':
    'Saldrá del taller como tarde el **{end}**, pero no puedo prometerle que llegue antes del **{date}**: después el envío tarda unos días más. Si esa fecha es importante, puedo pedirle a una persona del equipo que mire si se puede adelantar. ¿Le parece bien?',
  'greeting.offer':
    'Puedo consultar cómo va su pedido, ayudarle a cambiar un detalle personalizado, solucionar lo que haya llegado mal o responder preguntas sobre la tienda. ¿En qué puedo ayudarle?',
  'menu.prompt': '¿En qué puedo ayudarle?',
  'input.emoji_only':
    '¡Gracias! Aunque solo sé leer palabras. ¿Me indica en una frase qué necesita?',
  'input.not_understood': 'Disculpe, no lo he entendido bien.',
  'input.unasked_yesno': 'No sé muy bien a qué responde; creo que aún no le he preguntado nada.',
  'input.unsupported_language':
    'Lo siento, solo puedo hablar en inglés, español, francés, alemán, italiano y portugués. ¿Cuál prefiere?',
  'repair.ask': 'Disculpe, le he entendido mal. ¿Me cuenta otra vez qué quería saber?',
  'clarify.ask':
    'Quiero asegurarme de ayudarle con lo correcto. ¿Cuál de estas opciones se parece más?',
  'identity.ask_both':
    'Lo consulto con gusto. Para proteger su pedido, envíeme el **número de pedido** y el **correo electrónico o código postal** que usó al comprar.',
  'identity.no_number':
    'No pasa nada. El número de pedido viene en el correo de confirmación que enviamos al hacer el pedido; si busca el nombre de la tienda en su bandeja de entrada, suele aparecer. Si aun así no lo encuentra, una persona del equipo puede buscarlo por usted.',
  'identity.which_order':
    'El pedido con el que necesita ayuda. Cada pedido tiene su número en el correo de confirmación que le enviamos al comprar: mándeme ese número y el correo o el código postal que usó, y yo me encargo.',
  'identity.ask_number':
    '¡Gracias! ¿Y el **número de pedido**? Lo encontrará en el correo de confirmación.',
  'identity.ask_secret':
    '¡Gracias! Para confirmar que el pedido **#{orderNumber}** es suyo, ¿cuál es el **correo electrónico o código postal** del pedido?',
  'identity.no_match':
    'No he podido relacionar esos datos con ningún pedido. Revise el número de pedido y el correo o código postal y vuelva a intentarlo.',
  'identity.throttled':
    'Por su seguridad, he pausado las consultas de pedidos durante un rato. Una persona de nuestro equipo puede ayudarle a comprobarlo, o yo puedo responder preguntas generales.',
  'status.thanks':
    '{waited, select, yes {¡Muchas gracias por su paciencia!} other {¡Con mucho gusto, ahora mismo lo consulto!}}',
  'status.thanks_late': 'Gracias por su paciencia, y lamento que esté tardando más de lo previsto.',
  'status.leadtime_personal':
    'Su **{item}** se hace a mano y se personaliza solo para usted, así que lleva nuestro plazo habitual de **{min} a {max} días laborables**.',
  'status.leadtime_handmade':
    'Su **{item}** se hace a mano, así que lleva nuestro plazo habitual de **{min} a {max} días laborables**.',
  'status.delayed_offer_person':
    'Ya va **{days, plural, one {# día laborable} other {# días laborables}}** por detrás del plazo original, así que me gustaría que una persona del equipo lo revise con usted. ¿Se lo paso?',
  'status.notify': '¡Le avisaremos en cuanto esté en camino!',
  'delivery.not_received':
    'Lamento que no le haya llegado. A veces el paquete se deja a un vecino o en un lugar seguro, así que merece la pena comprobarlo. Si no aparece, una persona del equipo puede abrir una búsqueda con el transportista.',
  'change.which_item': '¿Qué pieza desea cambiar?',
  'change.which_field': '¿Qué desea cambiar de su **{item}**?',
  'change.allowed':
    '¡No se preocupe! Su pedido sigue dentro del plazo de cambios, así que podemos actualizar su **{item}**.',
  'change.ask_photo': 'Suba aquí en el chat la nueva foto, por favor.',
  'change.value_unclear':
    'Disculpe, no he entendido qué quiere en {fieldThe}. ¿Me escribe exactamente cómo debe quedar?',
  'change.new_photo': 'la nueva foto que ha enviado',
  'change.confirm':
    'Para asegurarnos: en su **{item}**, cambiamos {fieldThe} a **{value}**. ¿Lo guardo?',
  'change.confirm_from':
    'Para asegurarnos: en su **{item}**, cambiamos {fieldThe} de **{current}** a **{value}**. ¿Lo guardo?',
  'change.refused_window':
    'Lo siento mucho: su **{item}** es una pieza única y ya se está haciendo (está en la fase de **{stage}**), y el plazo de cambios ha terminado, así que ya no podemos {itemGender, select, f {cambiarla} other {cambiarlo}}.',
  'change.refused_locked':
    'Lo siento mucho: su **{item}** es una pieza única y ya ha llegado a la fase de **{stage}**, en la que ese detalle queda fijado, así que ya no podemos {itemGender, select, f {cambiarla} other {cambiarlo}}.',
  'change.refused_options':
    'Gracias por su comprensión. Si es muy importante para usted, puedo pedir a una persona que valore una excepción, o puede hacer un pedido nuevo con los datos nuevos.',
  'address.ask':
    'Claro, la dirección del pedido **#{orderNumber}** todavía se puede cambiar. Envíeme la dirección nueva completa: calle, código postal, ciudad y país.',
  'address.ask_again':
    'Sin problema, envíeme de nuevo la dirección completa: calle, código postal, ciudad y país.',
  'address.unclear':
    'No he podido leerlo como una dirección. Envíeme calle, código postal, ciudad y país, separados por comas.',
  'address.refused_shipped':
    'Su pedido ya ha salido del taller{hasCarrier, select, yes { con **{carrier}**} other {}}, así que desde aquí ya no podemos cambiar la dirección. Muchas veces el transportista puede redirigir el paquete si le escribe con el número de seguimiento.',
  'return.which_item': '¿Qué pieza desea devolver o cambiar?',
  'return.which_kind':
    '¿Desea devolver su **{item}** con reembolso o {itemGender, select, f {cambiarla} other {cambiarlo}}?',
  'return.confirm_return': 'Su **{item}** se puede devolver con reembolso. ¿Preparo la devolución?',
  'return.confirm_exchange': 'Su **{item}** se puede cambiar. ¿Preparo el cambio?',
  'return.buyer_pays': 'Tenga en cuenta que **el envío de la devolución corre de su cuenta**.',
  'return.done_return':
    '¡Hecho! La devolución de su **{item}** (pedido **#{orderNumber}**) está preparada. Le enviaremos las instrucciones por correo y el reembolso llegará cuando recibamos la pieza.',
  'return.done_exchange':
    '¡Hecho! El cambio de su **{item}** (pedido **#{orderNumber}**) está preparado. Le enviaremos las instrucciones por correo.',
  'return.refused_personalized':
    'Le entiendo. Como su **{item}** se personalizó solo para usted, no se puede volver a vender, así que no podemos aceptar una devolución sin motivo.',
  'return.refused_final_sale':
    'Le entiendo. Su **{item}** se vendió como **venta final**, así que no se puede devolver.',
  'return.refused_window':
    'Lo siento, el plazo de devolución de su **{item}** ya ha terminado, así que ahora no se puede devolver.',
  'return.refused_other':
    'Lo siento, según la política de la tienda su **{item}** no se puede devolver.',
  'quality.sorry_damaged':
    'Lamento muchísimo que su pieza haya llegado dañada. Vamos a solucionarlo.',
  'quality.sorry_wrong':
    'Lo siento mucho, es un error nuestro y no es lo que pidió. Vamos a solucionarlo.',
  'quality.sorry_missing': 'Lamento mucho que falte algo en su paquete. Vamos a solucionarlo.',
  'quality.prefers_remake':
    'Anotado: prefiere que se lo **hagamos de nuevo gratis**, y lo tendremos en cuenta.',
  'quality.prefers_refund': 'Anotado: prefiere un **reembolso**, y lo tendremos en cuenta.',
  'quality.window_passed':
    'Para que lo sepa: los problemas se avisan normalmente en los **{days} días** siguientes a la entrega, y para este pedido el último día fue el {lastDay}. Aun así se lo paso a una persona del equipo, que lo revisará con cuidado.',
  'change.same_value':
    'Ya pone **{current}**, así que no hay nada que cambiar. ¿Quiere poner otra cosa?',
  'quality.ask_photo':
    '¿Podría subir aquí en el chat una foto del problema? Así el artesano ve exactamente qué ha pasado.',
  'quality.photo_later':
    'Sin prisa. Cuando tenga la foto, súbala aquí en este chat y seguimos justo donde lo dejamos.',
  'quality.photo_waiting': 'Perfecto, dejo esto abierto hasta que llegue su foto. ¡Hasta pronto!',
  'quality.photo_why':
    'Con una foto podemos solucionarlo sin que tenga que devolver nada. ¿Puede subir una? Si de verdad no puede, dígamelo y se lo paso a una persona.',
  'quality.remedies': 'Esto es lo que puedo ofrecerle para su **{item}**. ¿Qué prefiere?',
  'quality.remake_done':
    '¡Hecho! El artesano hará una **nueva pieza urgente y gratuita** de su **{item}** (pedido **#{orderNumber}**) y se la enviaremos sin coste. No hace falta que devuelva la anterior.',
  'quality.refund_pending':
    'He solicitado un reembolso de **{amount}**. Por el importe, una persona del equipo tiene que confirmarlo antes, así que está **pendiente de aprobación**. Le escribiremos en cuanto esté aprobado.',
  'refund.in_transit':
    'Le entiendo, y siento que siga esperando. El pedido **#{orderNumber}** ya está en camino: salió el **{date}**{hasCarrier, select, yes { con **{carrier}**} other {}}.',
  'refund.in_transit_offer':
    'Como ya lo tiene el transportista, lo más rápido para tenerlo es dejar que llegue. Si prefiere no esperar, o sigue queriendo que le devolvamos el dinero, una persona del equipo puede revisar su caso. ¿Se lo paso?',
  'refund.which_reason': 'Le ayudo con eso. ¿Qué ha pasado?',
  'refund.timing':
    'Los bancos suelen tardar **de 5 a 10 días laborables** en mostrar el reembolso en su cuenta.',
  'refund.status_issued': 'Su reembolso de **{amount}** se emitió el **{date}**.',
  'refund.status_pending':
    'Su reembolso de **{amount}** está **pendiente de aprobación** por nuestro equipo. Le escribiremos en cuanto se decida.',
  'refund.status_declined':
    'Su solicitud de reembolso de **{amount}** se revisó y no se aprobó. Una persona puede explicarle el motivo y volver a revisarla.',
  'knowledge.ask': 'Claro, ¿qué desea saber?',
  'scope.account':
    'Desde este chat no puedo ver ni cambiar cuentas, contraseñas ni la app: yo me ocupo de los pedidos y de las preguntas sobre la tienda. Con eso le puede ayudar una persona del equipo. ¿Quiere que se lo pase?',
  'knowledge.unknown_part':
    'Sobre «{question}»: no lo tengo en la información de la tienda y prefiero no inventármelo. Una persona del equipo se lo puede decir.',
  'knowledge.unknown':
    'Lo siento, no sé la respuesta y prefiero no inventármela. Una persona de nuestro equipo puede responderle.',
  'brief.ask_item': '¿Qué le gustaría que hiciéramos?',
  'brief.ask_text': '¿Desea incluir algún texto o nombre?',
  'brief.ask_colours': '¿Qué colores le gustarían?',
  'brief.ask_photos':
    '¿Tiene fotos para compartir (por ejemplo, de su mascota)? Súbalas aquí o sáltese este paso.',
  'brief.ask_deadline': '¿Lo necesita para alguna fecha concreta?',
  'brief.confirm': 'Este es su encargo:\n\n{mdSummary}\n\n¿Se lo envío al artesano?',
  'brief.done':
    '¡Enviado! El artesano revisará su encargo y le responderá con un presupuesto y un plazo.',
  'handoff.progress':
    'Ya tengo todo reunido y esto necesita a un especialista, así que se lo paso a una persona de nuestro equipo con todos los detalles. No tendrá que repetir nada.',
  'handoff.progress_order':
    'He revisado el pedido **#{orderNumber}** y esto necesita a un especialista, así que se lo envío todo a una persona de nuestro equipo. No tendrá que repetir nada.',
  'handoff.alternative':
    'Estupendo, he pasado su petición de **{desired}** al equipo con todos los detalles. No tendrá que repetir nada.',
  'handoff.when_open':
    'Alguien le responderá **hoy, dentro de nuestro horario**, aquí mismo y por correo.',
  'handoff.when_closed':
    'Ahora mismo estamos cerrados, así que alguien le responderá a partir del **{when}**, aquí mismo y por correo.',
  'handoff.meanwhile': '¿Puedo ayudarle con algo más mientras tanto?',
  'handoff.noted':
    'Lo he añadido a su caso, así que la persona del equipo que lo lleve también lo verá.',
  'complaint.sorry':
    'Lamento mucho que no esté satisfecho. Cuénteme qué ha pasado y haré lo posible por solucionarlo, o le paso con una persona.',
  'topic.identify': 'la búsqueda de su pedido',
  'topic.change': 'su cambio',
  'topic.address': 'su cambio de dirección',
  'topic.cancel': 'su cancelación',
  'topic.return': 'su devolución',
  'topic.quality': 'el problema de su pieza',
  'topic.brief': 'su encargo a medida',
  'topic.question': 'su pregunta',
  'topic.csat': 'su valoración',
  'error.action_failed':
    'Lo siento, algo ha fallado por nuestra parte y no he podido terminarlo. Se lo he pasado a una persona del equipo, que lo completará y le escribirá.',
  'thanks.reply': '¡De nada! Que tenga un buen día.',
  'csat.ask': '¡Me alegra haberle ayudado! ¿Qué tal lo he hecho, del 1 (mal) al 5 (excelente)?',
  'csat.thanks': '¡Muchas gracias por su opinión!',
  'csat.thanks_low': 'Gracias por decírmelo. Lo comparto con el equipo para mejorar.',
  'delivery.problem_offer':
    'Una persona de nuestro equipo puede resolverlo con el transportista y asegurarse de que le llegue. ¿Se lo paso?',
  'return.not_delivered_personalized':
    'El pedido **#{orderNumber}** todavía no se ha entregado. Como está personalizado y se hace solo para usted, luego no se puede devolver, pero puedo comprobar si aún se puede cancelar o cambiar.',
  'status.if_not_arrived':
    'Si el **{date}** aún no le ha llegado, escríbanos aquí: una persona del equipo pedirá al transportista que lo localice y lo solucionará con usted, no se quedará sin él.',
  'status.eta_followup':
    'Ya está en camino{hasCarrier, select, yes { con **{carrier}**} other {}} y debería llegarle el **{date}**.',
  'handoff.sorry': 'Lo siento mucho, entiendo su enfado.',
  'status.then_shipping':
    'Una vez enviado, súmele el tiempo de entrega según dónde viva:\n\n{mdText}',
  'gift.how_to':
    '¡Qué idea de regalo tan bonita! Puede hacer el pedido directamente en nuestra tienda y añadir la personalización al hacer el pedido; el artesano hará la pieza solo para esa persona. Si prefiere algo hecho totalmente a su medida, también puedo tomar nota de un encargo.',
};
