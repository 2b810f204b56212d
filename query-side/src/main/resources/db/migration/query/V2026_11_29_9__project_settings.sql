-- projection "projects": a project's settings
ALTER TABLE project_view ADD COLUMN require_change_note BOOLEAN NOT NULL DEFAULT FALSE;
