-- Which owner supplied each resolved key was stored beside the values and rewritten by every variable
-- write, yet nothing read it: provenance walks the chain when asked (ADR 0044).
ALTER TABLE resolved_variables DROP COLUMN sources;
