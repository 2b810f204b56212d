-- projection "variables": a label's variables are owned by "<project uuid>:<label>", up to 292 characters
ALTER TABLE variable_view ALTER COLUMN owner_id TYPE VARCHAR(300);
