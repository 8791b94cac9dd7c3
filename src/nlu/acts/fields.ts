/**
 * Stems customers use for each personalisation field, all six languages, matched inside the
 * lower-cased text ("engrav" finds "engraving" and "engraved").
 */
export const fieldWords: Record<string, string[]> = {
  engraving: ['engrav', 'inscription', 'grabad', 'gravur', 'graviert', 'gravure', 'incision', 'gravacao', 'gravação', 'name', 'nombre', 'nom', 'nome', 'text', 'texto', 'texte', 'testo', 'typo', 'spelling'],
  photo: ['photo', 'picture', 'image', 'foto', 'bild', 'imagen', 'immagine', 'imagem'],
  size: ['size', 'talla', 'tamano', 'tamaño', 'taille', 'grosse', 'größe', 'taglia', 'misura', 'tamanho', 'length', 'largo'],
  colour: ['colour', 'color', 'couleur', 'farbe', 'colore', 'cor '],
  pet: ['pet', 'name', 'mascota', 'animal', 'haustier', 'tier', 'animale', 'bicho'],
  gift_note: ['gift note', 'note', 'card', 'nota', 'tarjeta', 'carte', 'karte', 'notiz', 'biglietto', 'cartao', 'cartão', 'message', 'mensaje', 'nachricht', 'messaggio', 'mensagem'],
};
