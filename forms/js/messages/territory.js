// The territory texts of the UI, in French (the reference) and English; i18n.js merges the bundles.
// Territory: the commune picker (communes by name or postcode, from the official list).
// French typography: a no-break space (\u00a0) before « : ; ? ! » and inside « ».

export const fr = {
  'commune.suggestions': 'Communes proposées',
  'commune.count': '{count} commune(s) proposée(s)\u00a0: flèches pour parcourir, Entrée pour choisir.',
  'commune.none': 'Aucune commune ne correspond.',
  'commune.choose': 'Choisissez la commune dans la liste\u00a0: tapez son nom ou son code postal (ou son code INSEE à 5 caractères).',
  'commune.chosen': 'Code INSEE {code} · {departement}',
  'commune.chosen.code': 'Code INSEE {code}',
  'field.commune.picker': 'Commune du logement',
  'field.commune.picker.hint': 'Tapez son nom ou son code postal, puis choisissez-la dans la liste (flèches et Entrée).',
  'field.commune.structure': 'Commune de la structure (facultatif)',
  'field.commune.column': 'Commune',
};

export const en = {
  'commune.suggestions': 'Suggested communes',
  'commune.count': '{count} commune(s) suggested: arrows to browse, Enter to choose.',
  'commune.none': 'No commune matches.',
  'commune.choose': 'Choose the commune from the list: type its name or postcode (or its 5-character INSEE code).',
  'commune.chosen': 'INSEE code {code} · {departement}',
  'commune.chosen.code': 'INSEE code {code}',
  'field.commune.picker': 'Commune of the home',
  'field.commune.picker.hint': 'Type its name or postcode, then choose it from the list (arrows and Enter).',
  'field.commune.structure': 'Commune of the organisation (optional)',
  'field.commune.column': 'Commune',
};
