// What the offer pages share (the coordinators' catalogue, the offers on a pack request): prices in
// euros the reader's way, and an offer's price, conditions and coverage in words.
import { formatDate, label, lang, t } from './i18n.js';

/** Cents as euros, the reader's way: "15,00 €" or "€15.00". */
export function euros(cents) {
  return new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'fr-FR', { style: 'currency', currency: 'EUR' }).format(
    (cents || 0) / 100
  );
}

/** Euros as typed ("15", "15,5", "15.50") → cents; null when blank; NaN when not an amount. */
export function cents(typed) {
  if (typed === null || typed === undefined || typed === '') {
    return null;
  }
  const match = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(String(typed).replace(/\s|€/g, ''));
  if (!match) {
    return Number.NaN;
  }
  return Number(match[1]) * 100 + Number((match[2] || '0').padEnd(2, '0'));
}

/** "15,00 € par mois" or "9,90 € par mois pendant 3 mois, puis 24,90 €", with fees and commitment. */
export function priceText(offer) {
  const parts = [
    offer.promotionalMonths > 0
      ? t('offers.price.promotion', {
          price: euros(offer.monthlyPriceCents),
          months: offer.promotionalMonths,
          after: euros(offer.priceAfterPromotionCents),
        })
      : t('offers.price.monthly', { price: euros(offer.monthlyPriceCents) }),
  ];
  if (offer.setupFeeCents > 0) {
    parts.push(t('offers.price.setupFee', { fee: euros(offer.setupFeeCents) }));
  }
  if (offer.commitmentMonths > 0) {
    parts.push(t('offers.price.commitment', { months: offer.commitmentMonths }));
  }
  return parts.join(' ; ');
}

/** Who may take it: "ouverte à tous", or the situations and the quotient familial ceiling. */
export function conditionsText(offer) {
  if (offer.openToAll) {
    return t('offers.conditions.open');
  }
  const parts = [];
  if ((offer.eligibleSituations || []).length) {
    parts.push(offer.eligibleSituations.join(', '));
  }
  if (offer.maxQuotientFamilial !== null && offer.maxQuotientFamilial !== undefined) {
    parts.push(t('offers.conditions.quotient', { amount: euros(Math.round(offer.maxQuotientFamilial * 100)) }));
  }
  return parts.join(t('offers.conditions.or'));
}

/** Where: "France entière", or the départements and communes. */
export function coverageText(offer) {
  if (offer.national) {
    return t('offers.coverage.national');
  }
  const parts = (offer.departements || []).map((code) => t('offers.coverage.departement', { code }));
  for (const commune of offer.communes || []) {
    parts.push(`${commune.name} (${commune.code})`);
  }
  return parts.join(', ');
}

/** "depuis le 1 janv. 2026", "jusqu’au …". */
export function validityText(offer) {
  return offer.validTo
    ? t('offers.validity.between', { from: formatDate(offer.validFrom), to: formatDate(offer.validTo) })
    : t('offers.validity.from', { from: formatDate(offer.validFrom) });
}

export function kindLabel(kind) {
  return label('offerKind', kind);
}
