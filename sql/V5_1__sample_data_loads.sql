-- Which component's demonstration data is loaded: one row per component, inserted in the same
-- transaction as that data, so renaming a sample record loads nothing twice, and two instances
-- starting together load once (the second insert breaks the primary key, its load rolls back).
CREATE TABLE sample_data_loads (
  component  VARCHAR(40)  NOT NULL PRIMARY KEY,
  loaded_at  TIMESTAMP    NOT NULL
);
-- Databases loaded before this table existed were recognised by the name of the sample CCAS.
INSERT INTO sample_data_loads (component, loaded_at)
  SELECT 'accounts', CURRENT_TIMESTAMP FROM structures WHERE name = 'CCAS de Montreuil';
INSERT INTO sample_data_loads (component, loaded_at)
  SELECT 'households', CURRENT_TIMESTAMP FROM structures WHERE name = 'CCAS de Montreuil';
