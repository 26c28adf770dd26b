-- Reporting: the factors the impact report computes with. One row per device type (the values of
-- workshop's DeviceType): the manufacturing footprint of a new device (kg CO2e), the typical weight
-- of one (kg, for "kg kept out of waste": a device reused is a device not thrown away), and the
-- share of the manufacturing footprint a reuse avoids. Funders quote these figures, so each row
-- carries its source and year, and coordinators edit them (versioned, audited) when a better
-- source comes: the report always names the factors it used.
--
-- The defaults below, and what is a figure and what is an assumption:
-- * Manufacturing footprints are the ADEME/Arcep 2022 figures for a new device ("Évaluation de
--   l’impact environnemental du numérique en France"): laptop 182.6, screen 65.9, tablet 59.7,
--   smartphone 85.1 kg CO2e. For a desktop without screen the study gives 204 to 262: we take the
--   low bound, 204, so that the avoided CO2e is never overstated. The study has no all-in-one: we
--   assume the desktop's low bound (its parts behind a screen; no screen added, conservative).
-- * Avoided shares are the low bounds of ADEME 2022 "Évaluation de l’impact environnemental d’un
--   ensemble de produits reconditionnés" (a refurbished device instead of a new one avoids, per
--   year of use and across indicators: smartphone 64–87 %, tablet 46–80 %, laptop and desktop
--   43–97 %). The study has neither screens nor all-in-ones: we assume the computers' 43 %.
-- * Typical weights are assumptions (usual weights of the devices refurbished), not from either
--   study: coordinators should replace them with their own weighings.
-- * The 4G box and "other" have no default (zero): nothing is claimed until a coordinator enters
--   a sourced figure. Their devices reused are still counted.
-- Decimal columns, not floating point, so the figures a partner reads are the ones typed.

CREATE TABLE reporting_impact_factors (
  device_type           VARCHAR(20)   NOT NULL PRIMARY KEY,
  manufacturing_kg_co2e DECIMAL(8,2)  NOT NULL,
  typical_weight_kg     DECIMAL(6,2)  NOT NULL,
  avoided_share         DECIMAL(5,4)  NOT NULL,
  source                VARCHAR(1000) NOT NULL,
  source_year           INTEGER       NOT NULL,
  version               BIGINT        NOT NULL
);

INSERT INTO reporting_impact_factors VALUES
  ('LAPTOP', 182.60, 2.00, 0.4300,
   'Fabrication : ADEME/Arcep 2022, « Évaluation de l’impact environnemental du numérique en France » (ordinateur portable, 182,6 kg CO2e). Part évitée : ADEME 2022, « Évaluation de l’impact environnemental d’un ensemble de produits reconditionnés », borne basse de 43–97 %. Poids : hypothèse PackNum (2 kg).',
   2022, 1),
  ('DESKTOP', 204.00, 7.00, 0.4300,
   'Fabrication : ADEME/Arcep 2022, « Évaluation de l’impact environnemental du numérique en France » (unité centrale sans écran, 204 à 262 kg CO2e : borne basse retenue, pour ne pas surestimer). Part évitée : ADEME 2022, produits reconditionnés, borne basse de 43–97 %. Poids : hypothèse PackNum (7 kg).',
   2022, 1),
  ('ALL_IN_ONE', 204.00, 8.00, 0.4300,
   'Hypothèse PackNum : l’étude ADEME/Arcep 2022 ne distingue pas les tout-en-un ; la borne basse de l’unité centrale (204 kg CO2e) est retenue, sans écran ajouté. Part évitée : hypothèse, celle des ordinateurs (ADEME 2022, produits reconditionnés, borne basse 43 %). Poids : hypothèse PackNum (8 kg).',
   2022, 1),
  ('TABLET', 59.70, 0.50, 0.4600,
   'Fabrication : ADEME/Arcep 2022, « Évaluation de l’impact environnemental du numérique en France » (tablette, 59,7 kg CO2e). Part évitée : ADEME 2022, produits reconditionnés, borne basse de 46–80 %. Poids : hypothèse PackNum (0,5 kg).',
   2022, 1),
  ('SMARTPHONE', 85.10, 0.20, 0.6400,
   'Fabrication : ADEME/Arcep 2022, « Évaluation de l’impact environnemental du numérique en France » (smartphone, 85,1 kg CO2e). Part évitée : ADEME 2022, produits reconditionnés, borne basse de 64–87 %. Poids : hypothèse PackNum (0,2 kg).',
   2022, 1),
  ('SCREEN', 65.90, 4.50, 0.4300,
   'Fabrication : ADEME/Arcep 2022, « Évaluation de l’impact environnemental du numérique en France » (écran, 65,9 kg CO2e). Part évitée : hypothèse, celle des ordinateurs (l’étude ADEME 2022 sur le reconditionné n’étudie pas les écrans). Poids : hypothèse PackNum (4,5 kg).',
   2022, 1),
  ('BOX_4G', 0.00, 0.00, 0.0000,
   'Aucun chiffre par défaut : l’étude ADEME 2022 ne donne pour les box que des extrapolations. Rien n’est compté tant qu’un chiffre sourcé n’est pas saisi.',
   2022, 1),
  ('OTHER', 0.00, 0.00, 0.0000,
   'Aucun chiffre par défaut pour les autres appareils. Rien n’est compté tant qu’un chiffre sourcé n’est pas saisi.',
   2022, 1);
