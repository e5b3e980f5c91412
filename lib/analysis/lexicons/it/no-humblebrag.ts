/** Aperture che annunciano i propri successi travestiti da modestia o entusiasmo. */
export const humblebrag: readonly string[] = [
  "(sono|siamo|sono davvero|siamo davvero|sono molto|siamo molto) (orgoglios[oiae]|felic[ei]|entusiast[ie]|onorat[oiae]|emozionat[oiae]|lieti|lieto|liet[ae]) (e (orgoglios[oiae]|felic[ei]|onorat[oiae]|emozionat[oiae]) )?di (annunciare|condividere|comunicare|essere stat[oiae] (scelt[oiae]|premiat[oiae]|nominat[oiae]))",
  "(orgoglios[oiae]|onorat[oiae]|emozionat[oiae]|felic[ei]|liet[oiae]|entusiast[aie]|felicissim[oiae]|orgogliosissim[oiae]|emozionatissim[oiae]) di (annunciare|condividere|comunicare)",
  "(ho|abbiamo) il (grande )?(piacere|onore|orgoglio) di (annunciare|condividere|comunicare)",
  "con (grande|immensa|enorme) (gioia|emozione|orgoglio|piacere) ((vi|ti) )?(annuncio|annunciamo|comunico|comunichiamo|condivido|condividiamo)",
  "non (voglio|per) vantarmi,? ma",
  "non (avrei|avremmo) mai pensato di (essere|ricevere|vincere)",
  "(è|e') con (grande|immensa|enorme) (gioia|emozione|orgoglio|piacere) che",
];
