package dev.socle.catalog.rest;

import dev.socle.testing.PostgresIntegrationTest;

@PostgresIntegrationTest
class EntityStatusOnPostgresIT extends EntityStatusContract {}
