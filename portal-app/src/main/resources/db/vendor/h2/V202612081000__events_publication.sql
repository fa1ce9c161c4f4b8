-- Spring Modulith 2.x's event publication registry (spring-modulith-events-jdbc, schemas/v2/schema-h2.sql), owned
-- by Flyway. One difference: serialized_event holds up to 1,000,000 characters instead of 4,000, as a catalog
-- EntitiesChanged event carries up to 1,000 entity refs.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  completion_date        TIMESTAMP(9) WITH TIME ZONE,
  event_type             VARCHAR(512) NOT NULL,
  listener_id            VARCHAR(512) NOT NULL,
  publication_date       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  serialized_event       VARCHAR(1000000) NOT NULL,
  status                 VARCHAR(20),
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP(9) WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_by_listener_id_and_serialized_event_idx
  ON event_publication (listener_id, serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
