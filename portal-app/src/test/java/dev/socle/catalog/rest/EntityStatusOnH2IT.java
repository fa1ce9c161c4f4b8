package dev.socle.catalog.rest;

import dev.socle.testing.SocleIntegrationTest;

@SocleIntegrationTest
class EntityStatusOnH2IT extends EntityStatusContract {}
