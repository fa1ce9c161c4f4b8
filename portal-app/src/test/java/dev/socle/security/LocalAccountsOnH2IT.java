package dev.socle.security;

import dev.socle.testing.SocleIntegrationTest;

@SocleIntegrationTest
class LocalAccountsOnH2IT extends LocalAccountPersistenceContract {}
