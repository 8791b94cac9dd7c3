import type { Catalogue } from './en.js';

/** Português (próximo e simples, tratando o cliente por «você»). */
export const pt: Catalogue = {
  'greeting.default': 'Olá! Sou {assistant}, da {shop}.',
  'greeting.intro': 'Sou {assistant}, o assistente da {shop}.',
  'greeting.offer':
    'Posso ver em que ponto está a sua encomenda, ajudar a alterar um detalhe personalizado, resolver o que chegou errado ou responder a perguntas sobre a loja. Como posso ajudar?',
  'menu.prompt': 'Em que posso ajudar?',

  'input.empty': 'A sua mensagem parece estar vazia.',
  'input.emoji_only':
    'Obrigado! Mas eu só consigo ler palavras. Pode dizer-me numa frase do que precisa?',
  'input.stale_choice':
    'Esse botão era de uma pergunta anterior, por isso vou ignorá-lo. Estamos aqui:',
  'input.not_understood': 'Desculpe, não percebi bem.',
  'input.unasked_yesno':
    'Não tenho a certeza a que está a responder: acho que ainda não lhe perguntei nada.',
  'input.unsupported_language':
    'Desculpe, só falo inglês, espanhol, francês, alemão, italiano e português. Qual prefere?',
  'lang.switched': 'Claro, continuamos em português.',
  'lang.en': 'English',
  'lang.es': 'Español',
  'lang.fr': 'Français',
  'lang.de': 'Deutsch',
  'lang.it': 'Italiano',
  'lang.pt': 'Português',

  'repair.ask': 'Peço desculpa, percebi mal. Pode dizer-me outra vez o que queria saber?',
  'clarify.ask':
    'Quero ter a certeza de que ajudo com a coisa certa. Qual destas opções se aproxima mais?',
  'intent.order_status': 'Onde está a minha encomenda?',
  'intent.delivery_problem': 'Um problema com a entrega',
  'intent.change_details': 'Alterar um detalhe personalizado',
  'intent.change_address': 'Alterar a minha morada',
  'intent.cancel_order': 'Cancelar a minha encomenda',
  'intent.return_request': 'Devolução ou troca',
  'intent.damaged_item': 'Algo chegou danificado',
  'intent.wrong_item': 'Há algo errado com o meu artigo',
  'intent.missing_item': 'Falta alguma coisa',
  'intent.refund_status': 'Onde está o meu reembolso?',
  'intent.refund_request': 'Quero um reembolso',
  'intent.payment_issue': 'Uma dúvida sobre o pagamento',
  'intent.shop_question': 'Fazer uma pergunta',
  'intent.custom_request': 'Encomendar algo por medida',
  'intent.human_agent': 'Falar com uma pessoa',
  'intent.complaint': 'Não estou satisfeito com algo',
  'intent.greeting': 'Olá',
  'intent.thanks': 'Obrigado',
  'intent.other': 'Outra coisa',

  'identity.ask_both':
    'Vejo isso com todo o gosto. Para proteger a sua encomenda, envie-me o **número da encomenda** e o **e-mail ou código postal** que usou na compra.',
  'identity.no_number':
    'Não há problema. O número da encomenda está no e-mail de confirmação que enviámos quando fez a compra; pesquisar o nome da loja na caixa de entrada costuma encontrá-lo. Se mesmo assim não o encontrar, uma pessoa da nossa equipa pode procurá-lo por si.',
  'identity.which_order':
    'A encomenda com que precisa de ajuda. Cada encomenda tem o seu número no e-mail de confirmação que enviámos quando comprou: envie-me esse número e o e-mail ou o código postal que usou, e eu trato do resto.',
  'identity.ask_number':
    'Obrigado! E qual é o **número da encomenda**? Está no e-mail de confirmação.',
  'identity.ask_secret':
    'Obrigado! Para confirmar que a encomenda **#{orderNumber}** é sua, qual é o **e-mail ou código postal** da encomenda?',
  'identity.ok': 'Obrigado, encontrei a encomenda **#{orderNumber}**.',
  'identity.no_match':
    'Não consegui associar esses dados a nenhuma encomenda. Verifique o número da encomenda e o e-mail ou código postal e tente de novo.',
  'identity.throttled':
    'Para sua segurança, pausei as pesquisas de encomendas durante algum tempo. Uma pessoa da nossa equipa pode verificar consigo, ou posso responder a perguntas gerais.',

  'status.thanks':
    '{waited, select, yes {Muito obrigado pela sua paciência!} other {Vou já ver isso para si!}}',
  'status.thanks_late':
    'Obrigado pela paciência, e lamento que esteja a demorar mais do que o previsto.',
  'status.leadtime_personal':
    '{itemGender, select, f {A sua} other {O seu}} **{item}** é {itemGender, select, f {feita} other {feito}} à mão e {itemGender, select, f {personalizada} other {personalizado}} só para si, por isso leva o nosso prazo habitual de **{min} a {max} dias úteis**.',
  'status.leadtime_handmade':
    '{itemGender, select, f {A sua} other {O seu}} **{item}** é {itemGender, select, f {feita} other {feito}} à mão, por isso leva o nosso prazo habitual de **{min} a {max} dias úteis**.',
  'status.photo_received':
    'E sim, recebemos a sua foto: está com a encomenda, por isso não precisa de enviar mais nada.',
  'status.stage': 'Neste momento a encomenda **#{orderNumber}** está na fase de **{stage}**.',
  'status.window': 'Contamos enviá-la entre **{start}** e **{end}**.',
  'status.window_unknown':
    'Ainda não consigo dar um prazo de envio fiável, por isso prefiro não adivinhar. O artesão vai confirmá-lo assim que puder.',
  'status.delayed_window':
    'A nossa nova estimativa é que seja enviada entre **{start}** e **{end}**. O artesão está a trabalhar nela agora.',
  'status.delayed_no_window':
    'Ainda não tenho uma nova data fiável, por isso prefiro não adivinhar. O artesão está a trabalhar nela agora.',
  'status.delayed_offer_person':
    'Já está **{days, plural, one {# dia útil} other {# dias úteis}}** atrasada em relação ao prazo original, por isso gostava que uma pessoa da equipa tratasse disto. Quer que passe o caso?',
  'status.then_shipping':
    'Depois de expedida, conte ainda com o prazo de entrega consoante o sítio onde vive:\n\n{mdText}',
  'status.notify': 'Avisamos assim que estiver a caminho!',
  'status.shipped':
    'Boas notícias: a encomenda **#{orderNumber}** foi enviada a **{date}**{hasCarrier, select, yes { pela **{carrier}**} other {}}.',
  'status.tracking_link': 'Número de seguimento: [**{trackingNumber}**]({mdUrl})',
  'status.tracking_number': 'Número de seguimento: **{trackingNumber}**',
  'status.tracking_unknown': 'Ainda não tenho número de seguimento.',
  'status.eta': 'Entrega prevista: **{date}**.',
  'status.deadline_yes': 'Por isso deve chegar antes de **{date}**, a tempo.',
  'status.deadline_no':
    'Lamento: com as datas previstas não chegaria antes de **{date}**. Se essa data for importante, posso passar o caso a uma pessoa da equipa para ver o que se pode fazer. Quer?',
  'status.deadline_unsure':
    'Sai da oficina o mais tardar a **{end}**, mas não lhe posso prometer que chegue antes de **{date}**: depois o envio ainda demora uns dias. Se essa data for importante, posso pedir a uma pessoa da equipa que veja se dá para adiantar. Quer?',
  'status.eta_unknown': 'A transportadora ainda não deu uma previsão de entrega.',
  'status.delivered': 'A encomenda **#{orderNumber}** ({item}) foi entregue a **{date}**.',
  'status.cancelled': 'A encomenda **#{orderNumber}** foi cancelada a **{date}**.',
  'delivery.not_received':
    'Lamento que não lhe tenha chegado. Às vezes as encomendas ficam com um vizinho ou num local seguro, vale a pena verificar. Se não aparecer, uma pessoa da equipa pode abrir uma investigação com a transportadora.',
  'delivery.in_transit_help':
    'Se o seguimento não muda há alguns dias, uma pessoa da equipa pode pedir à transportadora que localize a encomenda.',
  'delivery.not_shipped_yet': 'Ainda não foi enviada, por isso ainda não há seguimento.',
  'delivery.problem_reported':
    'Lamento, há um problema com a entrega da encomenda **#{orderNumber}**: a **{date}**, {hasCarrier, select, yes {a **{carrier}**} other {a transportadora}} comunicou uma ocorrência na entrega{hasDetail, select, yes { («{detail}»)} other {}}.',
  'delivery.problem_offer':
    'Uma pessoa da nossa equipa pode resolver isto com a transportadora e garantir que a encomenda lhe chega. Passo-lhe o caso?',
  'status.if_not_arrived':
    'Se até **{date}** ainda não tiver chegado, escreva-nos aqui: uma pessoa da equipa pede à transportadora que a localize e resolve a situação consigo, não vai ficar sem ela.',
  'status.eta_followup':
    'Já está a caminho{hasCarrier, select, yes { com a **{carrier}**} other {}} e deve chegar a **{date}**.',

  'stage.received': 'encomenda recebida',
  'stage.design': 'design e paginação',
  'stage.making': 'produção',
  'stage.finishing': 'cor e acabamento',
  'stage.quality_check': 'controlo de qualidade final',
  'stage.ready_to_ship': 'embalada e pronta a enviar',
  'stage.materials': 'materiais',
  'stage.packed': 'embalada',

  'field.engraving': 'gravação',
  'field.text': 'texto',
  'field.photo': 'foto',
  'field.size': 'tamanho',
  'field.colour': 'cor',
  'field.gift_note': 'mensagem de oferta',
  'field.metal': 'metal',
  'field.chain': 'corrente',
  'field.initials': 'iniciais',
  'field.glaze': 'vidrado',
  'field.pet': 'animal',
  'field.background': 'cor de fundo',
  // The field with its own article, as it stands in a sentence ("la talla", "l’incisione").
  'field_the.engraving': 'a gravação',
  'field_the.text': 'o texto',
  'field_the.photo': 'a foto',
  'field_the.size': 'o tamanho',
  'field_the.colour': 'a cor',
  'field_the.gift_note': 'a mensagem de oferta',
  'field_the.metal': 'o metal',
  'field_the.chain': 'a corrente',
  'field_the.initials': 'as iniciais',
  'field_the.glaze': 'o vidrado',
  'field_the.pet': 'o animal',
  'field_the.background': 'a cor de fundo',
  'field_the.other': 'o campo «{name}»',

  'change.nothing_personal':
    'A encomenda **#{orderNumber}** não tem detalhes personalizados que eu possa alterar.',
  'change.which_item': 'Que peça quer alterar?',
  'change.which_field':
    'O que quer alterar {itemGender, select, f {na sua} other {no seu}} **{item}**?',
  'change.allowed':
    'Não se preocupe! A sua encomenda ainda está dentro do prazo de alterações, por isso podemos atualizar {itemGender, select, f {a sua} other {o seu}} **{item}**.',
  'change.ask_value': 'Como deve ficar o novo valor ({field})?',
  'change.ask_value_current':
    'Neste momento diz **{current}**. Como deve ficar o novo valor ({field})?',
  'change.same_value':
    'Já diz **{current}**, por isso não há nada a alterar. Quer pôr outra coisa?',
  'change.ask_value_again': 'Sem problema. O que devemos pôr então ({field})?',
  'change.ask_photo': 'Carregue aqui no chat a nova foto, por favor.',
  'change.value_unclear':
    'Desculpe, não percebi o novo valor ({field}). Pode escrever exatamente como deve ficar?',
  'change.new_photo': 'a nova foto que enviou',
  'change.confirm':
    'Só para confirmar: {itemGender, select, f {na sua} other {no seu}} **{item}**, mudamos {fieldThe} para **{value}**. Guardo?',
  'change.confirm_from':
    'Só para confirmar: {itemGender, select, f {na sua} other {no seu}} **{item}**, mudamos {fieldThe} de **{current}** para **{value}**. Guardo?',
  'change.done':
    'Feito! Mudei {fieldThe} para **{value}** na encomenda **#{orderNumber}**, e o artesão já foi avisado.',
  'change.refused_window':
    'Lamento muito: {itemGender, select, f {a sua} other {o seu}} **{item}** é uma peça única que já está a ser feita (fase de **{stage}**) e o prazo de alterações já terminou, por isso já não a podemos alterar.',
  'change.refused_locked':
    'Lamento muito: {itemGender, select, f {a sua} other {o seu}} **{item}** é uma peça única que já chegou à fase de **{stage}**, em que esse detalhe fica definido, por isso já não a podemos alterar.',
  'change.refused_options':
    'Obrigado pela compreensão. Se for mesmo importante, posso pedir a uma pessoa que avalie uma exceção, ou pode fazer uma nova encomenda com os novos detalhes.',

  'address.ask':
    'Claro, a morada da encomenda **#{orderNumber}** ainda pode ser alterada. Envie-me a nova morada completa: rua, código postal, cidade e país.',
  'address.ask_again':
    'Sem problema, envie-me de novo a morada completa: rua, código postal, cidade e país.',
  'address.unclear':
    'Não consegui ler isso como morada. Envie rua, código postal, cidade e país, separados por vírgulas.',
  'address.confirm': 'Confirmo: a encomenda **#{orderNumber}** vai para {mdAddress}. Guardo?',
  'address.done': 'Feito! A encomenda **#{orderNumber}** vai ser enviada para {mdAddress}.',
  'address.refused_shipped':
    'A sua encomenda já saiu do ateliê{hasCarrier, select, yes { pela **{carrier}**} other {}}, por isso já não podemos alterar a morada daqui. Muitas vezes a transportadora consegue redirecionar a encomenda se a contactar com o número de seguimento.',

  'cancel.confirm':
    'A encomenda **#{orderNumber}** ainda não entrou em produção, por isso pode ser cancelada com reembolso total de **{amount}**. Cancelo?',
  'cancel.done':
    'A encomenda **#{orderNumber}** está cancelada e o reembolso total de **{amount}** já vai a caminho.',
  'cancel.kept': 'Ótimo, a encomenda **#{orderNumber}** fica como está.',
  'cancel.refused_production':
    'Lamento, a encomenda **#{orderNumber}** já está a ser feita (fase de **{stage}**), por isso, segundo as regras da loja, já não pode ser cancelada.',
  'cancel.refused_shipped':
    'Lamento, a encomenda **#{orderNumber}** já foi enviada, por isso já não pode ser cancelada.',

  'return.not_delivered':
    'A encomenda **#{orderNumber}** ainda não foi entregue. A devolução é possível depois de chegar, e posso ver se ainda pode ser cancelada.',
  'return.not_delivered_personalized':
    'A encomenda **#{orderNumber}** ainda não foi entregue. Como é personalizada e feita só para si, depois não pode ser devolvida, mas posso ver se ainda pode ser cancelada ou alterada.',
  'return.which_item': 'Que peça quer devolver ou trocar?',
  'return.which_kind':
    'Quer devolver {itemGender, select, f {a sua} other {o seu}} **{item}** com reembolso ou {itemGender, select, f {trocá-la} other {trocá-lo}}?',
  'return.confirm_return':
    '{itemGender, select, f {A sua} other {O seu}} **{item}** pode ser {itemGender, select, f {devolvida} other {devolvido}} com reembolso. Preparo a devolução?',
  'return.confirm_exchange':
    '{itemGender, select, f {A sua} other {O seu}} **{item}** pode ser {itemGender, select, f {trocada} other {trocado}}. Preparo a troca?',
  'return.buyer_pays': 'Tenha em conta que **os portes de devolução ficam a seu cargo**.',
  'return.shop_pays': 'Os portes de devolução **ficam por nossa conta**.',
  'return.done_return':
    'Feito! A devolução {itemGender, select, f {da sua} other {do seu}} **{item}** (encomenda **#{orderNumber}**) está preparada. Enviamos as instruções por e-mail e o reembolso segue quando a peça nos chegar.',
  'return.done_exchange':
    'Feito! A troca {itemGender, select, f {da sua} other {do seu}} **{item}** (encomenda **#{orderNumber}**) está preparada. Enviamos as instruções por e-mail.',
  'return.refused_personalized':
    'Compreendo. Como {itemGender, select, f {a sua} other {o seu}} **{item}** foi {itemGender, select, f {personalizada} other {personalizado}} só para si, não pode ser {itemGender, select, f {revendida} other {revendido}}, por isso não podemos aceitar uma devolução sem motivo.',
  'return.refused_final_sale':
    'Compreendo. {itemGender, select, f {A sua} other {O seu}} **{item}** foi {itemGender, select, f {vendida} other {vendido}} como **venda final**, por isso não pode ser {itemGender, select, f {devolvida} other {devolvido}}.',
  'return.refused_window':
    'Lamento, o prazo de devolução {itemGender, select, f {da sua} other {do seu}} **{item}** já terminou, por isso já não pode ser {itemGender, select, f {devolvida} other {devolvido}}.',
  'return.refused_other':
    'Lamento, segundo as regras da loja {itemGender, select, f {a sua} other {o seu}} **{item}** não pode ser {itemGender, select, f {devolvida} other {devolvido}}.',
  'return.seller_rule':
    'Esta regra é definida pelo artesão que o vendeu, por isso pode ser diferente noutros vendedores da loja.',
  'return.refused_even_so':
    'Mesmo assim, lamento: {itemGender, select, f {a sua} other {o seu}} **{item}** {itemGender, select, f {foi feita} other {foi feito}} só para si, por isso não podemos aceitar a devolução por mudança de ideias, mesmo sem uso.',
  'return.alternatives': 'Eis o que podemos fazer em alternativa:\n\n{mdList}',
  'alt.resize': 'Ajustar o tamanho',
  'alt.repair': 'Reparação',
  'alt.store_credit': 'Crédito na loja',
  'alt.engrave_again': 'Voltar a gravar',
  'alt.exchange': 'Troca',

  'quality.sorry_damaged':
    'Oh não, lamento imenso que a sua peça tenha chegado danificada. Vamos resolver isto.',
  'quality.sorry_wrong':
    'Lamento imenso, o erro foi nosso e não é o que encomendou. Vamos resolver isto.',
  'quality.sorry_missing':
    'Lamento imenso que falte alguma coisa na sua encomenda. Vamos resolver isto.',
  'quality.which_item': 'De que peça se trata?',
  'quality.prefers_remake':
    'Anotado: prefere que **façamos a peça de novo, sem custos**, e vamos ter isso em conta.',
  'quality.prefers_refund': 'Anotado: prefere um **reembolso**, e vamos ter isso em conta.',
  'quality.window_passed':
    'Só para saber: os problemas costumam ser comunicados nos **{days} dias** seguintes à entrega, e para esta encomenda o último dia foi {lastDay}. Ainda assim, passo o caso a uma pessoa da equipa, que o vai ver com atenção.',
  'quality.ask_photo':
    'Pode carregar aqui no chat uma foto do problema? Assim o artesão vê exatamente o que aconteceu.',
  'quality.photo_later':
    'Sem pressa. Quando tiver a foto, basta carregá-la aqui no chat e continuamos a partir daí.',
  'quality.photo_waiting': 'Perfeito, deixo o pedido em aberto até chegar a foto. Até já!',
  'quality.photo_why':
    'Com uma foto conseguimos resolver sem ter de devolver nada. Consegue carregar uma? Se não for mesmo possível, diga-me e passo o caso a uma pessoa.',
  'quality.photo_thanks': 'Obrigado pela foto.',
  'quality.remedies':
    'Isto é o que lhe posso oferecer {itemGender, select, f {para a sua} other {para o seu}} **{item}**. O que prefere?',
  'quality.remake_done':
    'Feito! Uma **nova peça urgente e gratuita** {itemGender, select, f {da sua} other {do seu}} **{item}** já foi pedida ao artesão (encomenda **#{orderNumber}**) e enviamos sem qualquer custo. Não precisa de devolver a antiga.',
  'quality.refund_done': 'Feito! Foi emitido um reembolso de **{amount}**.',
  'quality.refund_pending':
    'Pedi um reembolso de **{amount}**. Devido ao valor, uma pessoa da equipa tem de o confirmar primeiro, por isso está **a aguardar aprovação**. Escrevemos-lhe assim que for aprovado.',

  'refund.in_transit':
    'Compreendo, e lamento que ainda esteja à espera. A encomenda **#{orderNumber}** já está a caminho: foi enviada a **{date}**{hasCarrier, select, yes { pela **{carrier}**} other {}}.',
  'refund.in_transit_offer':
    'Como já está com a transportadora, o mais rápido para a receber é deixá-la chegar. Se preferir não esperar, ou se continuar a querer o dinheiro de volta, uma pessoa da equipa pode analisar o seu caso. Passo-lhe o caso?',
  'refund.which_reason': 'Ajudo com todo o gosto. O que aconteceu?',
  'refund.refused': 'Lamento, não consigo emitir daqui um reembolso de **{amount}**.',
  'refund.timing':
    'Os bancos costumam demorar **5 a 10 dias úteis** a mostrar o reembolso na sua conta.',
  'refund.status_none': 'Ainda não vejo nenhum reembolso na encomenda **#{orderNumber}**.',
  'refund.status_recorded':
    'A encomenda **#{orderNumber}** tem **{amount}** reembolsados até agora.',
  'refund.status_issued': 'O seu reembolso de **{amount}** foi emitido a **{date}**.',
  'refund.status_pending':
    'O seu reembolso de **{amount}** está **a aguardar aprovação** da nossa equipa. Escrevemos-lhe assim que houver decisão.',
  'refund.status_declined':
    'O seu pedido de reembolso de **{amount}** foi analisado e não foi aprovado. Uma pessoa pode explicar-lhe o motivo e voltar a analisá-lo.',

  'gift.how_to':
    'Que bela ideia de presente! Pode fazer a encomenda diretamente na nossa loja e indicar a personalização ao fazer a encomenda; o artesão faz a peça especialmente para essa pessoa. Se preferir algo totalmente feito à sua medida, também posso registar um pedido personalizado.',
  'knowledge.ask': 'Claro, o que gostaria de saber?',
  'knowledge.ships_to': '**{country}**: sim, enviamos para lá.',
  'knowledge.ships_not_to': '**{country}**: lamento, de momento não enviamos para lá.',
  'knowledge.answer': 'Eis o que a nossa loja diz sobre isso:\n\n**{section}**\n\n{mdText}',
  'knowledge.answer_more': '**{section}**\n\n{mdText}',
  'bot.honest':
    'Sim, sou {assistant}, o assistente automático da {shop}. Ajudo com encomendas e perguntas sobre a loja, e uma pessoa da equipa pode assumir sempre que quiser.',
  'scope.other':
    'Isso está fora do que posso fazer neste chat: trato das encomendas e das perguntas sobre a loja. Se for algo para a nossa equipa, posso passar a mensagem a uma pessoa.',
  'scope.account':
    'Neste chat não consigo ver nem alterar contas, palavras-passe ou a app: trato das encomendas e das perguntas sobre a loja. Com isso pode ajudá-lo uma pessoa da nossa equipa. Quer que lhe passe o pedido?',
  'knowledge.unknown_part':
    'Sobre «{question}»: não tenho essa informação da loja e prefiro não inventar. Uma pessoa da equipa pode dizer-lhe.',
  'knowledge.unknown':
    'Lamento, não sei a resposta e prefiro não adivinhar. Uma pessoa da nossa equipa pode responder-lhe.',

  'brief.intro': 'Que bom, adoramos criar algo novo! Vou anotar alguns detalhes para o artesão.',
  'brief.ask_item': 'O que gostaria que fizéssemos?',
  'brief.ask_size': 'De que tamanho deve ser?',
  'brief.ask_text': 'Quer incluir algum texto ou nome?',
  'brief.ask_colours': 'Que cores gostaria?',
  'brief.ask_photos':
    'Tem fotos para partilhar (por exemplo, do seu animal)? Carregue-as aqui ou salte este passo.',
  'brief.ask_deadline': 'Precisa dela até alguma data?',
  'brief.confirm': 'Este é o seu pedido:\n\n{mdSummary}\n\nEnvio-o ao artesão?',
  'brief.label_item': 'Peça',
  'brief.label_size': 'Tamanho',
  'brief.label_text': 'Texto',
  'brief.label_colours': 'Cores',
  'brief.label_photos': 'Fotos',
  'brief.label_deadline': 'Para quando',
  'brief.none': 'não indicado',
  'brief.person_too':
    'Se preferir falar sobre isto com uma pessoa, escolha «Falar com uma pessoa» e eu passo o pedido. Caso contrário, umas perguntas rápidas ajudam o artesão a preparar-se.',
  'brief.done':
    'Enviado! O artesão vai analisar o seu pedido e responder com um orçamento e um prazo.',
  'brief.restart': 'Sem problema, vamos rever tudo outra vez.',

  'handoff.sorry': 'Peço imensa desculpa, compreendo a sua frustração.',
  'handoff.progress':
    'Já reuni tudo e isto precisa de um especialista, por isso passo o caso a uma pessoa da nossa equipa com todos os detalhes. Não vai ter de repetir nada.',
  'handoff.progress_order':
    'Verifiquei a encomenda **#{orderNumber}** e isto precisa de um especialista, por isso envio tudo a uma pessoa da nossa equipa. Não vai ter de repetir nada.',
  'handoff.alternative':
    'Ótimo, passei o seu pedido (**{desired}**) à equipa com todos os detalhes. Não vai ter de repetir nada.',
  'handoff.when_open': 'Alguém lhe responde **hoje, dentro do nosso horário**, aqui e por e-mail.',
  'handoff.when_closed':
    'Neste momento estamos fechados, por isso alguém lhe responde a partir de **{when}**, aqui e por e-mail.',
  'handoff.meanwhile': 'Posso ajudar com mais alguma coisa entretanto?',
  'handoff.noted':
    'Acrescentei isto ao seu caso, por isso a pessoa da equipa que o acompanhar também o vai ver.',

  'complaint.sorry':
    'Lamento mesmo que não esteja satisfeito. Conte-me o que aconteceu e farei o possível para resolver, ou passo-o a uma pessoa.',
  'attachment.thanks': 'Obrigado pela foto! De que se trata?',
  'flow.left_as_is': 'Sem problema, deixei tudo como estava.',
  'resume.offer': 'Retomamos {topic}?',
  'resume.back': 'Vamos retomar {topic}.',
  'topic.identify': 'a procura da sua encomenda',
  'topic.change': 'a sua alteração',
  'topic.address': 'a alteração de morada',
  'topic.cancel': 'o cancelamento',
  'topic.return': 'a sua devolução',
  'topic.quality': 'o problema com o seu artigo',
  'topic.brief': 'a sua encomenda por medida',
  'topic.question': 'a sua pergunta',
  'topic.csat': 'a sua avaliação',

  'error.action_failed':
    'Lamento, algo correu mal do nosso lado e não consegui concluir. Passei o caso a uma pessoa da equipa, que o vai concluir e entrar em contacto consigo.',
  'thanks.reply': 'De nada! Tenha um ótimo dia.',
  'csat.ask': 'Fico contente por ter ajudado! Como me saí, de 1 (mal) a 5 (muito bem)?',
  'csat.thanks': 'Muito obrigado pela sua opinião!',
  'csat.thanks_low': 'Obrigado por me dizer. Vou partilhar com a equipa para melhorarmos.',

  'qr.status': 'Onde está a minha encomenda?',
  'qr.change': 'Alterar a gravação',
  'qr.damaged': 'Chegou danificado',
  'qr.wrong': 'Errado ou mal escrito',
  'qr.missing': 'Falta alguma coisa',
  'qr.question': 'Fazer uma pergunta',
  'qr.custom': 'Uma encomenda por medida',
  'qr.person': 'Falar com uma pessoa',
  'qr.done': 'É tudo, obrigado',
  'qr.something_else': 'Outra coisa',
  'qr.no_thanks': 'Não, obrigado',
  'qr.never_mind': 'Deixe estar',
  'qr.yes_save': 'Sim, guardar',
  'qr.yes_send': 'Sim, enviar',
  'qr.yes_cancel': 'Sim, cancelar',
  'qr.yes_go_ahead': 'Sim, avance',
  'qr.no_change': 'Não, alterar',
  'qr.no_keep': 'Não, manter',
  'qr.no_photo': 'Não consigo enviar foto',
  'qr.remake': 'Nova peça urgente grátis',
  'qr.refund_amount': 'Reembolso de {amount}',
  'qr.return': 'Devolução ou troca',
  'qr.return_refund': 'Devolver com reembolso',
  'qr.exchange': 'Trocar',
  'qr.cancel': 'Cancelar a encomenda',
  'qr.changed_mind': 'Mudei de ideias',
  'qr.wait': 'Prefiro esperar',
  'qr.ask_refund': 'Quero um reembolso',
  'qr.new_order': 'Fazer nova encomenda',
  'qr.helped': 'Ajudou, obrigado',
  'qr.another_question': 'Outra pergunta',
  'qr.resume': 'Sim, continuar',
  'qr.skip': 'Saltar',
  'identity.ask_email':
    'Para fazer alterações na encomenda **#{orderNumber}** preciso de mais uma confirmação: qual é o **e-mail** da encomenda?',
  'identity.retry_kept':
    'Se a encomenda **#{orderNumber}** é a certa, verifique o **e-mail ou o código postal**; se não, envie-me o número certo.',
  'which_order.ask': 'É sobre a encomenda **#{orderNumber}** ou sobre outra encomenda?',
  'which_order.ask_number': 'Claro, qual é o número da outra encomenda?',
  'qr.this_order': 'Encomenda #{orderNumber}',
  'qr.other_order': 'Outra encomenda',
  'change.kept': 'Sem problema, fica **{value}** ({field}). Não alterei nada.',
  'change.ask_exact':
    'Com todo o gosto. O que deve dizer exatamente ({field})? Escreva só o texto como deve aparecer.',
  'clarify.offer_person':
    'Desculpe, não estou a conseguir entender. Quer que o passe a uma pessoa da nossa equipa?',
  'input.invalid_thrice':
    'Desculpe, continuo sem conseguir ler isso. Quer que uma pessoa da nossa equipa resolva consigo?',
  'answer.also':
    'Sobre {count, plural, one {a sua outra pergunta} other {as suas outras perguntas}}:',
  'topic.which_order': 'a encomenda em questão',
};
